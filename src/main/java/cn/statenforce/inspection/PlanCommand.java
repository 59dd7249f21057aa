package cn.statenforce.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Input for drafting or editing a plan. A random plan (双随机, 部门联合, 专项) gives exactly one of sample size and
 * ratio; a 重点检查 names its units instead ({@code targets}, each with the reason it was chosen) and is not drawn.
 *
 * @param topic code of the 检查专题 ({@code statenforce.inspection.topics}); required for 专项 and 重点 checks
 * @param targets the units of a 重点检查, by unified social credit code, with the reason each is checked
 */
public record PlanCommand(@NotBlank(message = "计划名称不能为空") @Size(max = 200, message = "计划名称不能超过200字") String title,
		@NotNull(message = "检查类型不能为空") PlanType planType,
		@NotNull(message = "年度不能为空") @Min(value = 2000, message = "年度不正确") @Max(value = 2100, message = "年度不正确") Integer planYear,
		@Size(max = 500, message = "联合检查部门不能超过500字") String partnerDepartments,
		@Size(max = 1000, message = "检查依据不能超过1000字") String basis,
		@Size(max = 500, message = "检查范围（区划）不能超过500字") String scopeRegions,
		@Size(max = 200, message = "检查范围（行业）不能超过200字") String scopeIndustries,
		@Size(max = 100, message = "检查范围（规模）不能超过100字") String scopeSizes, Boolean scopeOnlineOnly,
		Boolean scopeRiskOnly, @Min(value = 1, message = "抽取数量至少为1") Integer sampleSize,
		@DecimalMin(value = "0.01", message = "抽取比例应大于0") @DecimalMax(value = "100", message = "抽取比例不能超过100%") BigDecimal sampleRatio,
		@Min(value = 1, message = "风险权重至少为1") @Max(value = 10, message = "风险权重不能超过10") int riskWeight,
		@Min(value = 1, message = "第一阶段抽取的下级统计局数量至少为1") Integer stageOneCount,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @NotNull(message = "计划检查日期不能为空") LocalDate plannedDate,
		@NotEmpty(message = "请至少选择一项检查事项") List<Long> itemIds,
		@Size(max = 32, message = "检查专题无效") String topic,
		@Size(max = 500, message = "重点检查对象一次最多500家") List<@Valid Target> targets) {

	/** A unit named by a 重点检查, with the reason (线索, 数据异常, 上级交办…). */
	public record Target(@NotBlank(message = "请填写重点检查对象的统一社会信用代码") @Size(max = 18, message = "统一社会信用代码应为18位") String creditCode,
			@NotBlank(message = "请填写列为重点检查对象的理由") @Size(max = 500, message = "列为重点检查对象的理由不能超过500字") String reason) {
	}

	/** An unticked checkbox sends nothing: absent flags mean false; a blank topic means none. */
	public PlanCommand {
		scopeOnlineOnly = Boolean.TRUE.equals(scopeOnlineOnly);
		scopeRiskOnly = Boolean.TRUE.equals(scopeRiskOnly);
		topic = topic == null || topic.isBlank() ? null : topic.strip();
		targets = targets == null ? List.of() : List.copyOf(targets);
	}

	/** A plan without topic and named units (the form before 检查专题 existed). */
	public PlanCommand(String title, PlanType planType, Integer planYear, String partnerDepartments, String basis,
			String scopeRegions, String scopeIndustries, String scopeSizes, Boolean scopeOnlineOnly, Boolean scopeRiskOnly,
			Integer sampleSize, BigDecimal sampleRatio, int riskWeight, Integer stageOneCount, LocalDate plannedDate,
			List<Long> itemIds) {
		this(title, planType, planYear, partnerDepartments, basis, scopeRegions, scopeIndustries, scopeSizes,
				scopeOnlineOnly, scopeRiskOnly, sampleSize, sampleRatio, riskWeight, stageOneCount, plannedDate, itemIds,
				null, null);
	}

	/** The same command with these named units. */
	public PlanCommand withTargets(List<Target> units) {
		return new PlanCommand(title, planType, planYear, partnerDepartments, basis, scopeRegions, scopeIndustries,
				scopeSizes, scopeOnlineOnly, scopeRiskOnly, sampleSize, sampleRatio, riskWeight, stageOneCount, plannedDate,
				itemIds, topic, units);
	}

}
