package cn.statenforce.rectification;

import java.time.LocalDate;
import java.util.List;

import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.Inputs;
import cn.statenforce.shared.Texts;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The texts the rectification steps take besides {@link FeedbackCommand}, {@link MeasureCommand},
 * {@link AmendmentCommand} and {@link RecheckCommand}: the request bodies of the API, validated (Bean Validation,
 * 400 naming the field) by the services at the step, so the page, the API and the import refuse the same input.
 * Rules across fields or on the record's state (an opinion needed only to refuse, a 长效机制 only for a long-term
 * measure) stay checks of the service.
 */
public final class RectificationCommands {

	/** The message of every length limit of the capability's texts. */
	static final String TOO_LONG = "输入过长，不能超过{max}个字";

	private RectificationCommands() {
	}

	/** 问题方面: its title. */
	public record AspectText(@NotBlank(message = "请填写问题方面") @Size(max = 300, message = TOO_LONG) String title) {
	}

	/** 问题: its description and the aspect it belongs to (on an edit, null = unchanged). */
	public record ProblemText(Long aspectId,
			@NotBlank(message = "请填写问题描述") @Size(max = 2000, message = TOO_LONG) String description) {
	}

	/** 作废 of a draft. */
	public record Discard(@NotBlank(message = "请写明作废理由") @Size(max = 1000, message = TOO_LONG) String reason) {
	}

	/** 整改联络人 (a login of the bureau). */
	public record Coordinator(@NotBlank(message = "请选择整改联络人") @Size(max = 64, message = TOO_LONG) String coordinator) {
	}

	/** 报告进展. */
	public record Progress(@NotBlank(message = "请填写整改进展") @Size(max = 2000, message = TOO_LONG) String content) {
	}

	/** 申请销号: what was done, the long-term mechanism, the note kept for evidence already given. */
	public record Completion(@NotBlank(message = "请填写整改完成情况") @Size(max = 2000, message = TOO_LONG) String content,
			@Size(max = 300, message = TOO_LONG) String mechanismTitle,
			@Size(max = 2000, message = TOO_LONG) String mechanismContent,
			@Size(max = 1000, message = TOO_LONG) String keepEvidenceNote) {
	}

	/** 同意 / 不同意 with the opinion (required to refuse: a check of the service). */
	public record Decision(Boolean approve, @Size(max = 1000, message = TOO_LONG) String opinion) {
	}

	/**
	 * Checks a decision: the opinion is required to refuse (a rule across the two fields; {@code refuseWithout} says
	 * so) and within its length either way.
	 */
	static void decide(Validator validator, boolean approve, String opinion, String refuseWithout) {
		if (!approve && Texts.blankToNull(opinion) == null) {
			throw new BadRequestException("opinion", refuseWithout);
		}
		Inputs.valid(validator, new Decision(approve, opinion));
	}

	/** 长效机制评估 of one mechanism. */
	public record MechanismReview(@NotBlank(message = "请填写评估意见") @Size(max = 1000, message = TOO_LONG) String opinion) {
	}

	/** 申请调整完成时限. */
	public record DeadlineChangeRequest(LocalDate newDeadline,
			@NotBlank(message = "调整完成时限须说明理由") @Size(max = 1000, message = TOO_LONG) String reason) {
	}

	/** 申请变更 of a problem's description. */
	public record ProblemAmendment(
			@NotBlank(message = "请填写变更后的问题描述") @Size(max = 2000, message = TOO_LONG) String description,
			@NotBlank(message = "请写明变更理由") @Size(max = 1000, message = TOO_LONG) String reason) {
	}

	/** 报送整改报告. */
	public record Report(@NotBlank(message = "请填写整改报告内容") @Size(max = 4000, message = TOO_LONG) String content) {
	}

	/** 回头看: what was found, the problems that came back and their new deadline (default: configured working days). */
	public record LookBack(@NotBlank(message = "请填写回头看情况") @Size(max = 1000, message = TOO_LONG) String opinion,
			List<Long> reopenProblemIds, LocalDate newDeadline) {
	}

	/** 长效机制定期评估 of a plan: the opinion and the mechanisms no longer tracked. */
	public record MechanismsReview(@NotBlank(message = "请填写评估意见") @Size(max = 1000, message = TOO_LONG) String opinion,
			List<Long> retireMechanismIds) {
	}

}
