package cn.statenforce.inspection;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Inspection settings whose legal basis is uncertain or local (domain.md §1.2, marked ⚠):
 *
 * @param cleanExclusionMonths a unit found without problems by this bureau within this many months is not
 * drawn again (old 《统计执法检查规定》: at most once a year)
 * @param completionWorkingDays working days after the planned date by which notice and on-site inspection
 * must be done; then the inspection is overdue and escalated to the leaders
 * @param reminderWorkingDays working days before that due date when the inspectors are reminded
 * @param correctionWorkingDays default correction period of an order to correct, in working days
 * @param publicationWorkingDays window to publish plan and results (国发〔2019〕5号 practice: 20 working days)
 * @param topics the 检查专题 a plan may name (a 专项 or 重点 check must): the year-end figures break those checks down
 * by topic, as bureaus report them ("入退库真实性专项检查6家"). A code, once used by a plan, must stay in the list;
 * its label may be reworded. Unset: {@link #DEFAULT_TOPICS}
 */
@ConfigurationProperties("statenforce.inspection")
public record InspectionProperties(@DefaultValue("12") int cleanExclusionMonths,
		@DefaultValue("15") int completionWorkingDays, @DefaultValue("3") int reminderWorkingDays,
		@DefaultValue("15") int correctionWorkingDays, @DefaultValue("20") int publicationWorkingDays,
		List<Topic> topics) {

	/** A 检查专题: a stable ASCII code (stored with the plan, used in figure ids) and its Chinese label. */
	public record Topic(String code, String label) {

		public Topic {
			if (code == null || !code.matches("[A-Z][A-Z0-9_]{0,31}")) {
				throw new IllegalArgumentException("statenforce.inspection.topics: code must be upper-case ASCII, up to 32: " + code);
			}
			if (label == null || label.isBlank()) {
				throw new IllegalArgumentException("statenforce.inspection.topics: label missing for " + code);
			}
		}

	}

	/** The topics the bureaus' year-end reports name most (seeds: 入退库真实性, 涉外调查项目, 迟报统计资料). */
	public static final List<Topic> DEFAULT_TOPICS = List.of(new Topic("ENTRY_EXIT", "入退库真实性"),
			new Topic("FOREIGN_SURVEY", "涉外调查项目"), new Topic("LATE_REPORTING", "迟报统计资料"),
			new Topic("DATA_QUALITY", "统计数据质量"), new Topic("FALSE_DATA", "虚报瞒报统计资料"),
			new Topic("CENSUS", "普查数据质量"));

	public InspectionProperties {
		topics = topics == null || topics.isEmpty() ? DEFAULT_TOPICS : List.copyOf(topics);
		if (topics.stream().map(Topic::code).distinct().count() != topics.size()) {
			throw new IllegalArgumentException("statenforce.inspection.topics: codes must be unique");
		}
	}

	/** The topic with the code, or null. */
	public Topic topic(String code) {
		return code == null ? null : topics.stream().filter(t -> t.code().equals(code)).findFirst().orElse(null);
	}

}
