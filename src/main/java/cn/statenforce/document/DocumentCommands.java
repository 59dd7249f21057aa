package cn.statenforce.document;

import java.time.LocalDate;

import cn.statenforce.enforcementcase.CaseEnums.ServiceMethod;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The typed payloads of the document steps; bean validation gives the Chinese 400 details. */
public final class DocumentCommands {

	private DocumentCommands() {
	}

	/** 作废: why the document and its number are voided. */
	public record Void(@NotBlank(message = "请填写作废理由") @Size(max = 500, message = "作废理由不超过500字") String reason) {
	}

	/**
	 * 送达: method, day, recipient, and what the method needs on record — witnesses for 留置送达, the tracking number for
	 * 邮寄送达, the party's consent for 电子送达, where the notice was published for 公告送达.
	 */
	public record Service(@NotNull(message = "请选择送达方式") ServiceMethod method,
			@NotNull(message = "请填写送达日期") LocalDate servedOn,
			@NotBlank(message = "请填写受送达人") @Size(max = 100, message = "受送达人不超过100字") String recipient,
			@Size(max = 200, message = "见证人不超过200字") String witness,
			@Size(max = 64, message = "邮件号码不超过64字") String trackingNumber,
			@Size(max = 300, message = "当事人同意电子送达的确认不超过300字") String consentNote,
			@Size(max = 200, message = "公告载体不超过200字") String noticeMedium,
			@Size(max = 1000, message = "备注不超过1000字") String note) {
	}

	/** 文号格式 of a kind for the ADMIN's bureau. */
	public record NumberFormat(@NotBlank(message = "请填写文号格式") @Size(max = 100, message = "文号格式不超过100字") String pattern) {
	}

}
