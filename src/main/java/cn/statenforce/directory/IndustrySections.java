package cn.statenforce.directory;

import java.util.List;

/**
 * The twenty sections (门类) of 国民经济行业分类 (GB/T 4754—2017): the letter is the first character of every industry
 * code of the section, so it serves as an industry prefix (a plan's scope, the industry picker).
 */
public final class IndustrySections {

	/** One section: its letter and name. */
	public record Section(String code, String name) {
	}

	public static final List<Section> ALL = List.of(new Section("A", "农、林、牧、渔业"), new Section("B", "采矿业"),
			new Section("C", "制造业"), new Section("D", "电力、热力、燃气及水生产和供应业"), new Section("E", "建筑业"),
			new Section("F", "批发和零售业"), new Section("G", "交通运输、仓储和邮政业"), new Section("H", "住宿和餐饮业"),
			new Section("I", "信息传输、软件和信息技术服务业"), new Section("J", "金融业"), new Section("K", "房地产业"),
			new Section("L", "租赁和商务服务业"), new Section("M", "科学研究和技术服务业"), new Section("N", "水利、环境和公共设施管理业"),
			new Section("O", "居民服务、修理和其他服务业"), new Section("P", "教育"), new Section("Q", "卫生和社会工作"),
			new Section("R", "文化、体育和娱乐业"), new Section("S", "公共管理、社会保障和社会组织"), new Section("T", "国际组织"));

	private IndustrySections() {
	}

	/** Sections whose letter or name contains the text (all for a blank text). */
	public static List<Section> matching(String text) {
		String t = text == null ? "" : text.strip();
		return ALL.stream().filter(s -> t.isEmpty() || s.code().equalsIgnoreCase(t) || s.name().contains(t)).toList();
	}

}
