package cn.statenforce.leadtransfer.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.statenforce.leadtransfer.LeadTransfer;
import cn.statenforce.leadtransfer.TransferCommands;
import cn.statenforce.leadtransfer.TransferMaterial;
import cn.statenforce.leadtransfer.TransferService;
import cn.statenforce.organization.CurrentUsers;

/** REST of lead transfers: list, one transfer with its materials, registration (files on the page). */
@RestController
class TransferApiController {

	private final TransferService transfers;

	TransferApiController(TransferService transfers) {
		this.transfers = transfers;
	}

	/** A transfer with its material list. */
	record TransferView(LeadTransfer transfer, List<TransferMaterial> materials) {
	}

	@GetMapping("/api/transfers")
	List<LeadTransfer> list(@RequestParam(required = false) String status, @RequestParam(required = false) Integer year) {
		return transfers.transfers(CurrentUsers.get(), status, year);
	}

	@GetMapping("/api/transfers/{id}")
	TransferView get(@PathVariable long id) {
		var user = CurrentUsers.get();
		return new TransferView(transfers.transfer(user, id), transfers.materials(user, id));
	}

	@PostMapping("/api/transfers")
	@ResponseStatus(HttpStatus.CREATED)
	LeadTransfer register(@RequestBody TransferCommands.Register cmd) {
		return transfers.register(CurrentUsers.get(), cmd, List.of());
	}

}
