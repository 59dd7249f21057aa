package cn.statenforce.enforcementcase;

import java.util.EnumSet;
import java.util.Set;

/**
 * The legal state of a case. Each state lists the states it may move to; the aggregate refuses any other
 * move, so a step the law does not allow yet is impossible whatever the caller does.
 */
public enum CaseStatus {

	/** 线索待核查: registered, an inspector assesses it. */
	LEAD("待核查", "线索"),
	/** 不予立案待审批: the inspector proposes not to file (or the conduct is time-barred); a leader decides. */
	NOT_FILING_PROPOSED("不予立案待审批", "线索"),
	/** 不予立案: closed without a case. */
	NOT_FILED("不予立案", "结案"),
	/** 立案待审批: the inspector proposes to file; the bureau head or deputy approves. */
	FILING_PROPOSED("立案待审批", "立案"),
	/** 当场处罚: summary procedure (行政处罚法 Art 51). */
	SUMMARY("简易程序", "立案"),
	/** 调查取证: filed, the investigation team works. */
	INVESTIGATING("调查取证", "调查"),
	/** 调查终结: report written, recommendation made, handling proposed. */
	PROPOSING("拟处理", "调查"),
	/** 事先告知 and 陈述申辩 window. */
	NOTIFYING("告知申辩", "审核告知"),
	/** 听证 requested and scheduled (the case clock pauses). */
	HEARING("听证", "审核告知"),
	/** 法制审核 / 集体讨论. */
	REVIEWING("审核讨论", "审核告知"),
	/** 决定审批. */
	DECIDING("决定审批", "决定"),
	/** 已作出决定, to be served. */
	DECIDED("待送达", "决定"),
	/** 已移送司法机关. */
	TRANSFERRED("已移送", "执行"),
	/** 执行: payment and the order to correct (责令改正) with its re-check. */
	EXECUTING("执行中", "执行"),
	/** 结案审批. */
	CLOSING("结案审批", "结案"),
	/** 已结案: publication (公示) and archive. */
	CLOSED("已结案", "结案"),
	/** 已归档. */
	ARCHIVED("已归档", "结案");

	private final String label;

	private final String stage;

	CaseStatus(String label, String stage) {
		this.label = label;
		this.stage = stage;
	}

	public String label() {
		return label;
	}

	/** 阶段 shown in the ledger: 线索, 立案, 调查, 审核告知, 决定, 执行, 结案. */
	public String stage() {
		return stage;
	}

	public Set<CaseStatus> next() {
		return switch (this) {
			case LEAD -> EnumSet.of(NOT_FILING_PROPOSED, FILING_PROPOSED, SUMMARY);
			case NOT_FILING_PROPOSED -> EnumSet.of(NOT_FILED, LEAD);
			case FILING_PROPOSED -> EnumSet.of(INVESTIGATING, LEAD, NOT_FILING_PROPOSED);
			case SUMMARY -> EnumSet.of(EXECUTING);
			case INVESTIGATING -> EnumSet.of(PROPOSING);
			case PROPOSING -> EnumSet.of(NOTIFYING, REVIEWING, DECIDING);
			case NOTIFYING -> EnumSet.of(HEARING, REVIEWING, DECIDING);
			case HEARING -> EnumSet.of(REVIEWING, DECIDING);
			case REVIEWING -> EnumSet.of(DECIDING, INVESTIGATING);
			case DECIDING -> EnumSet.of(DECIDED, INVESTIGATING);
			case DECIDED -> EnumSet.of(EXECUTING, TRANSFERRED);
			case TRANSFERRED, EXECUTING -> EnumSet.of(CLOSING);
			case CLOSING -> EnumSet.of(CLOSED, EXECUTING);
			case CLOSED -> EnumSet.of(ARCHIVED);
			case NOT_FILED, ARCHIVED -> EnumSet.noneOf(CaseStatus.class);
		};
	}

	public boolean canMoveTo(CaseStatus target) {
		return next().contains(target);
	}

	/** Before the decision: the statutory case clock (办案期限) runs. */
	public boolean clockRunning() {
		return this == INVESTIGATING || this == PROPOSING || this == NOTIFYING || this == HEARING || this == REVIEWING
				|| this == DECIDING;
	}

}
