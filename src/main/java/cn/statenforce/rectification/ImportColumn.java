package cn.statenforce.rectification;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns the problem-list import reads, each with the header variants bureaus and inspection teams use.
 * Columns of our own export that describe the state (进展情况, 状态, 佐证材料) and 序号 are recognised and not read.
 */
public enum ImportColumn {

	SEQ("序号", false, "序号", "编号", "问题序号"),
	ASPECT("方面", true, "方面", "问题方面", "问题类别", "类别", "问题类型", "反馈问题类别"),
	PROBLEM("问题", true, "问题", "具体问题", "存在问题", "问题表现", "问题描述", "反馈问题", "主要问题", "问题清单"),
	MEASURE("整改措施", true, "整改措施", "措施", "具体措施", "整改举措", "整改任务"),
	CATEGORY("整改类别", true, "整改类别", "整改类型"),
	DEADLINE("完成时限", true, "完成时限", "整改时限", "时限", "完成时间", "整改期限", "完成期限"),
	UNIT("责任单位", true, "责任单位", "牵头单位", "责任部门", "责任科室", "责任股室", "牵头部门"),
	CO_UNITS("配合单位", true, "配合单位", "协同单位", "协办单位"),
	LEADER("责任领导", true, "责任领导", "分管领导", "牵头领导", "责任局领导"),
	EVIDENCE("佐证要求", true, "佐证要求", "佐证材料要求"),
	PROGRESS("进展情况", false, "进展情况", "整改进展", "整改情况", "完成情况"),
	STATUS("状态", false, "状态", "整改状态"),
	EVIDENCE_COUNT("佐证材料", false, "佐证材料", "佐证材料份数"),
	PLAN("整改方案", false, "整改方案", "整改事项"),
	NOTE("备注", false, "备注"),
	IGNORE("不导入", false);

	private final String label;

	private final boolean read;

	private final List<String> headers;

	ImportColumn(String label, boolean read, String... headers) {
		this.label = label;
		this.read = read;
		this.headers = List.of(headers);
	}

	public String label() {
		return label;
	}

	/** Whether the import reads the column (the others are recognised and left alone). */
	public boolean isRead() {
		return read;
	}

	/** The column a header names: spaces, line breaks, required marks (*) and notes in brackets do not count. */
	public static Optional<ImportColumn> ofHeader(String header) {
		String h = normalize(header);
		if (h.isEmpty()) {
			return Optional.empty();
		}
		return Arrays.stream(values()).filter(c -> c.headers.contains(h)).findFirst();
	}

	/** The columns a user may map an unrecognised header to. */
	public static List<ImportColumn> mappable() {
		return Arrays.stream(values()).filter(c -> c.read || c == IGNORE).toList();
	}

	static String normalize(String header) {
		if (header == null) {
			return "";
		}
		return header.replaceAll("[（(][^）)]*[）)]", "").replaceAll("[\\s\\u3000*＊:：]", "");
	}

}
