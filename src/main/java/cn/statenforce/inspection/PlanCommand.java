package cn.statenforce.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Input for drafting or editing a plan; exactly one of sample size and ratio must be given. */
public record PlanCommand(@NotBlank(message = "计划名称不能为空") @Size(max = 200) String title,
		@NotNull(message = "检查类型不能为空") PlanType planType,
		@NotNull(message = "年度不能为空") @Min(value = 2000, message = "年度不正确") @Max(value = 2100, message = "年度不正确") Integer planYear,
		@Size(max = 500) String partnerDepartments, @Size(max = 1000) String basis, @Size(max = 500) String scopeRegions,
		@Size(max = 200) String scopeIndustries, @Size(max = 100) String scopeSizes, Boolean scopeOnlineOnly,
		Boolean scopeRiskOnly, @Min(value = 1, message = "抽取数量至少为1") Integer sampleSize,
		@DecimalMin(value = "0.01", message = "抽取比例应大于0") @DecimalMax(value = "100", message = "抽取比例不能超过100%") BigDecimal sampleRatio,
		@Min(value = 1, message = "风险权重至少为1") @Max(value = 10, message = "风险权重不能超过10") int riskWeight,
		@Min(value = 1, message = "第一阶段抽取的下级统计局数量至少为1") Integer stageOneCount,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @NotNull(message = "计划检查日期不能为空") LocalDate plannedDate,
		@NotEmpty(message = "请至少选择一项检查事项") List<Long> itemIds) {

	/** An unticked checkbox sends nothing: absent flags mean false. */
	public PlanCommand {
		scopeOnlineOnly = Boolean.TRUE.equals(scopeOnlineOnly);
		scopeRiskOnly = Boolean.TRUE.equals(scopeRiskOnly);
	}

}
