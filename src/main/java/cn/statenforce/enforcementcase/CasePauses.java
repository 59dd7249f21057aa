package cn.statenforce.enforcementcase;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import cn.statenforce.audit.AuditActor;
import cn.statenforce.enforcementcase.CaseEnums.PauseReason;
import cn.statenforce.shared.ConflictException;

/** Pauses of the case clock (hearing, suspension), each logged; the deadline moves by the paused days. */
@Component
class CasePauses {

	private final EnforcementCaseMapper mapper;
	private final CaseTasks steps;

	CasePauses(EnforcementCaseMapper mapper, CaseTasks steps) {
		this.mapper = mapper;
		this.steps = steps;
	}

	void pause(AuditActor actor, EnforcementCase c, PauseReason reason, String note, LocalDate from) {
		mapper.insertPause(new CaseParts.Pause(null, c.getId(), reason.name(), note, from, null));
		steps.log(actor, c, "PAUSE", note, "办案期限暂停：" + reason.label());
	}

	void endPause(AuditActor actor, EnforcementCase c, PauseReason reason, LocalDate to) {
		CaseParts.Pause open = mapper.selectPauses(c.getId()).stream()
			.filter(p -> p.endedOn() == null && p.reason().equals(reason.name())).findFirst()
			.orElseThrow(() -> new ConflictException("没有进行中的" + reason.label() + "暂停"));
		mapper.endPause(c.getId(), reason.name(), to);
		long days = java.time.temporal.ChronoUnit.DAYS.between(open.startedOn(), to);
		if (c.getCaseDeadline() != null && days > 0) {
			c.deadline(c.getCaseDeadline().plusDays(days));
		}
		steps.log(actor, c, "RESUME", null, "办案期限恢复计算：" + reason.label() + "暂停 " + days + " 天，期限顺延至 " + c.getCaseDeadline());
	}

}
