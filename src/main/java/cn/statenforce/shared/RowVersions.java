package cn.statenforce.shared;

/**
 * Optimistic locking of record edits (issue 16): an edit carries the {@code row_version} the user read (the page's
 * hidden field and the API's parameter {@code version}); an edit made on a version that is no longer current changes
 * nothing and answers 409. The update itself is guarded by {@code AND row_version = #{expected}} (and increments it), so
 * two edits made at once on the same version cannot both pass.
 */
public final class RowVersions {

	private RowVersions() {
	}

	/**
	 * The version the guarded update must match: the given one, which must still be the record's current one (409
	 * otherwise), or, when the client sent none (older API clients, background steps), the version just read.
	 */
	public static int expected(Integer given, int current, String what) {
		if (given != null && given != current) {
			throw stale(what);
		}
		return current;
	}

	/** A guarded update that changed no row: someone else changed the record since it was read. */
	public static void written(int rows, String what) {
		if (rows == 0) {
			throw stale(what);
		}
	}

	public static ConflictException stale(String what) {
		return new ConflictException(what + "已被他人修改，请刷新页面后重新操作");
	}

}
