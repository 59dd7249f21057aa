package cn.statenforce.activity;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.audit.AuditActor;
import cn.statenforce.audit.AuditTrail;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.TextLimits;

/**
 * Records and reads the timeline of a record. Entries are written in the caller's transaction, so the
 * timeline shows exactly the steps that committed. Every entry is also appended to the bureau's tamper-evident
 * 全过程记录 ({@link AuditTrail}). The service that acted always passes the actor: the person it was handed
 * ({@link AuditActor#user}) or the named system actor ({@link AuditActor#TIMER}, {@link AuditActor#JOB}, …);
 * nothing here reads the security context.
 */
@Service
public class ActivityLog {

	public static final String SYSTEM = "system";

	private final ActivityMapper mapper;

	private final AuditTrail audit;

	ActivityLog(ActivityMapper mapper, AuditTrail audit) {
		this.mapper = mapper;
		this.audit = audit;
	}

	/** A step done by {@code actor}: on the record's timeline and in the bureau's 全过程记录. */
	@Transactional
	public void record(AuditActor actor, long bureauId, String subjectType, long subjectId, String action,
			String opinion, String detail) {
		recordChange(actor, bureauId, subjectType, subjectId, action, opinion, detail, null, newValue(opinion, detail));
	}

	/**
	 * A change of a value (a date, an amount, a file) by {@code actor}, with the value before and after in the
	 * 全过程记录; the timeline shows the opinion and detail.
	 */
	@Transactional
	public void recordChange(AuditActor actor, long bureauId, String subjectType, long subjectId, String action,
			String opinion, String detail, String oldValue, String newValue) {
		// the timeline is a display copy of the step's text: shortened to its columns, the step's record keeps it whole
		mapper.insert(new ActivityEntry(null, bureauId, subjectType, subjectId, action, actor.username(),
				actor.displayName(), TextLimits.clip(opinion, TextLimits.OPINION), TextLimits.clip(detail, TextLimits.DETAIL),
				AppClock.now()));
		audit.append(actor, bureauId, subjectType, subjectId, action, oldValue, newValue);
	}

	public List<ActivityEntry> timeline(String subjectType, long subjectId) {
		return mapper.selectBySubject(subjectType, subjectId);
	}

	private static String newValue(String opinion, String detail) {
		if (opinion == null || opinion.isBlank()) {
			return detail;
		}
		return detail == null || detail.isBlank() ? "意见：" + opinion : "意见：" + opinion + "；" + detail;
	}

}
