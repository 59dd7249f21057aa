package cn.statenforce.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The chain's verdicts on hand-made chains: intact, one entry edited, deleted, moved, the tail cut off. */
class AuditVerifierTest {

	static final long BUREAU = 2;

	/** Five entries of one inspection, linked as the service links them. */
	static List<AuditEntry> chain() {
		List<AuditEntry> l = new ArrayList<>();
		String prev = AuditChain.GENESIS;
		String[] actions = { "送达检查通知书", "现场检查", "责令改正", "收到整改复查结果", "检查办结" };
		for (int i = 0; i < actions.length; i++) {
			AuditEntry e = new AuditEntry((long) (100 + i), BUREAU, i + 1, LocalDateTime.of(2026, 10, 10, 9, 30 + i, 5),
					"USER", "yuhu.inspector1", "刘建国", "INSPECTOR", BUREAU, "10.12.0.7", "INSPECTION", 41, actions[i], null,
					"湘潭市雨湖区宏达机械制造有限公司，签收人 王红梅", prev, null);
			e = e.linked(prev, AuditChain.hash(e));
			prev = e.entryHash();
			l.add(e);
		}
		return l;
	}

	static AuditVerification verify(List<AuditEntry> entries, AuditVerifier.Head head) {
		AuditVerifier v = new AuditVerifier(BUREAU, head);
		for (AuditEntry e : entries) {
			if (!v.accept(e)) {
				break;
			}
		}
		return v.result();
	}

	static AuditVerifier.Head head(List<AuditEntry> l) {
		return new AuditVerifier.Head(l.size(), l.get(l.size() - 1).entryHash());
	}

	@Test
	void shouldFindAnUntouchedChainIntact() {
		List<AuditEntry> l = chain();
		AuditVerification v = verify(l, head(l));
		assertThat(v.intact()).isTrue();
		assertThat(v.checked()).isEqualTo(5);
		assertThat(v.lastHash()).isEqualTo(l.get(4).entryHash()).hasSize(64);
	}

	@Test
	void shouldFindAnEmptyChainIntact() {
		assertThat(verify(List.of(), null).intact()).isTrue();
	}

	@Test
	void shouldReportTheEditedEntry() {
		List<AuditEntry> l = chain();
		AuditVerifier.Head head = head(l);
		AuditEntry third = l.get(2);
		l.set(2, new AuditEntry(third.id(), BUREAU, 3, third.occurredAt(), "USER", "yuhu.inspector2", "赵志强", "INSPECTOR",
				BUREAU, third.clientAddress(), "INSPECTION", 41, third.action(), null, third.newValue(), third.prevHash(),
				third.entryHash()));
		AuditVerification v = verify(l, head);
		assertThat(v.intact()).isFalse();
		assertThat(v.brokenSeq()).isEqualTo(3);
		assertThat(v.brokenEntryId()).isEqualTo(102);
		assertThat(v.problem()).contains("被修改");
	}

	@Test
	void shouldReportAChangeOfOneSecond() {
		List<AuditEntry> l = chain();
		AuditVerifier.Head head = head(l);
		AuditEntry e = l.get(3);
		l.set(3, new AuditEntry(e.id(), BUREAU, 4, e.occurredAt().minusSeconds(1), e.actorKind(), e.actor(), e.actorName(),
				e.actorRoles(), e.actorBureauId(), e.clientAddress(), e.subjectType(), e.subjectId(), e.action(), e.oldValue(),
				e.newValue(), e.prevHash(), e.entryHash()));
		assertThat(verify(l, head).brokenSeq()).isEqualTo(4);
	}

	@Test
	void shouldReportTheDeletedEntry() {
		List<AuditEntry> l = chain();
		AuditVerifier.Head head = head(l);
		l.remove(1);
		AuditVerification v = verify(l, head);
		assertThat(v.intact()).isFalse();
		assertThat(v.brokenSeq()).isEqualTo(2);
		assertThat(v.brokenEntryId()).isNull();
		assertThat(v.problem()).contains("删除");
	}

	@Test
	void shouldReportTwoEntriesSwappedAtTheFirstOfThem() {
		List<AuditEntry> l = chain();
		AuditVerifier.Head head = head(l);
		AuditEntry second = l.get(1);
		AuditEntry third = l.get(2);
		l.set(1, withSeq(third, 2));
		l.set(2, withSeq(second, 3));
		AuditVerification v = verify(l, head);
		assertThat(v.brokenSeq()).isEqualTo(2);
		assertThat(v.brokenEntryId()).isEqualTo(102);
		assertThat(v.problem()).contains("调换顺序");
	}

	@Test
	void shouldReportADeletionThatRenumberedTheRest() {
		List<AuditEntry> l = chain();
		AuditVerifier.Head head = head(l);
		l.remove(2);
		l.set(2, withSeq(l.get(2), 3));
		l.set(3, withSeq(l.get(3), 4));
		AuditVerification v = verify(l, new AuditVerifier.Head(4, l.get(3).entryHash()));
		assertThat(v.brokenSeq()).isEqualTo(3);
		assertThat(head.lastSeq()).isEqualTo(5);
	}

	@Test
	void shouldReportACutOffTail() {
		List<AuditEntry> l = chain();
		AuditVerifier.Head head = head(l);
		l.remove(4);
		l.remove(3);
		AuditVerification v = verify(l, head);
		assertThat(v.intact()).isFalse();
		assertThat(v.brokenSeq()).isEqualTo(4);
		assertThat(v.problem()).contains("第4至5条");
	}

	@Test
	void shouldReportEntriesWithoutAHead() {
		assertThat(verify(chain(), null).intact()).isFalse();
	}

	@Test
	void shouldHashEveryFieldSoThatNoTwoEntriesCollideByConcatenation() {
		AuditEntry a = chain().get(0);
		AuditEntry b = new AuditEntry(a.id(), BUREAU, 1, a.occurredAt(), a.actorKind(), a.actor(), a.actorName(), a.actorRoles(),
				a.actorBureauId(), a.clientAddress(), a.subjectType(), a.subjectId(), a.action() + "湘潭市", null,
				a.newValue().substring(3), a.prevHash(), null);
		AuditEntry c = new AuditEntry(a.id(), BUREAU, 1, a.occurredAt(), a.actorKind(), a.actor(), a.actorName(), a.actorRoles(),
				a.actorBureauId(), a.clientAddress(), a.subjectType(), a.subjectId(), a.action(), "", a.newValue(), a.prevHash(), null);
		assertThat(AuditChain.hash(b)).isNotEqualTo(a.entryHash());
		assertThat(AuditChain.hash(c)).as("an empty old value is not a missing one").isNotEqualTo(a.entryHash());
	}

	private static AuditEntry withSeq(AuditEntry e, long seq) {
		return new AuditEntry(e.id(), e.bureauId(), seq, e.occurredAt(), e.actorKind(), e.actor(), e.actorName(), e.actorRoles(),
				e.actorBureauId(), e.clientAddress(), e.subjectType(), e.subjectId(), e.action(), e.oldValue(), e.newValue(),
				e.prevHash(), e.entryHash());
	}

}
