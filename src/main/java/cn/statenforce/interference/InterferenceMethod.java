package cn.statenforce.interference;

/** How the interference was made (干预方式). */
public enum InterferenceMethod {

	MEETING("会议"), DOCUMENT("文件"), PHONE("电话"), MESSAGE("短信、微信等消息"), IN_PERSON("当面"), OTHER("其他方式");

	private final String label;

	InterferenceMethod(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
