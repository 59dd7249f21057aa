package cn.statenforce.rectification;

import java.util.Arrays;
import java.util.Optional;

/** Where the problems came from (整改来源). */
public enum Source {

	/** 巡察反馈: feedback of a Party inspection team (巡视工作条例 Art 27: report within 2 months). */
	PATROL("巡察反馈"),
	/** 审计反馈: audit findings [审计法 Art 52]. */
	AUDIT("审计反馈"),
	/** 统计督察: findings of a statistics supervision (防范和惩治统计造假、弄虚作假督察工作规定). */
	SUPERVISION("统计督察"),
	/** 执法检查: an enterprise's order to correct (责令改正) from a case or an inspection. */
	ENFORCEMENT("执法检查"),
	/** 自查: the bureau's own inspection. */
	SELF_CHECK("自查");

	private final String label;

	Source(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static Optional<Source> parse(String text) {
		return Arrays.stream(values()).filter(s -> s.name().equals(text) || s.label.equals(text)).findFirst();
	}

}
