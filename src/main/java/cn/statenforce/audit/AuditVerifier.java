package cn.statenforce.audit;

/**
 * Re-walks a bureau's chain in sequence order and reports the first broken link. For each position it checks, in
 * this order, that the entry there has the expected sequence number (a gap is a deleted entry), that it links to the
 * entry before it (an entry moved, inserted or deleted and renumbered breaks the link), and that its hash is that of
 * its fields (an edited entry). At the end the last entry must be the chain head (a cut-off tail). Plain Java: the
 * service and {@link AuditVerifyCommand} feed it.
 */
public final class AuditVerifier {

	private final long bureauId;

	private final Head head;

	private long expectedSeq = 1;

	private String prevHash = AuditChain.GENESIS;

	private long checked;

	private AuditVerification broken;

	/** The chain head as stored, or null when the bureau never had an entry. */
	public record Head(long lastSeq, String lastHash) {
	}

	public AuditVerifier(long bureauId, Head head) {
		this.bureauId = bureauId;
		this.head = head;
	}

	/** Feeds the next entry (by sequence number, at most the head's); false once a broken link was found. */
	public boolean accept(AuditEntry e) {
		if (broken != null) {
			return false;
		}
		checked++;
		if (e.seq() > expectedSeq) {
			return fail(expectedSeq, null, "记录缺失（已被删除）");
		}
		if (e.seq() < expectedSeq) {
			return fail(e.seq(), e.id(), "序号重复或顺序被改动");
		}
		if (!prevHash.equals(e.prevHash())) {
			return fail(e.seq(), e.id(), "与前一条记录的链接断开（记录被调换顺序、插入或删除）");
		}
		if (!AuditChain.hash(e).equals(e.entryHash())) {
			return fail(e.seq(), e.id(), "内容与其摘要不符（记录被修改）");
		}
		prevHash = e.entryHash();
		expectedSeq++;
		return true;
	}

	/** The verdict once every entry has been fed. */
	public AuditVerification result() {
		long lastSeq = head == null ? 0 : head.lastSeq();
		String lastHash = head == null ? AuditChain.GENESIS : head.lastHash();
		if (broken != null) {
			return broken;
		}
		if (head == null && checked > 0) {
			return new AuditVerification(bureauId, checked, false, 1L, null, "链头缺失（记录链被改动）", 0, AuditChain.GENESIS);
		}
		if (expectedSeq - 1 < lastSeq) {
			return new AuditVerification(bureauId, checked, false, expectedSeq, null,
					"记录缺失（第" + expectedSeq + "至" + lastSeq + "条已被删除）", lastSeq, lastHash);
		}
		if (!prevHash.equals(lastHash)) {
			return new AuditVerification(bureauId, checked, false, lastSeq, null, "链头摘要与最后一条记录不符（记录链被改动）",
					lastSeq, lastHash);
		}
		return new AuditVerification(bureauId, checked, true, null, null, null, lastSeq, lastHash);
	}

	/** The verdict when entries exist past the head's sequence number {@code seq - 1} (the head was set back). */
	public AuditVerification beyondHead(long seq) {
		AuditVerification r = result();
		if (!r.intact()) {
			return r;
		}
		return new AuditVerification(bureauId, checked, false, seq, null, "链头与记录不符（链头被改动）", r.lastSeq(), r.lastHash());
	}

	private boolean fail(long seq, Long id, String problem) {
		long lastSeq = head == null ? 0 : head.lastSeq();
		broken = new AuditVerification(bureauId, checked, false, seq, id, problem, lastSeq,
				head == null ? AuditChain.GENESIS : head.lastHash());
		return false;
	}

}
