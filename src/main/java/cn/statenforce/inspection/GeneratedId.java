package cn.statenforce.inspection;

/** Receives the generated key of an insert ({@code keyProperty="key.id"}). */
final class GeneratedId {

	public Long id;

}
