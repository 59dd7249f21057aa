package cn.statenforce.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Inputs of the inspection's user tasks. */
public final class InspectionCommands {

	private InspectionCommands() {
	}

	/** 送达检查通知书: when and to whom the notice was served. */
	public record ServeNotice(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @NotNull(message = "请填写送达日期") LocalDate servedOn,
			@NotBlank(message = "请填写签收人") @Size(max = 64, message = "签收人不能超过64字") String recipient) {
	}

	/** One check item's record. */
	public record CheckRecord(@NotNull(message = "检查事项不能为空") Long itemId, boolean conforming,
			@Size(max = 2000) String finding, @Size(max = 2000) String evidence) {
	}

	/** 现场检查: a record per check item and the result. */
	public record RecordInspection(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @NotNull(message = "请填写检查日期") LocalDate inspectedOn,
			@NotEmpty(message = "请逐项填写检查记录") List<@Valid CheckRecord> checks,
			@NotNull(message = "请选择检查结果") InspectionResult result, @Size(max = 2000) String summary,
			@Size(max = 1000) String correctionMeasure, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate correctionDeadline) {
	}

	/** 当场处罚决定 under the summary procedure (APL Art 51). */
	public record SummaryDecision(@NotBlank(message = "请填写处罚决定书编号") @Size(max = 64) String decisionNumber,
			@NotNull(message = "请选择处罚种类") @Pattern(regexp = "WARNING|FINE", message = "处罚种类只能是 WARNING（警告）或 FINE（罚款）") String penalty,
			@DecimalMin(value = "0.01", message = "罚款金额应大于0") BigDecimal fine) {
	}

	/** 更换执法人员: who leaves the inspection, who takes over, and why. */
	public record ReplaceInspector(@NotBlank(message = "请选择被更换的执法人员") @Size(max = 64) String replaced,
			@NotBlank(message = "请选择新的执法人员") @Size(max = 64) String replacement,
			@NotBlank(message = "请填写更换理由") @Size(max = 500, message = "更换理由不能超过500字") String reason) {
	}

}
