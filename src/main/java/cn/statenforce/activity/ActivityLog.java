package cn.statenforce.activity;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.TextLimits;

/**
 * Records and reads the timeline of a record. Entries are written in the caller's transaction, so the
 * timeline shows exactly the steps that committed. Steps without a signed-in user (timers, the job
 * executor) are recorded as {@code system} / 系统.
 */
@Service
public class ActivityLog {

	public static final String SYSTEM = "system";

	private final ActivityMapper mapper;

	ActivityLog(ActivityMapper mapper) {
		this.mapper = mapper;
	}

	@Transactional
	public void record(long bureauId, String subjectType, long subjectId, String action, String opinion,
			String detail) {
		CurrentUser user = CurrentUsers.find().orElse(null);
		String actor = user == null ? SYSTEM : user.username();
		String actorName = user == null ? "系统" : user.displayName();
		// the timeline is a display copy of the step's text: shortened to its columns, the step's record keeps it whole
		mapper.insert(new ActivityEntry(null, bureauId, subjectType, subjectId, action, actor, actorName,
				TextLimits.clip(opinion, TextLimits.OPINION), TextLimits.clip(detail, TextLimits.DETAIL), AppClock.now()));
	}

	public List<ActivityEntry> timeline(String subjectType, long subjectId) {
		return mapper.selectBySubject(subjectType, subjectId);
	}

}
