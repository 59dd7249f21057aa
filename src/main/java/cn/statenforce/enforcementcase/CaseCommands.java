package cn.statenforce.enforcementcase;

import cn.statenforce.shared.TextLimits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.statenforce.enforcementcase.CaseEnums.AppealKind;
import cn.statenforce.enforcementcase.CaseEnums.AssessmentProposal;
import cn.statenforce.enforcementcase.CaseEnums.Disposition;
import cn.statenforce.enforcementcase.CaseEnums.EvidenceKind;
import cn.statenforce.enforcementcase.CaseEnums.ServiceMethod;
import cn.statenforce.enforcementcase.CaseEnums.WaiverMethod;
import cn.statenforce.penalty.ViolationType;
import cn.statenforce.shared.EnumName;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The typed payloads of the case's steps; bean validation gives the Chinese 400 details. */
public final class CaseCommands {

	private CaseCommands() {
	}

	/** 线索登记. The reporter (举报人) is kept confidential. */
	public record RegisterLead(@NotNull(message = "请选择案件来源") CaseSource source,
			@NotNull(message = "请选择当事人") Long enterpriseId,
			@NotBlank(message = "请填写案由") @Size(max = 300, message = "案由不超过300字") String cause,
			@NotBlank(message = "请填写线索内容") @Size(max = 4000, message = "线索内容不超过4000字") String findings,
			@NotNull(message = "请填写违法行为发生日期") LocalDate conductDate,
			@Size(max = 64, message = "举报人姓名不超过64字") String reporterName,
			@Size(max = 100, message = "举报人联系方式不超过100字") String reporterContact) {
	}

	public record Assess(@NotNull(message = "请选择核查意见") AssessmentProposal proposal,
			@NotBlank(message = "请填写核查意见或不予立案理由") @Size(max = TextLimits.OPINION) String opinion) {
	}

	/** Any approval: approve or return, with an opinion. */
	public record Approval(@NotNull(message = "请选择是否批准") Boolean approved,
			@NotBlank(message = "请填写审批意见") @Size(max = TextLimits.OPINION) String opinion) {
	}

	public record SummaryDecision(
			@NotNull(message = "请选择两名执法人员") @Size(min = 2, max = 2, message = "简易程序须由两名执法人员当场作出") List<String> inspectors,
			@NotBlank(message = "请选择违法行为类型") @EnumName(ViolationType.class) String violationType,
			@NotBlank(message = "请选择处罚种类") @Pattern(regexp = "WARNING|WARNING_AND_FINE", message = "简易程序只能警告或罚款") String penaltyOutcome,
			@DecimalMin(value = "0", message = "罚款金额不能为负") BigDecimal fine,
			@Size(max = 1000) String correctionMeasure, LocalDate correctionDeadline,
			@NotBlank(message = "请填写违法事实及处罚理由") @Size(max = TextLimits.OPINION) String opinion) {
	}

	public record AddInspector(@NotBlank(message = "请选择执法人员") String username) {
	}

	public record Recusal(@NotBlank(message = "请选择回避人员") String username,
			@NotBlank(message = "请填写回避理由及决定") @Size(max = 500) String reason) {
	}

	/** 回避申请: the inspector's own declaration ({@code byParty} false) or the party's application. */
	public record RecusalRequest(@NotBlank(message = "请选择申请回避的执法人员") String username,
			@NotNull(message = "请选择申请人") Boolean byParty,
			@NotBlank(message = "请填写申请回避的理由") @Size(max = 500, message = "回避理由不超过500字") String reason) {
	}

	/** 回避决定 on a pending request: approved (the inspector leaves the team) or refused, with the reason. */
	public record RecusalDecision(@NotBlank(message = "请选择回避申请") String username,
			@NotNull(message = "请选择是否同意回避") Boolean approved,
			@NotBlank(message = "请填写回避决定理由") @Size(max = 500, message = "决定理由不超过500字") String reason) {
	}

	public record AddEvidence(@NotNull(message = "请选择证据种类") EvidenceKind kind,
			@NotBlank(message = "请填写证据名称") @Size(max = 300) String title, @Size(max = 4000) String content,
			@NotNull(message = "请填写取得日期") LocalDate collectedOn) {
	}

	public record ViolationItem(@NotBlank(message = "请选择违法行为类型") @EnumName(ViolationType.class) String violationType,
			@NotBlank(message = "请填写违法事实") @Size(max = 2000) String description) {
	}

	/** 调查终结报告. */
	public record InvestigationReport(@NotEmpty(message = "请至少填写一项违法行为") List<@Valid ViolationItem> violations,
			@NotBlank(message = "请选择情节") @Pattern(regexp = "MINOR|GENERAL|SERIOUS", message = "情节只能为轻微、一般或严重") String circumstance,
			boolean firstOffence, boolean correctedInTime, boolean complex,
			@NotBlank(message = "请填写调查终结意见") @Size(max = 4000) String opinion) {
	}

	/** 拟处理意见; the order to correct (责令改正) goes with it. */
	public record HandlingProposal(@NotNull(message = "请选择处理意见") Disposition disposition,
			@Pattern(regexp = "WARNING|WARNING_AND_FINE|CIRCULATE", message = "处罚种类无效") String penaltyOutcome,
			@DecimalMin(value = "0", message = "罚款金额不能为负") BigDecimal fine,
			@Size(max = 1000) String correctionMeasure, LocalDate correctionDeadline,
			@NotBlank(message = "请填写拟处理理由") @Size(max = TextLimits.OPINION) String opinion) {
	}

	public record PriorNotice(@NotNull(message = "请填写送达日期") LocalDate servedOn,
			@NotNull(message = "请选择送达方式") ServiceMethod method, @Size(max = TextLimits.OPINION) String opinion) {
	}

	/**
	 * 陈述申辩: what the party said, a hearing request, and the party's express waivers (放弃陈述申辩 / 放弃听证, each
	 * with its day and how it was given), which close a window before it ends (APL Art 62); a revised proposal may
	 * only be lighter (APL Art 45). Without a request or waiver the step waits for the windows to end.
	 */
	public record Statement(boolean statementMade, @Size(max = 4000) String statement, boolean hearingRequested,
			LocalDate hearingRequestedOn,
			@Pattern(regexp = "NO_PENALTY|WARNING|WARNING_AND_FINE|CIRCULATE", message = "处罚种类无效") String revisedOutcome,
			@DecimalMin(value = "0", message = "罚款金额不能为负") BigDecimal revisedFine,
			@NotBlank(message = "请填写复核意见") @Size(max = TextLimits.OPINION) String opinion, LocalDate statementWaivedOn,
			WaiverMethod statementWaiverMethod, LocalDate hearingWaivedOn, WaiverMethod hearingWaiverMethod) {

		/** Without waivers, as before the party said anything about them. */
		public Statement(boolean statementMade, String statement, boolean hearingRequested, LocalDate hearingRequestedOn,
				String revisedOutcome, BigDecimal revisedFine, String opinion) {
			this(statementMade, statement, hearingRequested, hearingRequestedOn, revisedOutcome, revisedFine, opinion, null,
					null, null, null);
		}

	}

	/** 听证通知: the hearing's day and chair; {@code servedOn} is when the notice reached the party (default today). */
	public record HearingNotice(@NotNull(message = "请填写听证日期") LocalDate hearingDate,
			@NotBlank(message = "请选择听证主持人") String chair, @Size(max = TextLimits.OPINION) String opinion, LocalDate servedOn) {

		public HearingNotice(LocalDate hearingDate, String chair, String opinion) {
			this(hearingDate, chair, opinion, null);
		}

	}

	public record HearingRecord(boolean held,
			@Pattern(regexp = "NO_PENALTY|WARNING|WARNING_AND_FINE|CIRCULATE", message = "处罚种类无效") String revisedOutcome,
			@DecimalMin(value = "0", message = "罚款金额不能为负") BigDecimal revisedFine,
			@NotBlank(message = "请填写听证情况") @Size(max = 4000) String opinion) {
	}

	public record LegalReview(@NotNull(message = "请选择审核结论") Boolean passed,
			@NotBlank(message = "请填写法制审核意见") @Size(max = 4000) String opinion) {
	}

	public record Discussion(@NotBlank(message = "请填写参加人员") @Size(max = 500) String attendees,
			@NotBlank(message = "请填写讨论结论") @Size(max = 4000) String conclusion) {
	}

	public record Service(@NotNull(message = "请填写送达日期") LocalDate servedOn,
			@NotNull(message = "请选择送达方式") ServiceMethod method, @Size(max = TextLimits.OPINION) String opinion) {
	}

	public record Transfer(@NotBlank(message = "请填写接收的司法机关") @Size(max = 200) String transferredTo,
			@NotBlank(message = "请填写移送说明") @Size(max = TextLimits.OPINION) String opinion) {
	}

	public record Publication(@NotNull(message = "请填写公示日期") LocalDate publishedOn, @Size(max = TextLimits.OPINION) String opinion) {
	}

	public record Payment(@NotNull(message = "请填写缴款日期") LocalDate paidOn,
			@NotNull(message = "请填写缴款金额") @DecimalMin(value = "0", message = "金额不能为负") BigDecimal amount) {
	}

	public record Opinion(@NotBlank(message = "请填写意见") @Size(max = 4000) String opinion) {
	}

	public record Archive(@NotBlank(message = "请填写档案号") @Size(max = 64) String archiveNumber) {
	}

	/** 申请延期: the months asked for; the longest extension is the penalty rules' ({@code maxExtensionMonths}). */
	public record ExtensionRequest(@Min(value = 1, message = "请填写要延长的月数（正整数）") int months,
			@NotBlank(message = "请填写延期理由") @Size(max = 2000) String reason) {
	}

	public record Suspension(@NotBlank(message = "请填写中止理由") @Size(max = 500) String note) {
	}

	public record AppealRecord(@NotNull(message = "请选择复议或诉讼") AppealKind kind,
			@NotNull(message = "请填写提起日期") LocalDate filedOn,
			@NotBlank(message = "请填写复议机关或法院") @Size(max = 200) String body, @Size(max = 1000) String result) {
	}

}
