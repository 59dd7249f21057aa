package cn.statenforce.audit;

import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.organization.Role;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.shared.AppClock;

/**
 * 全过程记录: appends an entry to the acting-on bureau's hash chain in the caller's transaction (so the record holds
 * exactly the actions that committed) and re-walks a chain on request. Appends of one bureau are serialised on its
 * chain head row ({@code SELECT … FOR UPDATE}), which also makes the sequence gap-free.
 */
@Service
public class AuditTrail {

	/** Entries read per round trip while verifying. */
	static final int VERIFY_BATCH = 500;

	static final String WHAT = "统计局的全过程记录";

	private final AuditMapper mapper;

	private final BureauService bureaus;

	AuditTrail(AuditMapper mapper, BureauService bureaus) {
		this.mapper = mapper;
		this.bureaus = bureaus;
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
	 * Appends one action.
	 *
	 * @param actor who or what acted, as the acting service says it
	 * @param bureauId the bureau whose record was acted on (its chain)
	 * @param oldValue the value before, or null (a new record, a step)
	 * @param newValue the value after, the opinion or what was done, or null
	 * @return the entry as stored, with its sequence number and hashes
	 */
	@Transactional
	public AuditEntry append(AuditActor actor, long bureauId, String subjectType, long subjectId, String action,
			String oldValue, String newValue) {
		AuditVerifier.Head head = lockHead(bureauId);
		AuditEntry e = new AuditEntry(null, bureauId, head.lastSeq() + 1, AppClock.now(), actor.kind().name(),
				cut(actor.username(), 64), cut(actor.displayName(), 64), cut(actor.roles(), 200), actor.bureauId(),
				cut(actor.clientAddress(), 64), cut(subjectType, 32), subjectId, cut(action, 64), cut(oldValue, 4000),
				cut(newValue, 4000), head.lastHash(), null);
		e = e.linked(head.lastHash(), AuditChain.hash(e));
		mapper.insert(e);
		mapper.updateHead(bureauId, e.seq(), e.entryHash());
		return e;
	}

	/** Re-walks the bureau's chain up to its head as it stands now. */
	@Transactional(readOnly = true)
	public AuditVerification verify(long bureauId) {
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
				return v.result();
			}
		}
	}

	/** The newest entries of a bureau, newest first. */
	public List<AuditEntry> latest(long bureauId, int limit) {
		return mapper.selectLatest(bureauId, Math.max(1, Math.min(limit, 500)));
	}

	/** Every entry on one record, in chain order. */
	public List<AuditEntry> forSubject(String subjectType, long subjectId) {
		return new ArrayList<>(mapper.selectBySubject(subjectType, subjectId));
	}

	/**
	 * The actor of a step whose service does not pass one yet: the signed-in user with the request's address, or the
	 * system. Services should pass {@link AuditActor#user} or {@link AuditActor#system} themselves.
	 */
	public static AuditActor signedInOrSystem() {
		return CurrentUsers.find().map(u -> AuditActor.user(u, clientAddress())).orElse(AuditActor.SYSTEM);
	}

	/** The remote address of the current request, or null outside one. */
	public static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
			return a.getRequest().getRemoteAddr();
		}
		return null;
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
