package cn.statenforce.credit.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.statenforce.credit.CreditCandidate;
import cn.statenforce.credit.CreditCommitment;
import cn.statenforce.credit.CreditRecord;
import cn.statenforce.credit.CreditRepair;
import cn.statenforce.credit.CreditRepairService;
import cn.statenforce.credit.CreditService;
import cn.statenforce.organization.CurrentUsers;

/** REST reads of statistical credit. */
@RestController
class CreditApiController {

	private final CreditService records;

	private final CreditRepairService repairs;

	CreditApiController(CreditService records, CreditRepairService repairs) {
		this.records = records;
		this.repairs = repairs;
	}

	/** A record with its repair applications. */
	record RecordView(CreditRecord record, List<CreditRepair> repairs) {
	}

	@GetMapping("/api/credit/records")
	List<CreditRecord> list(@RequestParam(required = false) String status) {
		return records.records(CurrentUsers.get(), status);
	}

	@GetMapping("/api/credit/records/{id}")
	RecordView get(@PathVariable long id) {
		var user = CurrentUsers.get();
		return new RecordView(records.record(user, id), repairs.repairsOf(user, id));
	}

	@GetMapping("/api/credit/candidates")
	List<CreditCandidate> candidates() {
		return records.candidates(CurrentUsers.get());
	}

	@GetMapping("/api/credit/enterprises/{enterpriseId}/commitments")
	List<CreditCommitment> commitments(@PathVariable long enterpriseId) {
		return records.commitments(CurrentUsers.get(), enterpriseId);
	}

}
