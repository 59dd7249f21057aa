package cn.statenforce.audit.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.statenforce.audit.AuditEntry;
import cn.statenforce.audit.AuditTrail;
import cn.statenforce.audit.AuditVerification;
import cn.statenforce.organization.CurrentUsers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The 全过程记录 for API clients: verify a bureau's chain, read its newest entries (ADMIN). */
@RestController
@Tag(name = "全过程记录", description = "防篡改的全过程记录：校验记录链，查阅最新记录")
class AuditApiController {

	private final AuditTrail audit;

	AuditApiController(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping("/api/audit/verify")
	@Operation(summary = "校验本局（或所选下级统计局）的全过程记录链，报告第一处断链")
	AuditVerification verify(@RequestParam(required = false) Long bureauId) {
		return audit.verify(CurrentUsers.get(), bureauId);
	}

	@GetMapping("/api/audit/entries")
	@Operation(summary = "最新的全过程记录（新的在前）")
	List<AuditEntry> entries(@RequestParam(required = false) Long bureauId,
			@RequestParam(defaultValue = "100") int limit) {
		return audit.latest(CurrentUsers.get(), bureauId, limit);
	}

}
