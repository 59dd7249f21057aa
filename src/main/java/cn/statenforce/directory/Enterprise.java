package cn.statenforce.directory;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A unit in the directory (名录库), owned by one bureau and unique there by credit code. */
public record Enterprise(Long id, Long bureauId, String creditCode, String name, String regionCode,
		String industryCode, String sizeClass, String partyType, String legalRepresentative, String address,
		String phone, boolean onlineReporting, String riskTags, LocalDate lastInspectedOn,
		String lastInspectionResult, LocalDateTime createdAt, LocalDateTime updatedAt, int rowVersion) {

	public String partyTypeLabel() {
		return PartyType.valueOf(partyType).label();
	}

	/** The risk tags as a bureau names them (投诉举报、曾有违法、数据异常), separated by 、. */
	public String riskTagLabels() {
		if (riskTags == null || riskTags.isBlank()) {
			return "";
		}
		return java.util.Arrays.stream(riskTags.split(",")).map(String::strip).filter(t -> !t.isEmpty())
			.map(t -> switch (t) {
				case "COMPLAINT" -> "投诉举报";
				case "PRIOR_VIOLATION" -> "曾有违法";
				case "DATA_ANOMALY" -> "数据异常";
				default -> "其他风险";
			})
			.collect(java.util.stream.Collectors.joining("、"));
	}

	public String sizeClassLabel() {
		if (sizeClass == null) {
			return "";
		}
		return switch (sizeClass) {
			case "LARGE" -> "大型";
			case "MEDIUM" -> "中型";
			case "SMALL" -> "小型";
			case "MICRO" -> "微型";
			default -> sizeClass;
		};
	}

}
