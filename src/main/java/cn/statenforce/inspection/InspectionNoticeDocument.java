package cn.statenforce.inspection;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import cn.statenforce.document.DocumentKind;
import cn.statenforce.document.RecordDocuments;
import cn.statenforce.organization.CurrentUser;

/**
 * The inspection's 统计执法检查通知书 (统计法 第三十八条), filled from the inspection: the unit, the inspection day, the
 * plan's check items, the two inspectors with their 执法证 numbers, the contact inspector. The 文号 is the one the
 * register issued when an inspector made the notice ({@link InspectionService#numberNotice}) or, failing that, when
 * its service was recorded ({@link InspectionService#serveNotice}); before either the number line stays blank.
 */
@Service
public class InspectionNoticeDocument {

	/** What the unit is asked to have ready (统计法 第三十五条, 实施条例 第三十九条). */
	static final String MATERIALS = "统计台账、原始记录、统计报表及与统计数据有关的财务会计资料等";

	private final InspectionService inspections;

	private final InspectionPlanService plans;

	private final InspectionRegisters registers;

	private final RecordDocuments documents;

	InspectionNoticeDocument(InspectionService inspections, InspectionPlanService plans, InspectionRegisters registers,
			RecordDocuments documents) {
		this.inspections = inspections;
		this.plans = plans;
		this.registers = registers;
		this.documents = documents;
	}

	/** The notice of an inspection the user may see (404 otherwise). */
	public RecordDocuments.Rendered notice(CurrentUser user, long inspectionId) {
		Inspection i = inspections.get(user, inspectionId);
		return documents.render(i.bureauId(), DocumentKind.INSPECTION_NOTICE, fields(i),
				i.noticeNumber() != null ? i.noticeNumber() : i.enterpriseName());
	}

	Map<String, Object> fields(Inspection i) {
		Map<String, Inspector> team = new HashMap<>();
		registers.inspectors(i.bureauId()).forEach(x -> team.put(x.username(), x));
		List<String> items = plans.items(i.planId()).stream().map(InspectionItem::title).toList();
		Map<String, Object> m = new HashMap<>();
		m.put("docNumber", i.noticeNumber() == null ? "" : i.noticeNumber());
		m.put("partyName", i.enterpriseName());
		m.put("creditCode", i.creditCode());
		LocalDate day = i.inspectedOn() != null ? i.inspectedOn() : i.plannedDate();
		m.put("inspectionDateText", day == null ? "　　年　　月　　日" : day.getYear() + "年" + day.getMonthValue() + "月"
				+ day.getDayOfMonth() + "日");
		m.put("inspectionScope", "执行统计法律法规的情况（检查事项：" + String.join("；", items) + "）");
		m.put("materials", MATERIALS);
		m.put("inspectorsText", List.of(i.inspector1(), i.inspector2()).stream()
			.map(u -> team.containsKey(u) ? team.get(u).displayName() + "（执法证号 " + team.get(u).certNumber() + "）" : u)
			.collect(Collectors.joining("、")));
		m.put("inspectorsNames", List.of(i.inspector1(), i.inspector2()).stream()
			.map(u -> team.containsKey(u) ? team.get(u).displayName() : u).collect(Collectors.joining("、")));
		m.put("contactName", team.containsKey(i.inspector1()) ? team.get(i.inspector1()).displayName() : i.inspector1());
		return m;
	}

}
