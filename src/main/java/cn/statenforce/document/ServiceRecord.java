package cn.statenforce.document;

import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.statenforce.enforcementcase.CaseEnums.ServiceMethod;

/**
 * 送达 of one document: how, when it was done ({@code servedOn}) and when it counts as served ({@code effectiveOn},
 * 30 days later for a public notice), to whom, with what the method needs on record (witnesses for 留置, the tracking
 * number for 邮寄, the party's consent for 电子, the medium for 公告) and the scanned 送达回证.
 */
public record ServiceRecord(Long id, Long documentId, String method, LocalDate servedOn, LocalDate effectiveOn,
		String recipient, String witness, String trackingNumber, String consentNote, String noticeMedium,
		Long receiptAttachmentId, String note, String recordedBy, LocalDateTime recordedAt) {

	public String methodLabel() {
		return ServiceMethod.valueOf(method).label();
	}

}
