package cn.statenforce.interference;

import org.springframework.stereotype.Component;

import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.Role;

/**
 * Who sees the interference register. The register is confidential:
 * <ul>
 * <li>any staff member with a personal account (not a responsible unit's account) records what happened to them and
 * sees the records they made;</li>
 * <li>the bureau's DIRECTOR (局长) and the recorders the director designated (记录人, per bureau) read every record
 * of their own bureau, its evidence and timeline, add the follow-up and export the register;</li>
 * <li>an upper bureau's director and designated recorders see the lower bureaus' periodic reports (counts and zero
 * reports), never their records;</li>
 * <li>everyone else, leaders (分管领导), legal reviewers and administrators included, sees nothing: a record or
 * report out of sight answers 404 like one that does not exist.</li>
 * </ul>
 * The year-end report shows only counts.
 */
@Component
class InterferenceAccess {

	static final String RECORD = "干预记录";

	static final String REPORT = "干预记录定期报告";

	private final InterferenceMapper mapper;

	private final BureauService bureaus;

	InterferenceAccess(InterferenceMapper mapper, BureauService bureaus) {
		this.mapper = mapper;
		this.bureaus = bureaus;
	}

	/** A person's account: a responsible unit's account (整改责任单位 only) is a department, not a real name. */
	static boolean mayRecord(CurrentUser user) {
		return user.hasAnyRole(Role.INSPECTOR, Role.LEGAL_REVIEWER, Role.LEADER, Role.DIRECTOR, Role.ADMIN);
	}

	boolean isRecorder(CurrentUser user) {
		return mapper.countRecorder(user.bureauId(), user.username()) > 0;
	}

	/** The register of the bureau: its director and designated recorders. */
	boolean readsRegister(CurrentUser user, long bureauId) {
		return user.bureauId() == bureauId && (user.hasRole(Role.DIRECTOR) || isRecorder(user));
	}

	boolean readsRecord(CurrentUser user, InterferenceRecord r) {
		return readsRegister(user, r.bureauId()) || user.bureauId().equals(r.bureauId()) && user.username().equals(r.recorder());
	}

	/** Periodic reports of the bureau or of a bureau below: a director or designated recorder. */
	boolean readsReports(CurrentUser user, long bureauId) {
		return (user.hasRole(Role.DIRECTOR) || isRecorder(user)) && bureaus.canRead(user, bureauId);
	}

}
