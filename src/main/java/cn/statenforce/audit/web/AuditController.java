package cn.statenforce.audit.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.statenforce.audit.AuditActor;
import cn.statenforce.audit.AuditEntry;
import cn.statenforce.audit.AuditLabels;
import cn.statenforce.audit.AuditTrail;
import cn.statenforce.audit.AuditVerification;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.organization.Role;
import cn.statenforce.system.NavItem;

/** 系统管理 → 全过程记录: the chain's verification and its newest entries (ADMIN; /admin/** is guarded). */
@Controller
class AuditController {

	static final int SHOWN = 100;

	private final AuditTrail audit;

	private final BureauService bureaus;

	AuditController(AuditTrail audit, BureauService bureaus) {
		this.audit = audit;
		this.bureaus = bureaus;
	}

	@GetMapping("/admin/audit")
	String page(@RequestParam(required = false) Long bureauId, Model model) {
		CurrentUser user = CurrentUsers.get();
		long id = audit.readable(user, bureauId);
		AuditVerification v = audit.verify(id);
		List<AuditEntry> entries = audit.latest(id, SHOWN);
		model.addAttribute("verification", v);
		model.addAttribute("entries", entries.stream().map(AuditRow::of).toList());
		model.addAttribute("bureau", bureaus.bureau(id));
		model.addAttribute("bureaus", bureaus.readableBureaus(user));
		return "audit/audit";
	}

	/** One entry as the page shows it, every code in Chinese. */
	record AuditRow(long seq, java.time.LocalDateTime occurredAt, String actorName, String identity, String clientAddress,
			String subject, String action, String oldValue, String newValue) {

		static AuditRow of(AuditEntry e) {
			String identity = AuditActor.Kind.SYSTEM.name().equals(e.actorKind()) ? "系统" : AuditActor.rolesLabel(e.actorRoles());
			return new AuditRow(e.seq(), e.occurredAt(), e.actorName(), identity, e.clientAddress(),
					AuditLabels.subject(e.subjectType()) + " " + e.subjectId(), AuditLabels.action(e.action()), e.oldValue(),
					e.newValue());
		}

	}

	@Bean
	static NavItem navAudit() {
		return new NavItem("系统管理", "全过程记录", "/admin/audit", 94, java.util.Set.of(Role.ADMIN));
	}

}
