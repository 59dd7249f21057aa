package cn.statenforce.rectification;

import java.util.Arrays;
import java.util.Optional;

/** A measure's state on the ledger (未启动 → 整改中 → 申请销号 → 已销号; a return goes back to work). */
public enum MeasureStatus {

	/** 未启动: the plan is still being drawn up. */
	NOT_STARTED("未启动"),
	/** 整改中: the unit works on it and reports progress. */
	IN_PROGRESS("整改中"),
	/** 已退回: the leader returned the completion with an opinion; the unit works on it again. */
	RETURNED("已退回"),
	/** 申请销号: completion submitted with evidence, awaiting the responsible leader's sign-off. */
	SUBMITTED("申请销号"),
	/** 已销号: signed off (对账销号). */
	SIGNED_OFF("已销号");

	private final String label;

	MeasureStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Still to be worked by the unit (deadline clocks run). */
	public boolean isWorkable() {
		return this == IN_PROGRESS || this == RETURNED;
	}

	public static Optional<MeasureStatus> parse(String text) {
		return Arrays.stream(values()).filter(s -> s.name().equals(text) || s.label.equals(text)).findFirst();
	}

}
