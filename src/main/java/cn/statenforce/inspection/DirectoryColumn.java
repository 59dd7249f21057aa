package cn.statenforce.inspection;

import java.util.List;

/**
 * The columns of a directory import file, found by their header (Chinese name or English key, any order).
 * {@code dbColumn} is the fixed column of {@code enterprise} it fills.
 */
enum DirectoryColumn {

	CREDIT_CODE("统一社会信用代码", "creditCode", "credit_code", true),
	NAME("单位名称", "name", "name", true),
	REGION_CODE("行政区划代码", "regionCode", "region_code", true),
	INDUSTRY_CODE("行业代码", "industryCode", "industry_code", false),
	SIZE_CLASS("规模", "sizeClass", "size_class", false),
	PARTY_TYPE("当事人类型", "partyType", "party_type", false),
	LEGAL_REPRESENTATIVE("法定代表人", "legalRepresentative", "legal_representative", false),
	ADDRESS("地址", "address", "address", false),
	PHONE("电话", "phone", "phone", false),
	ONLINE_REPORTING("联网直报", "onlineReporting", "online_reporting", false),
	RISK_TAGS("风险标签", "riskTags", "risk_tags", false),
	LAST_INSPECTED_ON("上次检查日期", "lastInspectedOn", "last_inspected_on", false),
	LAST_INSPECTION_RESULT("上次检查结果", "lastInspectionResult", "last_inspection_result", false);

	final String header;

	final String key;

	final String dbColumn;

	final boolean required;

	DirectoryColumn(String header, String key, String dbColumn, boolean required) {
		this.header = header;
		this.key = key;
		this.dbColumn = dbColumn;
		this.required = required;
	}

	static DirectoryColumn byHeader(String text) {
		String t = text.strip().replace("*", "");
		for (DirectoryColumn c : values()) {
			if (c.header.equals(t) || c.key.equalsIgnoreCase(t)) {
				return c;
			}
		}
		return null;
	}

	static List<String> headers() {
		return java.util.Arrays.stream(values()).map(c -> c.header).toList();
	}

}
