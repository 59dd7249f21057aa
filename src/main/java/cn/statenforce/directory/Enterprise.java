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
