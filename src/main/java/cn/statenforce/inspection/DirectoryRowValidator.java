package cn.statenforce.inspection;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.statenforce.directory.PartyType;
import cn.statenforce.shared.RegionCode;
import cn.statenforce.shared.UnifiedSocialCreditCode;

/**
 * Checks one data row of a directory import against the same rules as the directory's own form (credit
 * code check character per GB 32100, region code inside the importing bureau, lengths, code lists) and
 * turns it into column values. Every problem of the row is reported, not only the first.
 */
final class DirectoryRowValidator {

	/** A row that passed: values by column (only the columns the file has). */
	record ValidRow(String creditCode, Map<DirectoryColumn, Object> values) {
	}

	/** Either a valid row or its errors. */
	record Checked(ValidRow row, List<ImportError> errors) {
	}

	private static final Map<String, String> RISK_TAGS = Map.of("投诉举报", "COMPLAINT", "COMPLAINT", "COMPLAINT", "曾有违法",
			"PRIOR_VIOLATION", "PRIOR_VIOLATION", "PRIOR_VIOLATION", "数据异常", "DATA_ANOMALY", "DATA_ANOMALY", "DATA_ANOMALY");

	private static final Map<String, String> SIZES = Map.of("大型", "LARGE", "中型", "MEDIUM", "小型", "SMALL", "微型", "MICRO",
			"LARGE", "LARGE", "MEDIUM", "MEDIUM", "SMALL", "SMALL", "MICRO", "MICRO");

	/** ISO as typed, yyyy/M/d, and Excel's default short date as POI formats it (M/d/yy). */
	private static final List<java.time.format.DateTimeFormatter> DATES = List.of(
			java.time.format.DateTimeFormatter.ofPattern("uuuu-M-d"), java.time.format.DateTimeFormatter.ofPattern("uuuu/M/d"),
			java.time.format.DateTimeFormatter.ofPattern("M/d/yy"));

	private final Map<DirectoryColumn, Integer> positions;

	private final RegionCode bureauRegion;

	private DirectoryRowValidator(Map<DirectoryColumn, Integer> positions, RegionCode bureauRegion) {
		this.positions = positions;
		this.bureauRegion = bureauRegion;
	}

	/** Reads the header; errors (line 1) for unknown, duplicate or missing required columns. */
	static DirectoryRowValidator fromHeader(List<String> header, String bureauRegionCode, List<ImportError> errors) {
		Map<DirectoryColumn, Integer> positions = new EnumMap<>(DirectoryColumn.class);
		for (int i = 0; i < header.size(); i++) {
			String h = header.get(i);
			if (h.isBlank()) {
				continue;
			}
			DirectoryColumn c = DirectoryColumn.byHeader(h);
			if (c == null) {
				errors.add(new ImportError(1, h.strip(), "无法识别的列名，可用列名：" + String.join("、", DirectoryColumn.headers())));
			}
			else if (positions.putIfAbsent(c, i) != null) {
				errors.add(new ImportError(1, c.header, "列名重复"));
			}
		}
		for (DirectoryColumn c : DirectoryColumn.values()) {
			if (c.required && !positions.containsKey(c)) {
				errors.add(new ImportError(1, c.header, "缺少必填列"));
			}
		}
		return new DirectoryRowValidator(positions, new RegionCode(bureauRegionCode));
	}

	Set<DirectoryColumn> columns() {
		return positions.keySet();
	}

	Checked check(long line, List<String> cells) {
		List<ImportError> errors = new ArrayList<>();
		Map<DirectoryColumn, Object> values = new EnumMap<>(DirectoryColumn.class);
		for (var e : positions.entrySet()) {
			String raw = e.getValue() < cells.size() ? cells.get(e.getValue()).strip() : "";
			String problem = convert(e.getKey(), raw, values);
			if (problem != null) {
				errors.add(new ImportError(line, e.getKey().header, problem));
			}
		}
		if (!errors.isEmpty()) {
			return new Checked(null, errors);
		}
		return new Checked(new ValidRow((String) values.get(DirectoryColumn.CREDIT_CODE), values), List.of());
	}

	/** Puts the converted value; returns the reason when the cell is invalid. */
	private String convert(DirectoryColumn column, String raw, Map<DirectoryColumn, Object> values) {
		if (raw.isEmpty()) {
			if (column.required) {
				return "必填项为空";
			}
			values.put(column, column == DirectoryColumn.ONLINE_REPORTING ? Boolean.FALSE
					: column == DirectoryColumn.PARTY_TYPE ? PartyType.ORGANIZATION.name() : null);
			return null;
		}
		return switch (column) {
			case CREDIT_CODE -> put(values, column, raw.toUpperCase(), UnifiedSocialCreditCode.isValid(raw.toUpperCase()) ? null
					: raw.length() != 18 ? "统一社会信用代码应为18位" : "统一社会信用代码校验位不正确或含非法字符");
			case NAME -> put(values, column, raw, raw.length() > 200 ? "单位名称不能超过200字" : null);
			case REGION_CODE -> put(values, column, raw, regionProblem(raw));
			case INDUSTRY_CODE -> put(values, column, raw.toUpperCase(),
					raw.matches("[A-Ta-t]\\d{0,4}|\\d{2,4}") ? null : "行业代码应为GB/T 4754门类字母加最多4位数字");
			case SIZE_CLASS -> put(values, column, SIZES.get(raw.toUpperCase()), SIZES.containsKey(raw.toUpperCase()) ? null
					: "规模只能是 大型、中型、小型、微型");
			case PARTY_TYPE -> put(values, column, partyType(raw), partyType(raw) != null ? null
					: "当事人类型只能是 法人或其他组织、个体工商户、公民");
			case LEGAL_REPRESENTATIVE -> put(values, column, raw, raw.length() > 64 ? "法定代表人不能超过64字" : null);
			case ADDRESS -> put(values, column, raw, raw.length() > 300 ? "地址不能超过300字" : null);
			case PHONE -> put(values, column, raw, raw.length() > 30 ? "电话不能超过30字" : null);
			case ONLINE_REPORTING -> put(values, column, bool(raw), bool(raw) != null ? null : "联网直报只能填 是 或 否");
			case RISK_TAGS -> riskTags(raw, values);
			case LAST_INSPECTED_ON -> date(raw, values);
			case LAST_INSPECTION_RESULT -> put(values, column, raw, raw.length() > 20 ? "上次检查结果不能超过20字" : null);
		};
	}

	private String regionProblem(String raw) {
		if (!RegionCode.isValid(raw)) {
			return "行政区划代码无效";
		}
		RegionCode code = new RegionCode(raw);
		return code.equals(bureauRegion) || bureauRegion.contains(code) ? null
				: "行政区划代码不在本局辖区（" + bureauRegion.value() + "）内";
	}

	private static String put(Map<DirectoryColumn, Object> values, DirectoryColumn c, Object v, String problem) {
		if (problem == null) {
			values.put(c, v);
		}
		return problem;
	}

	private static String partyType(String raw) {
		for (PartyType t : PartyType.values()) {
			if (t.label().equals(raw) || t.name().equalsIgnoreCase(raw)) {
				return t.name();
			}
		}
		return null;
	}

	private static Boolean bool(String raw) {
		return switch (raw.toLowerCase()) {
			case "是", "y", "yes", "true", "1" -> Boolean.TRUE;
			case "否", "n", "no", "false", "0" -> Boolean.FALSE;
			default -> null;
		};
	}

	private static String riskTags(String raw, Map<DirectoryColumn, Object> values) {
		Set<String> tags = new LinkedHashSet<>();
		for (String t : raw.split("[,，、;；\\s]+")) {
			String code = RISK_TAGS.get(t.toUpperCase());
			if (code == null) {
				return "无法识别的风险标签“" + t + "”，只能是 投诉举报、曾有违法、数据异常";
			}
			tags.add(code);
		}
		values.put(DirectoryColumn.RISK_TAGS, String.join(",", tags));
		return null;
	}

	private static String date(String raw, Map<DirectoryColumn, Object> values) {
		for (java.time.format.DateTimeFormatter f : DATES) {
			try {
				values.put(DirectoryColumn.LAST_INSPECTED_ON, LocalDate.parse(raw, f));
				return null;
			}
			catch (DateTimeParseException e) {
				// try the next format
			}
		}
		return "日期格式应为 yyyy-MM-dd";
	}

}
