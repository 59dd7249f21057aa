package cn.statenforce.rectification;

import java.time.LocalDateTime;

/**
 * A problem of the problem list (问题清单). It closes when every measure under it is signed off, and a
 * look-back (回头看) may reopen it when the problem has come back (反弹).
 */
public record Problem(Long id, Long planId, Long aspectId, int seq, String description, String status,
		LocalDateTime closedAt, int reopenCount, int rowVersion) {

	public static final String OPEN = "OPEN";

	public static final String CLOSED = "CLOSED";

	public boolean isClosed() {
		return CLOSED.equals(status);
	}

	public String statusLabel() {
		return isClosed() ? "已销号" : reopenCount > 0 ? "重新整改" : "整改中";
	}

}
