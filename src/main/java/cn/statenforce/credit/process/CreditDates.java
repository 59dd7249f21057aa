package cn.statenforce.credit.process;

import java.util.Date;

import org.springframework.stereotype.Component;

import cn.statenforce.credit.CreditService;
import cn.statenforce.shared.AppClock;

/** {@code ${creditDates.publicationEnd(recordId)}} in credit-identification.bpmn. */
@Component("creditDates")
public class CreditDates {

	private final CreditService records;

	CreditDates(CreditService records) {
		this.records = records;
	}

	/** The start of the first day after the publication period. */
	public Date publicationEnd(long recordId) {
		return AppClock.toDate(records.unchecked(recordId).publishedUntil().plusDays(1).atStartOfDay());
	}

}
