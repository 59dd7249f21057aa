package cn.statenforce.leadtransfer.process;

import java.util.Date;

import org.springframework.stereotype.Component;

import cn.statenforce.leadtransfer.LeadTransfer;
import cn.statenforce.leadtransfer.TransferService;
import cn.statenforce.shared.AppClock;

/** Expressions of {@code lead-transfer.bpmn} ({@code ${transferDates...}}): the handler and the reply dates. */
@Component("transferDates")
public class TransferRoutes {

	private final TransferService transfers;

	TransferRoutes(TransferService transfers) {
		this.transfers = transfers;
	}

	public String handler(long transferId) {
		return transfers.unchecked(transferId).handler();
	}

	/** End of the last day of the reply window. */
	public Date replyDue(long transferId) {
		return AppClock.endOf(transfers.unchecked(transferId).replyDue());
	}

	/** Start of the working day of the reminder. */
	public Date reminderAt(long transferId) {
		LeadTransfer t = transfers.unchecked(transferId);
		return AppClock.toDate(transfers.reminderOn(t).atTime(8, 0));
	}

}
