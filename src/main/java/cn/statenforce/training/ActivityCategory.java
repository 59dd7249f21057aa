package cn.statenforce.training;

/** The kind of a training or publicity activity, as the seeds' reports group them. */
public enum ActivityCategory {

	PUBLIC_LAW(ActivityType.TRAINING, "公共法律知识培训"), SPECIALIZED_LAW(ActivityType.TRAINING, "专门法律知识培训"),
	NEW_LAW(ActivityType.TRAINING, "新法律法规培训"), ETHICS(ActivityType.TRAINING, "职业道德教育"),
	CERTIFICATION(ActivityType.TRAINING, "执法资格培训"), CASE_STUDY(ActivityType.TRAINING, "案例教学、警示教育"),
	OTHER_TRAINING(ActivityType.TRAINING, "其他培训"),
	OPEN_DAY(ActivityType.PUBLICITY, "中国统计开放日"), CONSTITUTION_DAY(ActivityType.PUBLICITY, "国家宪法日"),
	STATISTICS_LAW_DAY(ActivityType.PUBLICITY, "《统计法》颁布纪念日"), INTO_ENTERPRISES(ActivityType.PUBLICITY, "送法进企业"),
	INTO_COMMUNITY(ActivityType.PUBLICITY, "进党校、进校园、进社区"), NEW_MEDIA(ActivityType.PUBLICITY, "新媒体宣传"),
	OTHER_PUBLICITY(ActivityType.PUBLICITY, "其他宣传活动");

	private final ActivityType type;

	private final String label;

	ActivityCategory(ActivityType type, String label) {
		this.type = type;
		this.label = label;
	}

	public ActivityType type() {
		return type;
	}

	public String label() {
		return label;
	}

}
