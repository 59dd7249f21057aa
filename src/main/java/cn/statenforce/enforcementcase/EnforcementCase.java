package cn.statenforce.enforcementcase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import com.fasterxml.jackson.annotation.JsonIgnore;

import cn.statenforce.enforcementcase.CaseEnums.Disposition;
import cn.statenforce.enforcementcase.CaseEnums.WaiverMethod;
import cn.statenforce.enforcementcase.CaseParts.Waiver;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;

/**
 * 执法案件: the legal record of one case from the lead to the archive. Every step is a method that checks the
 * current {@link CaseStatus} first and refuses (409) a step the law does not allow yet, then the dates it is given
 * against the case's earlier dates ({@link CaseDateRules}, 400); the service saves the row with an optimistic
 * version check, so a step done twice or concurrently changes nothing.
 * <p>
 * The party's rights before the decision (《行政处罚法》第四十四条、第四十五条、第六十二条至第六十四条): after the prior notice
 * the statement-and-defence window and, with a hearing right, the hearing-request window stay open until they end or
 * the party expressly waives the right ({@link Waiver}); neither the statement step nor the decision can close them
 * earlier.
 */
public class EnforcementCase {

	private Long id;
	private Long bureauId;
	private String leadNumber;
	private String caseCode;
	private String caseNumber;
	private String processInstanceId;
	private String source;
	private String originType;
	private Long originId;
	private Long enterpriseId;
	private String partyName;
	private String partyType;
	private String creditCode;
	private String legalRepresentative;
	private String partyAddress;
	private String cause;
	private String findings;
	private LocalDate conductDate;
	private String reporterName;
	private String reporterContact;
	private String handler;
	private CaseStatus status;
	private String procedureType;
	private boolean complexCase;
	private boolean majorCase;
	private String circumstance;
	private Boolean firstOffence;
	private Boolean correctedInTime;
	private String recOutcome;
	private BigDecimal recFineMin;
	private BigDecimal recFineMax;
	private String recRuleId;
	private String recLegalBasis;
	private String recRegime;
	private String recExplanation;
	private boolean recFineRequired;
	private boolean recCorrectionRequired;
	private LocalDate reportedOn;
	private Disposition proposal;
	private String proposedOutcome;
	private BigDecimal proposedFine;
	private LocalDate noticeServedOn;
	private LocalDate defenceDue;
	private LocalDate statementWaivedOn;
	private WaiverMethod statementWaiverMethod;
	private boolean hearingRight;
	private LocalDate hearingRequestDue;
	private boolean hearingRequested;
	private LocalDate hearingRequestedOn;
	private LocalDate hearingWaivedOn;
	private WaiverMethod hearingWaiverMethod;
	private LocalDate hearingNoticeServedOn;
	private LocalDate hearingDate;
	private String hearingChair;
	private boolean hearingHeld;
	private LocalDate hearingRecordedOn;
	private boolean legalReviewRequired;
	private boolean legalReviewPassed;
	private boolean discussionRequired;
	private boolean discussionDone;
	private Disposition decisionOutcome;
	private String penaltyOutcome;
	private BigDecimal fineAmount;
	private String decisionNumber;
	private String decidedBy;
	private LocalDate decidedOn;
	private boolean correctionOrdered;
	private String correctionMeasure;
	private LocalDate correctionDeadline;
	private Long correctionId;
	private String correctionResult;
	private LocalDate serviceDue;
	private LocalDate servedOn;
	private String serviceMethod;
	private LocalDate paymentDue;
	private LocalDate paidOn;
	private BigDecimal paidAmount;
	private BigDecimal lateCharge;
	private String transferredTo;
	private LocalDate filedOn;
	private LocalDate caseDeadline;
	private int extensionMonths;
	private boolean overdueEscalated;
	private LocalDate remindedOn;
	private LocalDate closedOn;
	private LocalDate publicationDue;
	private LocalDate publishedOn;
	private String publicationText;
	private String archiveNumber;
	private LocalDate archivedOn;
	private LocalDateTime createdAt;
	private LocalDateTime updatedAt;
	private int rowVersion;

	EnforcementCase() {
	}

	/** A new lead (线索), waiting for the assessment. */
	static EnforcementCase lead(long bureauId, String leadNumber, CaseSource source, long enterpriseId,
			String partyName, String partyType, String creditCode, String legalRepresentative, String address,
			String cause, String findings, LocalDate conductDate, String handler, LocalDateTime now) {
		EnforcementCase c = new EnforcementCase();
		c.bureauId = bureauId;
		c.leadNumber = leadNumber;
		c.source = source.name();
		c.enterpriseId = enterpriseId;
		c.partyName = partyName;
		c.partyType = partyType;
		c.creditCode = creditCode;
		c.legalRepresentative = legalRepresentative;
		c.partyAddress = address;
		c.cause = cause;
		c.findings = findings;
		c.conductDate = conductDate;
		c.handler = handler;
		c.status = CaseStatus.LEAD;
		c.createdAt = now;
		c.updatedAt = now;
		return c;
	}

	/** Moves to the target state or refuses with 409 when the law does not allow that step now. */
	void moveTo(CaseStatus target) {
		requireMove(target);
		status = target;
	}

	/** Refuses with 409, changing nothing, when the law does not allow the move to the target state now. */
	void requireMove(CaseStatus target) {
		if (!status.canMoveTo(target)) {
			throw new ConflictException("案件当前状态为「" + status.label() + "」，不能进入「" + target.label() + "」");
		}
	}

	/**
	 * The day the violation was discovered for the limitation period (《行政处罚法》第三十六条): the day its lead was
	 * registered.
	 */
	public LocalDate discoveredOn() {
		return createdAt.toLocalDate();
	}

	void requireStatus(CaseStatus expected, String step) {
		if (status != expected) {
			throw new ConflictException("案件当前状态为「" + status.label() + "」，不能办理「" + step + "」");
		}
	}

	void origin(String type, Long id) {
		originType = type;
		originId = id;
	}

	void reporter(String name, String contact) {
		reporterName = name;
		reporterContact = contact;
	}

	void startedAs(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	void file(String caseCode, String caseNumber, LocalDate filedOn, LocalDate deadline) {
		moveTo(CaseStatus.INVESTIGATING);
		this.caseCode = caseCode;
		this.caseNumber = caseNumber;
		this.filedOn = filedOn;
		this.caseDeadline = deadline;
		this.procedureType = "ORDINARY";
	}

	void startSummary() {
		moveTo(CaseStatus.SUMMARY);
		procedureType = "SUMMARY";
	}

	/**
	 * 调查终结 on {@code on}. A report made again (after a return to the investigation) starts the notice and the
	 * party's windows afresh: a waiver answers the notice it was given on.
	 */
	void report(String circumstance, boolean firstOffence, boolean correctedInTime, boolean complex, LocalDate on) {
		moveTo(CaseStatus.PROPOSING);
		this.reportedOn = on;
		this.noticeServedOn = null;
		this.defenceDue = null;
		this.statementWaivedOn = null;
		this.statementWaiverMethod = null;
		this.hearingRequestDue = null;
		this.hearingRequestedOn = null;
		this.hearingWaivedOn = null;
		this.hearingWaiverMethod = null;
		this.hearingNoticeServedOn = null;
		this.hearingDate = null;
		this.hearingChair = null;
		this.hearingRecordedOn = null;
		this.circumstance = circumstance;
		this.firstOffence = firstOffence;
		this.correctedInTime = correctedInTime;
		this.complexCase = complex;
		this.recOutcome = null;
		this.proposal = null;
		this.legalReviewPassed = false;
		this.discussionDone = false;
		this.hearingHeld = false;
		this.hearingRequested = false;
	}

	void recommend(String outcome, BigDecimal fineMin, BigDecimal fineMax, String ruleId, String basis, String regime,
			String explanation, boolean fineRequired, boolean correctionRequired) {
		requireStatus(CaseStatus.PROPOSING, "裁量建议");
		recFineRequired = fineRequired;
		recCorrectionRequired = correctionRequired;
		recOutcome = outcome;
		recFineMin = fineMin;
		recFineMax = fineMax;
		recRuleId = ruleId;
		recLegalBasis = basis;
		recRegime = regime;
		recExplanation = explanation;
	}

	void propose(Disposition proposal, String outcome, BigDecimal fine, boolean major, boolean hearingRight) {
		requireStatus(CaseStatus.PROPOSING, "拟处理意见");
		if (recOutcome == null) {
			throw new ConflictException("尚无裁量建议，不能提出拟处理意见");
		}
		this.proposal = proposal;
		this.proposedOutcome = outcome;
		this.proposedFine = fine;
		this.majorCase = major;
		this.hearingRight = hearingRight;
	}

	/**
	 * 事先告知 served on {@code servedOn} (the day entered; {@code effective} is when it counts as served, later for a
	 * public notice), opening the party's windows until {@code defenceDue} and {@code hearingRequestDue}.
	 */
	void priorNotice(LocalDate servedOn, LocalDate effective, LocalDate defenceDue, LocalDate hearingRequestDue,
			LocalDate today) {
		requireMove(CaseStatus.NOTIFYING);
		CaseDateRules.priorNotice(this, servedOn, today);
		moveTo(CaseStatus.NOTIFYING);
		this.noticeServedOn = effective;
		this.defenceDue = defenceDue;
		this.hearingRequestDue = hearingRequestDue;
	}

	/**
	 * 陈述申辩 recorded on {@code today}: the party's statement (or silence), a hearing request, and the express waivers.
	 * Without a hearing request the step closes the notice, which is lawful only once each window has ended or its right
	 * has been waived (409 otherwise, with the last day of the open window).
	 */
	void statement(String outcome, BigDecimal fine, boolean hearingRequested, LocalDate requestedOn,
			Waiver statementWaiver, Waiver hearingWaiver, LocalDate today) {
		requireStatus(CaseStatus.NOTIFYING, "陈述申辩");
		if (statementWaiver != null) {
			CaseDateRules.waiver(this, "statementWaivedOn", "放弃陈述申辩日期", statementWaiver.waivedOn(), today);
		}
		if (hearingWaiver != null) {
			if (!hearingRight) {
				throw new BadRequestException("hearingWaivedOn", "拟作出的处罚不属于听证范围，无需登记放弃听证");
			}
			if (hearingRequested) {
				throw new BadRequestException("hearingWaivedOn", "当事人已申请听证，不能同时登记放弃听证");
			}
			CaseDateRules.waiver(this, "hearingWaivedOn", "放弃听证日期", hearingWaiver.waivedOn(), today);
		}
		if (hearingRequested) {
			if (!hearingRight) {
				throw new BadRequestException("hearingRequested", "拟作出的处罚未达到听证标准，当事人无听证权利");
			}
			CaseDateRules.hearingRequest(this, requestedOn, today);
		}
		else {
			if (defenceOpen(today, statementWaiver)) {
				throw new ConflictException("陈述、申辩期限至 " + defenceDue + " 届满；当事人未明确表示放弃陈述、申辩权利的，须待期限届满后办理"
						+ "（《行政处罚法》第六十二条）");
			}
			if (hearingRequestOpen(today, hearingWaiver)) {
				throw new ConflictException("听证申请期限至 " + hearingRequestDue + " 届满；当事人未明确表示放弃听证权利的，须待期限届满后办理"
						+ "（《行政处罚法》第六十四条）");
			}
		}
		this.proposedOutcome = outcome;
		this.proposedFine = fine;
		this.hearingRequested = hearingRequested;
		this.hearingRequestedOn = hearingRequested ? requestedOn : null;
		if (statementWaiver != null) {
			this.statementWaivedOn = statementWaiver.waivedOn();
			this.statementWaiverMethod = statementWaiver.method();
		}
		if (hearingWaiver != null) {
			this.hearingWaivedOn = hearingWaiver.waivedOn();
			this.hearingWaiverMethod = hearingWaiver.method();
		}
		if (hearingRequested) {
			moveTo(CaseStatus.HEARING);
		}
	}

	/** The statement-and-defence window is open on {@code day}: notified, not ended, not waived. */
	boolean defenceOpen(LocalDate day, Waiver waiver) {
		return noticeServedOn != null && statementWaivedOn == null && waiver == null && !day.isAfter(defenceDue);
	}

	/** The hearing-request window is open on {@code day}: a hearing right, no request, not ended, not waived. */
	boolean hearingRequestOpen(LocalDate day, Waiver waiver) {
		return hearingRight && hearingRequestDue != null && !hearingRequested && hearingWaivedOn == null && waiver == null
				&& !day.isAfter(hearingRequestDue);
	}

	/** 听证通知 served on {@code servedOn} for a hearing on {@code date}, chaired by {@code chair}. */
	void scheduleHearing(LocalDate date, String chair, LocalDate servedOn, LocalDate today) {
		requireStatus(CaseStatus.HEARING, "听证通知");
		CaseDateRules.hearingNotice(this, servedOn, today);
		this.hearingNoticeServedOn = servedOn;
		this.hearingDate = date;
		this.hearingChair = chair;
	}

	/** 听证笔录 made on {@code today}, on or after the hearing day. */
	void hearingRecorded(boolean held, String outcome, BigDecimal fine, LocalDate today) {
		requireStatus(CaseStatus.HEARING, "听证记录");
		if (hearingDate == null) {
			throw new ConflictException("尚未通知听证时间");
		}
		if (today.isBefore(hearingDate)) {
			throw new ConflictException("听证日期 " + hearingDate + " 尚未到");
		}
		this.hearingRecordedOn = today;
		this.hearingHeld = held;
		this.proposedOutcome = outcome;
		this.proposedFine = fine;
	}

	void gates(boolean legalReviewRequired, boolean discussionRequired, boolean major) {
		this.legalReviewRequired = legalReviewRequired;
		this.discussionRequired = discussionRequired;
		this.majorCase = major;
		moveTo(legalReviewRequired || discussionRequired ? CaseStatus.REVIEWING : CaseStatus.DECIDING);
	}

	void legalReview(boolean passed) {
		requireStatus(CaseStatus.REVIEWING, "法制审核");
		if (passed) {
			legalReviewPassed = true;
			if (!discussionRequired) {
				moveTo(CaseStatus.DECIDING);
			}
		}
		else {
			moveTo(CaseStatus.INVESTIGATING);
		}
	}

	void discussed() {
		requireStatus(CaseStatus.REVIEWING, "集体讨论");
		if (legalReviewRequired && !legalReviewPassed) {
			throw new ConflictException("法制审核尚未通过，不能进行集体讨论");
		}
		discussionDone = true;
		moveTo(CaseStatus.DECIDING);
	}

	/** True when every gate the law requires before the decision is satisfied (APL Arts 57, 58, 62–64). */
	public boolean gatesSatisfied() {
		return legalReviewSatisfied() && discussionSatisfied() && hearingRightsSatisfied();
	}

	/** 法制审核: not required, or passed. */
	public boolean legalReviewSatisfied() {
		return !legalReviewRequired || legalReviewPassed;
	}

	/** 集体讨论: not required (not a major case), or held. */
	public boolean discussionSatisfied() {
		return !discussionRequired || discussionDone;
	}

	/**
	 * Why no penalty may be decided on {@code on} while the party may still state its case (《行政处罚法》第六十二条), or
	 * null when that window is closed (ended or expressly waived).
	 */
	String defenceBlock(LocalDate on) {
		return !defenceOpen(on, null) ? null : "当事人的陈述、申辩期限至 " + defenceDue
				+ " 届满，当事人未明确表示放弃陈述、申辩权利，不能作出处罚决定（《行政处罚法》第六十二条）";
	}

	/** Why no penalty may be decided on {@code on} while the party may still ask for a hearing, or null. */
	String hearingRequestBlock(LocalDate on) {
		return !hearingRequestOpen(on, null) ? null : "当事人的听证申请期限至 " + hearingRequestDue
				+ " 届满，当事人未明确表示放弃听证权利，不能作出处罚决定（《行政处罚法》第六十二条、第六十四条）";
	}

	/** A requested hearing has been recorded (held, or waived by a no-show); without a request nothing to satisfy. */
	public boolean hearingRightsSatisfied() {
		return !hearingRequested || hearingRecordedOn != null;
	}

	/**
	 * 作出决定 on {@code on}: every gate satisfied, the party's windows closed (ended or expressly waived, 《行政处罚法》
	 * 第六十二条), and not before the report, the notice or the hearing record.
	 */
	void decide(Disposition outcome, String penaltyOutcome, BigDecimal fine, String decidedBy, LocalDate on,
			String decisionNumber, LocalDate serviceDue) {
		requireStatus(CaseStatus.DECIDING, "决定审批");
		if (!gatesSatisfied()) {
			throw new ConflictException("法制审核、集体讨论或听证尚未完成，不能作出决定");
		}
		String windowOpen = defenceBlock(on) != null ? defenceBlock(on) : hearingRequestBlock(on);
		if (windowOpen != null) {
			throw new ConflictException(windowOpen);
		}
		CaseDateRules.decision(this, on);
		moveTo(CaseStatus.DECIDED);
		this.decisionOutcome = outcome;
		this.penaltyOutcome = penaltyOutcome;
		this.fineAmount = fine;
		this.decidedBy = decidedBy;
		this.decidedOn = on;
		this.decisionNumber = decisionNumber;
		this.serviceDue = serviceDue;
	}

	void returnToInvestigation() {
		moveTo(CaseStatus.INVESTIGATING);
	}

	/**
	 * 退回 / 撤回 of the case's process to an earlier step (workbench verbs): before filing back to the assessment
	 * (立案审批 / 不予立案审批 → 核查线索), during the handling back to the investigation (补充调查) from any step whose
	 * clock runs except the hearing (its pause is open). A report made again starts the party's windows afresh.
	 */
	void returnTo(CaseStatus target) {
		boolean lawful = switch (target) {
			case LEAD -> status == CaseStatus.FILING_PROPOSED || status == CaseStatus.NOT_FILING_PROPOSED;
			case INVESTIGATING -> status.clockRunning() && status != CaseStatus.HEARING && status != CaseStatus.INVESTIGATING;
			default -> false;
		};
		if (!lawful) {
			throw new ConflictException("案件当前状态为「" + status.label() + "」，不能退回至「" + target.label() + "」");
		}
		status = target;
	}

	void summaryDecision(String penaltyOutcome, BigDecimal fine, String decisionNumber, String decidedBy,
			LocalDate on, LocalDate paymentDue) {
		moveTo(CaseStatus.EXECUTING);
		this.decisionOutcome = Disposition.PENALTY;
		this.penaltyOutcome = penaltyOutcome;
		this.fineAmount = fine;
		this.decisionNumber = decisionNumber;
		this.decidedBy = decidedBy;
		this.decidedOn = on;
		this.servedOn = on;
		this.serviceMethod = "DIRECT";
		this.paymentDue = paymentDue;
	}

	void orderCorrection(String measure, LocalDate deadline) {
		this.correctionOrdered = true;
		this.correctionMeasure = measure;
		this.correctionDeadline = deadline;
	}

	/**
	 * 送达 on {@code on} (the day entered; {@code effective} is when it counts as served), with the last day to pay
	 * the fine when there is one.
	 */
	void served(LocalDate on, LocalDate effective, String method, LocalDate paymentDue, LocalDate today) {
		requireMove(CaseStatus.EXECUTING);
		CaseDateRules.service(this, on, today);
		moveTo(CaseStatus.EXECUTING);
		this.servedOn = effective;
		this.serviceMethod = method;
		this.paymentDue = paymentDue;
	}

	void transferred(String to) {
		moveTo(CaseStatus.TRANSFERRED);
		this.transferredTo = to;
	}

	/** 缴款 on {@code on}: the fine plus the late charge owed that day, at least. */
	void paid(LocalDate on, BigDecimal amount, BigDecimal lateCharge, LocalDate today) {
		requireStatus(CaseStatus.EXECUTING, "缴款登记");
		if (paidOn != null) {
			throw new ConflictException("已登记缴款");
		}
		CaseDateRules.payment(this, on, today);
		if (amount.compareTo(fineAmount.add(lateCharge)) < 0) {
			throw new BadRequestException("amount", "缴款金额不足：罚款 " + fineAmount + " 元，加处罚款 " + lateCharge + " 元");
		}
		this.paidOn = on;
		this.paidAmount = amount;
		this.lateCharge = lateCharge;
	}

	void correctionTracked(long correctionId) {
		this.correctionId = correctionId;
	}

	void rechecked(boolean corrected) {
		requireStatus(CaseStatus.EXECUTING, "复查");
		if (correctionResult != null) {
			throw new ConflictException("已登记复查结果");
		}
		this.correctionResult = corrected ? "CORRECTED" : "NOT_CORRECTED";
	}

	void requestClosure() {
		moveTo(CaseStatus.CLOSING);
	}

	void close(LocalDate on) {
		moveTo(CaseStatus.CLOSED);
		this.closedOn = on;
	}

	void reopenExecution() {
		moveTo(CaseStatus.EXECUTING);
	}

	void decisionNumbered(String number, LocalDate publicationDue) {
		if (decisionOutcome == null) {
			throw new ConflictException("尚未作出决定");
		}
		this.decisionNumber = number;
		this.publicationDue = publicationDue;
	}

	void cancelCorrectionOrder() {
		this.correctionOrdered = false;
		this.correctionMeasure = null;
		this.correctionDeadline = null;
	}

	void publish(LocalDate on, String text, LocalDate today) {
		requireStatus(CaseStatus.EXECUTING, "公示");
		if (publishedOn != null) {
			throw new ConflictException("已公示");
		}
		CaseDateRules.publication(this, on, today);
		this.publishedOn = on;
		this.publicationText = text;
	}

	void archive(String number, LocalDate on) {
		moveTo(CaseStatus.ARCHIVED);
		this.archiveNumber = number;
		this.archivedOn = on;
	}

	void extend(int months, LocalDate newDeadline) {
		if (!status.clockRunning()) {
			throw new ConflictException("案件不在办案期限内，无需延期");
		}
		this.extensionMonths += months;
		this.caseDeadline = newDeadline;
	}

	void deadline(LocalDate newDeadline) {
		this.caseDeadline = newDeadline;
	}

	void escalated() {
		this.overdueEscalated = true;
	}

	void reminded(LocalDate on) {
		this.remindedOn = on;
	}

	void touch(LocalDateTime now) {
		updatedAt = now;
	}

	/** Warnings and heavier penalties are published (国统字〔2023〕49号; warnings and above per the bureau). */
	public boolean publishable() {
		return decisionOutcome == Disposition.PENALTY && penaltyOutcome != null;
	}

	public boolean fineDue() {
		return decisionOutcome == Disposition.PENALTY && fineAmount != null && fineAmount.signum() > 0;
	}

	/** The number users see: the case number once filed, else the lead number. */
	public String displayNumber() {
		return caseNumber != null ? caseNumber : leadNumber;
	}

	/** The process business key: the ASCII case code once filed, else the lead number. */
	public String businessKey() {
		return caseCode != null ? caseCode : leadNumber;
	}

	public String sourceLabel() {
		return CaseSource.valueOf(source).label();
	}

	public String recOutcomeLabel() {
		return PenaltyAdvisor.outcomeLabel(recOutcome);
	}

	public String statusLabel() {
		return status.label();
	}

	public String stage() {
		return status.stage();
	}

	public Long getId() { return id; }
	public Long getBureauId() { return bureauId; }
	public String getLeadNumber() { return leadNumber; }
	public String getCaseCode() { return caseCode; }
	public String getCaseNumber() { return caseNumber; }
	public String getProcessInstanceId() { return processInstanceId; }
	public String getSource() { return source; }
	public String getOriginType() { return originType; }
	public Long getOriginId() { return originId; }
	public Long getEnterpriseId() { return enterpriseId; }
	public String getPartyName() { return partyName; }
	public String getPartyType() { return partyType; }
	public String getCreditCode() { return creditCode; }
	public String getLegalRepresentative() { return legalRepresentative; }
	public String getPartyAddress() { return partyAddress; }
	public String getCause() { return cause; }
	public String getFindings() { return findings; }
	public LocalDate getConductDate() { return conductDate; }
	@JsonIgnore public String getReporterName() { return reporterName; }
	@JsonIgnore public String getReporterContact() { return reporterContact; }
	public String getHandler() { return handler; }
	public CaseStatus getStatus() { return status; }
	public String getProcedureType() { return procedureType; }
	public boolean isComplexCase() { return complexCase; }
	public boolean isMajorCase() { return majorCase; }
	public String getCircumstance() { return circumstance; }
	public Boolean getFirstOffence() { return firstOffence; }
	public Boolean getCorrectedInTime() { return correctedInTime; }
	public String getRecOutcome() { return recOutcome; }
	public BigDecimal getRecFineMin() { return recFineMin; }
	public BigDecimal getRecFineMax() { return recFineMax; }
	public String getRecRuleId() { return recRuleId; }
	public String getRecLegalBasis() { return recLegalBasis; }
	public String getRecRegime() { return recRegime; }
	public String getRecExplanation() { return recExplanation; }
	public boolean isRecFineRequired() { return recFineRequired; }
	public boolean isRecCorrectionRequired() { return recCorrectionRequired; }
	public LocalDate getReportedOn() { return reportedOn; }
	public Disposition getProposal() { return proposal; }
	public String getProposedOutcome() { return proposedOutcome; }
	public BigDecimal getProposedFine() { return proposedFine; }
	public LocalDate getNoticeServedOn() { return noticeServedOn; }
	public LocalDate getDefenceDue() { return defenceDue; }
	public LocalDate getStatementWaivedOn() { return statementWaivedOn; }
	public WaiverMethod getStatementWaiverMethod() { return statementWaiverMethod; }
	public boolean isHearingRight() { return hearingRight; }
	public LocalDate getHearingRequestDue() { return hearingRequestDue; }
	public boolean isHearingRequested() { return hearingRequested; }
	public LocalDate getHearingRequestedOn() { return hearingRequestedOn; }
	public LocalDate getHearingWaivedOn() { return hearingWaivedOn; }
	public WaiverMethod getHearingWaiverMethod() { return hearingWaiverMethod; }
	public LocalDate getHearingNoticeServedOn() { return hearingNoticeServedOn; }
	public LocalDate getHearingRecordedOn() { return hearingRecordedOn; }
	public LocalDate getHearingDate() { return hearingDate; }
	public String getHearingChair() { return hearingChair; }
	public boolean isHearingHeld() { return hearingHeld; }
	public boolean isLegalReviewRequired() { return legalReviewRequired; }
	public boolean isLegalReviewPassed() { return legalReviewPassed; }
	public boolean isDiscussionRequired() { return discussionRequired; }
	public boolean isDiscussionDone() { return discussionDone; }
	public Disposition getDecisionOutcome() { return decisionOutcome; }
	public String getPenaltyOutcome() { return penaltyOutcome; }
	public BigDecimal getFineAmount() { return fineAmount; }
	public String getDecisionNumber() { return decisionNumber; }
	public String getDecidedBy() { return decidedBy; }
	public LocalDate getDecidedOn() { return decidedOn; }
	public boolean isCorrectionOrdered() { return correctionOrdered; }
	public String getCorrectionMeasure() { return correctionMeasure; }
	public LocalDate getCorrectionDeadline() { return correctionDeadline; }
	public Long getCorrectionId() { return correctionId; }
	public String getCorrectionResult() { return correctionResult; }
	public LocalDate getServiceDue() { return serviceDue; }
	public LocalDate getServedOn() { return servedOn; }
	public String getServiceMethod() { return serviceMethod; }
	public LocalDate getPaymentDue() { return paymentDue; }
	public LocalDate getPaidOn() { return paidOn; }
	public BigDecimal getPaidAmount() { return paidAmount; }
	public BigDecimal getLateCharge() { return lateCharge; }
	public String getTransferredTo() { return transferredTo; }
	public LocalDate getFiledOn() { return filedOn; }
	public LocalDate getCaseDeadline() { return caseDeadline; }
	public int getExtensionMonths() { return extensionMonths; }
	public boolean isOverdueEscalated() { return overdueEscalated; }
	public LocalDate getRemindedOn() { return remindedOn; }
	public LocalDate getClosedOn() { return closedOn; }
	public LocalDate getPublicationDue() { return publicationDue; }
	public LocalDate getPublishedOn() { return publishedOn; }
	public String getPublicationText() { return publicationText; }
	public String getArchiveNumber() { return archiveNumber; }
	public LocalDate getArchivedOn() { return archivedOn; }
	public LocalDateTime getCreatedAt() { return createdAt; }
	public LocalDateTime getUpdatedAt() { return updatedAt; }
	public int getRowVersion() { return rowVersion; }

	/** The row was written: the update's guard matched this version and incremented it by one. */
	void saved() {
		rowVersion++;
	}

}
