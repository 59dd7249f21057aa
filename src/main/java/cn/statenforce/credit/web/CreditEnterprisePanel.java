package cn.statenforce.credit.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import cn.statenforce.credit.CreditEnums;
import cn.statenforce.credit.CreditRepairService;
import cn.statenforce.credit.CreditService;
import cn.statenforce.directory.Enterprise;
import cn.statenforce.directory.EnterprisePanel;
import cn.statenforce.organization.CurrentUser;

/** 信用记录 on a unit's directory page: serious-dishonesty records, repair applications and commitment letters. */
@Component
class CreditEnterprisePanel implements EnterprisePanel {

	private final CreditService records;

	private final CreditRepairService repairs;

	CreditEnterprisePanel(CreditService records, CreditRepairService repairs) {
		this.records = records;
		this.repairs = repairs;
	}

	@Override
	public String template() {
		return "credit/enterprise-panel";
	}

	@Override
	public void populate(CurrentUser user, Enterprise enterprise, Model model) {
		model.addAttribute("creditRecords", records.recordsOfEnterprise(enterprise.id()));
		model.addAttribute("creditRepairs", repairs.repairsOfEnterprise(enterprise.id()));
		model.addAttribute("creditCommitments", records.commitments(user, enterprise.id()));
		model.addAttribute("commitmentKinds", CreditEnums.CommitmentKind.values());
		model.addAttribute("mayRegisterCommitment", CreditService.mayRead(user) && user.bureauId().equals(enterprise.bureauId()));
	}

}
