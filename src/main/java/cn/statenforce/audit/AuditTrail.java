package cn.statenforce.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.Role;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.shared.AppClock;

/**
 * 全过程记录: appends an entry to the acting-on bureau's hash chain in the caller's transaction (so the record holds
 * exactly the actions that committed) and re-walks a chain on request. Entries are linked at commit, serialised per
 * bureau on its chain head row ({@code SELECT … FOR UPDATE}), which also makes the sequence gap-free.
 */
@Service
public class AuditTrail {

	/** Entries read per round trip while verifying. */
	static final int VERIFY_BATCH = 500;

	static final String WHAT = "统计局的全过程记录";

	private final AuditMapper mapper;

	private final BureauService bureaus;

	private final TransactionTemplate newTransaction;

	/** Bureaus whose chain head row is known to exist. */
	private final Set<Long> heads = ConcurrentHashMap.newKeySet();

	AuditTrail(AuditMapper mapper, BureauService bureaus, PlatformTransactionManager transactions) {
		this.mapper = mapper;
		this.bureaus = bureaus;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The verification for a bureau's 管理员 (ADMIN; an upper bureau's for the bureaus below it, which it reads).
	 *
	 * @param bureauId the chain, or null for the user's own bureau
	 */
	public AuditVerification verify(CurrentUser user, Long bureauId) {
		return verify(readable(user, bureauId));
	}

	/** The newest entries of a bureau the administrator reads, newest first. */
	public List<AuditEntry> latest(CurrentUser user, Long bureauId, int limit) {
		return latest(readable(user, bureauId), limit);
	}

	/** The chain a user may check: ADMIN only, own bureau or one below it (404 for another bureau). */
	public long readable(CurrentUser user, Long bureauId) {
		if (!user.hasRole(Role.ADMIN)) {
			throw new ForbiddenException("只有管理员可以查看和校验全过程记录");
		}
		long id = bureauId == null ? user.bureauId() : bureauId;
		bureaus.ensureReadable(user, id, WHAT);
		return id;
	}

	/**
	 * Records one action. The entry takes its time now and joins the chain when the caller's transaction commits
	 * (just before, in the same transaction): the bureau's chain head is locked only for that moment, after every
	 * other lock the transaction holds, so a long step (an import) never holds up the bureau's other work and no two
	 * transactions wait on each other through the head.
	 *
	 * @param actor who or what acted, as the acting service says it
	 * @param bureauId the bureau whose record was acted on (its chain)
	 * @param oldValue the value before, or null (a new record, a step)
	 * @param newValue the value after, the opinion or what was done, or null
	 */
	@Transactional
	public void append(AuditActor actor, long bureauId, String subjectType, long subjectId, String action,
			String oldValue, String newValue) {
		AuditEntry e = new AuditEntry(null, bureauId, 0, AppClock.now(), actor.kind().name(), cut(actor.username(), 64),
				cut(actor.displayName(), 64), cut(actor.roles(), 200), actor.bureauId(), cut(actor.clientAddress(), 64),
				cut(subjectType, 32), subjectId, cut(action, 64), cut(oldValue, 4000), cut(newValue, 4000), null, null);
		ensureHead(bureauId);
		pending().entries.add(e);
	}

	/**
	 * Creates the bureau's chain head at its first entry, in a transaction of its own that commits at once: two first
	 * entries of a bureau in parallel would otherwise both insert it and deadlock on the duplicate key.
	 */
	private void ensureHead(long bureauId) {
		if (heads.contains(bureauId)) {
			return;
		}
		if (mapper.selectHead(bureauId) == null) {
			try {
				newTransaction.executeWithoutResult(s -> {
					if (mapper.selectHead(bureauId) == null) {
						mapper.insertHead(bureauId, AuditChain.GENESIS);
					}
				});
			}
			catch (DuplicateKeyException raced) {
				// created by another transaction meanwhile
			}
			catch (DataIntegrityViolationException uncommittedBureau) {
				// the bureau itself is not committed yet: lockHead creates the head in the caller's transaction
				return;
			}
		}
		heads.add(bureauId);
	}

	/**
	 * Links the entries this transaction has recorded so far into their chains now (otherwise done at commit).
	 * Verification and reads call it, so a transaction sees its own entries.
	 */
	@Transactional
	public void flush() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
				if (s instanceof Pending p) {
					p.write();
				}
			}
		}
	}

	/** The entries of one transaction, written to their chains before it commits. */
	private final class Pending implements TransactionSynchronization {

		final List<AuditEntry> entries = new ArrayList<>();

		@Override
		public void beforeCommit(boolean readOnly) {
			write();
		}

		void write() {
			for (AuditEntry e : entries) {
				link(e);
			}
			entries.clear();
		}

	}

	private Pending pending() {
		for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
			if (s instanceof Pending p) {
				return p;
			}
		}
		Pending p = new Pending();
		TransactionSynchronizationManager.registerSynchronization(p);
		return p;
	}

	private void link(AuditEntry recorded) {
		AuditVerifier.Head head = lockHead(recorded.bureauId());
		AuditEntry e = new AuditEntry(null, recorded.bureauId(), head.lastSeq() + 1, recorded.occurredAt(), recorded.actorKind(),
				recorded.actor(), recorded.actorName(), recorded.actorRoles(), recorded.actorBureauId(), recorded.clientAddress(),
				recorded.subjectType(), recorded.subjectId(), recorded.action(), recorded.oldValue(), recorded.newValue(),
				head.lastHash(), null);
		e = e.linked(head.lastHash(), AuditChain.hash(e));
		mapper.insert(e);
		mapper.updateHead(e.bureauId(), e.seq(), e.entryHash());
	}

	/** Re-walks the bureau's chain up to its head as it stands now. */
	@Transactional
	public AuditVerification verify(long bureauId) {
		flush();
		AuditVerifier.Head head = mapper.selectHead(bureauId);
		AuditVerifier v = new AuditVerifier(bureauId, head);
		long after = 0;
		long max = head == null ? Long.MAX_VALUE : head.lastSeq();
		while (true) {
			List<AuditEntry> batch = mapper.selectRange(bureauId, after, max, VERIFY_BATCH);
			for (AuditEntry e : batch) {
				if (!v.accept(e)) {
					return v.result();
				}
				after = e.seq();
			}
			if (batch.size() < VERIFY_BATCH) {
				break;
			}
		}
		// entries past the head are a head set back, unless they were appended (and the head moved) meanwhile
		Long last = mapper.selectMaxSeq(bureauId);
		if (head != null && last != null && last > head.lastSeq()) {
			AuditVerifier.Head now = mapper.selectHead(bureauId);
			if (now == null || now.lastSeq() < last) {
				return v.beyondHead(head.lastSeq() + 1);
			}
		}
		return v.result();
	}

	/** The newest entries of a bureau, newest first. */
	@Transactional
	public List<AuditEntry> latest(long bureauId, int limit) {
		flush();
		return mapper.selectLatest(bureauId, Math.max(1, Math.min(limit, 500)));
	}

	/** Every entry on one record, in chain order. */
	@Transactional
	public List<AuditEntry> forSubject(String subjectType, long subjectId) {
		flush();
		return new ArrayList<>(mapper.selectBySubject(subjectType, subjectId));
	}

	private AuditVerifier.Head lockHead(long bureauId) {
		AuditVerifier.Head head = mapper.selectHeadForUpdate(bureauId);
		if (head != null) {
			return head;
		}
		try {
			mapper.insertHead(bureauId, AuditChain.GENESIS);
		}
		catch (DuplicateKeyException raced) {
			// another transaction created the head first; lock theirs
		}
		return mapper.selectHeadForUpdate(bureauId);
	}

	/** At most {@code max} characters, never splitting a surrogate pair (the columns count characters). */
	static String cut(String s, int max) {
		if (s == null || s.length() <= max) {
			return s;
		}
		int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
		return s.substring(0, end);
	}

}
