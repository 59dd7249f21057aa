package cn.statenforce.complaint.process;

import java.time.LocalDate;
import java.util.Date;

import org.springframework.stereotype.Component;

import cn.statenforce.complaint.ComplaintService;
import cn.statenforce.shared.AppClock;

/** Expressions of {@code complaint.bpmn} ({@code ${complaintRoutes...}}): the handler and the deadlines. */
@Component("complaintRoutes")
public class ComplaintRoutes {

	private final ComplaintService complaints;

	ComplaintRoutes(ComplaintService complaints) {
		this.complaints = complaints;
	}

	/** The handler, or null: then the triage is a group task of the bureau's inspectors. */
	public String handler(long complaintId) {
		return complaints.handlerOf(complaintId);
	}

	public Date acknowledgementDue(long complaintId) {
		return endOf(complaints.acknowledgementDue(complaintId));
	}

	public Date handlingDue(long complaintId) {
		return endOf(complaints.handlingDue(complaintId));
	}

	private static Date endOf(LocalDate d) {
		return AppClock.endOf(d);
	}

}
