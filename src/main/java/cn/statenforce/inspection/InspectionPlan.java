package cn.statenforce.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * 执法检查计划: the basis, scope (filters over the directory), sample size or ratio, risk weighting and
 * planned date of a round of inspections. A leader of the same bureau approves it before anything is drawn.
 * An upper bureau (city, province) draws in two stages: {@code stageOneCount} subordinate bureaus, then
 * units inside them. A 重点检查 ({@link #targeted()}) names its units instead; {@code topic} is the code of its
 * 检查专题 ({@link InspectionProperties#topics()}). From its submission every decision on it is a user task of its
 * process ({@code processInstanceId}, {@code inspection-plan.bpmn}).
 */
public record InspectionPlan(Long id, Long bureauId, String planNumber, String title, PlanType planType,
		Integer planYear, String partnerDepartments, String basis, String scopeRegions, String scopeIndustries,
		String scopeSizes, boolean scopeOnlineOnly, boolean scopeRiskOnly, Integer sampleSize, BigDecimal sampleRatio,
		int riskWeight, Integer stageOneCount, LocalDate plannedDate, PlanStatus status, String approvedBy,
		LocalDateTime approvedAt, String approvalOpinion, LocalDate publishedOn, LocalDate publishDue,
		String createdBy, LocalDateTime createdAt, LocalDateTime updatedAt, int rowVersion, String topic,
		String processInstanceId) {

	public List<String> regions() {
		return split(scopeRegions);
	}

	public List<String> industries() {
		return split(scopeIndustries);
	}

	public List<String> sizes() {
		return split(scopeSizes);
	}

	public boolean multiStage() {
		return stageOneCount != null;
	}

	/** A 重点检查 names its units (with reasons) instead of drawing them; only its inspectors are drawn. */
	public boolean targeted() {
		return planType == PlanType.KEY;
	}

	public String sampleLabel() {
		return targeted() ? "计划指定检查对象" : sampleSize != null ? sampleSize + " 家"
				: sampleRatio.stripTrailingZeros().toPlainString() + "%";
	}

	static List<String> split(String csv) {
		if (csv == null || csv.isBlank()) {
			return List.of();
		}
		return Arrays.stream(csv.split("[,，、\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

}
