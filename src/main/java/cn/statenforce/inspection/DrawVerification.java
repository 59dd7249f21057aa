package cn.statenforce.inspection;

/**
 * The outcome of re-running a stored draw from its seed, parameters and snapshot.
 *
 * @param snapshotIntact the stored snapshot still hashes to the published SHA-256
 * @param identical the re-run gave exactly the stored list (units, order and inspectors)
 */
public record DrawVerification(long drawId, boolean snapshotIntact, boolean identical, String publishedHash,
		String recomputedHash, int storedUnits, int recomputedUnits, String message) {
}
