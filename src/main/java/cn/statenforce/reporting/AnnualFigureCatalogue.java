package cn.statenforce.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import cn.statenforce.inspection.InspectionAnnualFigures;
import cn.statenforce.inspection.PlanType;
import cn.statenforce.rectification.RectificationAnnualFigures;

/**
 * 年度统计的指标目录: every year-end figure with its key, label, unit, definition and the function that computes it,
 * in the order the report shows them. The page, the JSON ({@code /api/reports/annual}), the XLSX and any later
 * document read the figures only through here, so a figure is defined once.
 * <p>
 * Each figure counts records by their own defining date (filing, decision, on-site inspection, sign-off…). A penalty
 * is a decision of the bureau whichever way it was made: the 行政处罚 section adds the decisions on the spot made during
 * inspections (简易程序, counted by the inspection date) to those of the cases; 书面责令改正 adds the orders to correct
 * given at inspections to those decided in cases. The 专项 and 重点 checks are broken down by 检查专题 (rows
 * {@code inspection.special.topic.<CODE>}, {@code inspection.key.topic.<CODE>}, only for topics with units that year).
 */
public final class AnnualFigureCatalogue {

	public static final String INSPECTION = "执法检查";

	public static final String PENALTY = "行政处罚与责令改正";

	public static final String CASES = "执法案件";

	public static final String RECTIFICATION = "整改";

	public static final String SUPERVISION = "统计监督与法治宣传";

	/** The sections in report order. */
	public static final List<String> SECTIONS = List.of(INSPECTION, PENALTY, CASES, RECTIFICATION, SUPERVISION);

	/** Key prefix of a topic row under a plan type, e.g. {@code inspection.special.topic.} */
	static String topicPrefix(PlanType t) {
		return "inspection." + t.name().toLowerCase() + ".topic.";
	}

	private static final List<FigureDefinition> FIXED = fixed();

	private AnnualFigureCatalogue() {
	}

	/** The figures every report has, in report order (the topic rows, which depend on the year, are not among them). */
	public static List<FigureDefinition> fixedDefinitions() {
		return FIXED;
	}

	/** The fixed figure with this key. */
	public static Optional<FigureDefinition> definition(String key) {
		return FIXED.stream().filter(d -> d.key().equals(key)).findFirst();
	}

	/** Every figure of a report for these inputs: the fixed ones, each 专项/重点 line followed by its topics. */
	public static List<FigureDefinition> definitions(AnnualInputs inputs) {
		List<FigureDefinition> all = new ArrayList<>();
		for (FigureDefinition d : FIXED) {
			all.add(d);
			for (PlanType t : List.of(PlanType.SPECIAL, PlanType.KEY)) {
				if (d.key().equals(typeKey(t))) {
					inputs.inspection().unitsByTopic().stream().filter(u -> u.planType() == t)
						.forEach(u -> all.add(topicRow(t, u.topic(), u.topicLabel())));
				}
			}
		}
		return all;
	}

	/** The report's sections with every figure evaluated. */
	static List<AnnualReport.Section> evaluate(AnnualInputs inputs) {
		List<FigureDefinition> all = definitions(inputs);
		return SECTIONS.stream()
			.map(s -> new AnnualReport.Section(s, all.stream().filter(d -> d.section().equals(s)).map(d -> d.evaluate(inputs)).toList()))
			.toList();
	}

	private static String typeKey(PlanType t) {
		return "inspection." + t.name().toLowerCase();
	}

	private static FigureDefinition topicRow(PlanType t, String code, String label) {
		String key = topicPrefix(t) + code;
		boolean none = InspectionAnnualFigures.NO_TOPIC.equals(code);
		String what = t == PlanType.KEY ? "重点检查" : "专项检查";
		return new FigureDefinition(key, INSPECTION, (none ? "未注明专题的" : label) + what + "（家）", "家", typeKey(t),
				none ? "未注明检查专题的" + what + "计划下、现场检查日期在本年内的被检查单位数。"
						: "检查专题为“" + label + "”的" + what + "计划下、现场检查日期在本年内的被检查单位数（同一专题内同一单位只计一家）。",
				in -> in.inspection().unitsByTopic().stream()
					.filter(u -> u.planType() == t && u.topic().equals(code))
					.mapToLong(InspectionAnnualFigures.TopicUnits::units)
					.sum());
	}

	private static List<FigureDefinition> fixed() {
		List<FigureDefinition> l = new ArrayList<>();
		// --- 执法检查: each inspection by its on-site inspection date
		l.add(count("inspection.units", INSPECTION, "检查单位（家）", "家", null,
				"现场检查日期在本年内的被检查单位数，同一单位被多次检查只计一家。", i -> i.inspection().unitsInspected()));
		for (PlanType t : PlanType.values()) {
			l.add(count(typeKey(t), INSPECTION, "其中：" + t.label() + "（家）", "家", "inspection.units",
					t == PlanType.KEY ? "重点检查（计划指定检查对象，不随机抽取）计划下、现场检查日期在本年内的被检查单位数（同一单位只计一家）。"
							: "计划类型为“" + t.label() + "”（随机抽取检查对象）、现场检查日期在本年内的被检查单位数（同一计划类型内同一单位只计一家）。",
					i -> i.inspection().unitsByPlanType().getOrDefault(t, 0L)));
		}
		l.add(count("inspection.count", INSPECTION, "检查次数", "次", null, "现场检查日期在本年内的检查记录数（每个计划每家单位一条）。",
				i -> i.inspection().inspections()));
		l.add(count("inspection.unitsWithProblems", INSPECTION, "发现问题单位（家）", "家", null,
				"现场检查日期在本年内、检查发现问题（结果为责令改正、简易程序当场处罚或移交立案）的被检查单位数，同一单位只计一家。",
				i -> i.inspection().unitsWithProblems()));
		l.add(count("inspection.noProblem", INSPECTION, "未发现问题（次）", "次", null, "现场检查日期在本年内、检查结果为“未发现问题”的检查数。",
				i -> i.inspection().noProblem()));
		l.add(count("inspection.ordersToCorrect", INSPECTION, "检查中责令改正（次）", "次", null,
				"现场检查日期在本年内、检查结果为“责令改正”（情节轻微）的检查数。", i -> i.inspection().ordersToCorrect()));
		l.add(count("inspection.summary", INSPECTION, "检查中适用简易程序（次）", "次", null,
				"现场检查日期在本年内、检查结果为“简易程序”（当场处罚）的检查数。", i -> i.inspection().summaryProcedure()));
		l.add(count("inspection.handedOver", INSPECTION, "移交立案（次）", "次", null,
				"现场检查日期在本年内、已移交执法案件作为线索的检查数（含逾期未改正后移交）。", i -> i.inspection().handedOver()));

		// --- 行政处罚与责令改正: the bureau's decisions, from cases and from inspections
		l.add(count("penalty.decisions", PENALTY, "行政处罚决定（件）", "件", null,
				"决定日期在本年内的行政处罚决定数：案件作出的警告、警告并处罚款、通报批评，加上执法检查中当场作出的警告、罚款（当场处罚以现场检查日期为决定日期）。",
				i -> i.cases().warnings() + i.cases().warningsWithFine() + i.cases().circulations()
						+ i.inspection().summaryWarnings() + i.inspection().summaryFines()));
		l.add(count("penalty.warning", PENALTY, "其中：警告（件）", "件", "penalty.decisions",
				"决定日期在本年内、处罚为警告（不并处罚款）的决定数，含案件决定和执法检查中当场警告。",
				i -> i.cases().warnings() + i.inspection().summaryWarnings()));
		l.add(count("penalty.warningSummary", PENALTY, "其中：简易程序（件）", "件", "penalty.warning",
				"上一行中适用简易程序当场作出的警告数：案件中当场警告和执法检查中当场警告。",
				i -> i.cases().summaryWarnings() + i.inspection().summaryWarnings()));
		l.add(count("penalty.warningAndFine", PENALTY, "其中：警告并处罚款（件）", "件", "penalty.decisions",
				"决定日期在本年内、处罚为警告并处罚款的案件决定数。", i -> i.cases().warningsWithFine()));
		l.add(count("penalty.circulate", PENALTY, "其中：通报批评（件）", "件", "penalty.decisions",
				"决定日期在本年内、处罚为通报批评的案件决定数。", i -> i.cases().circulations()));
		l.add(count("penalty.fined", PENALTY, "罚款（件）", "件", null,
				"决定日期在本年内、处以罚款的决定数：案件中警告并处罚款的决定，加上执法检查中当场罚款的决定。",
				i -> i.cases().warningsWithFine() + i.inspection().summaryFines()));
		l.add(count("penalty.fineSummary", PENALTY, "其中：简易程序（件）", "件", "penalty.fined",
				"上一行中适用简易程序当场作出的罚款决定数：案件中当场警告并处罚款和执法检查中当场罚款。",
				i -> i.cases().summaryWarningsWithFine() + i.inspection().summaryFines()));
		l.add(new FigureDefinition("penalty.finesTotal", PENALTY, "罚款金额（元）", "元", null,
				"决定日期在本年内的罚款决定所定金额合计（决定金额，非实缴金额），含执法检查中当场罚款。",
				i -> i.cases().finesTotal().add(i.inspection().summaryFinesTotal())));
		l.add(count("order.total", PENALTY, "书面责令改正（家次）", "家次", null,
				"本年内发出的书面责令改正数：执法检查中责令改正（按现场检查日期）与案件决定中责令改正（按决定日期）之和，一次责令计一家次。",
				i -> i.inspection().writtenOrders() + i.cases().ordersToCorrect()));
		l.add(count("order.inspections", PENALTY, "其中：执法检查中责令改正（家次）", "家次", "order.total",
				"现场检查日期在本年内、检查结果为“责令改正”或当场处罚并责令改正的检查数。", i -> i.inspection().writtenOrders()));
		l.add(count("order.cases", PENALTY, "其中：案件决定责令改正（家次）", "家次", "order.total",
				"决定日期在本年内、决定同时责令当事人改正的案件数（含不予处罚但责令改正、简易程序当场责令改正）。",
				i -> i.cases().ordersToCorrect()));

		// --- 执法案件
		l.add(count("case.leads", CASES, "登记线索（件）", "件", null, "登记时间在本年内的案件线索数，无论其后是否立案。",
				i -> i.cases().leadsRegistered()));
		l.add(count("case.filed", CASES, "立案（普通程序）（件）", "件", null, "立案日期在本年内的普通程序案件数。", i -> i.cases().casesFiled()));
		l.add(count("case.noPenalty", CASES, "决定：不予行政处罚（件）", "件", null,
				"决定日期在本年内、决定不予行政处罚（违法行为轻微等）的案件数。", i -> i.cases().noPenalty()));
		l.add(count("case.notEstablished", CASES, "决定：违法事实不成立（件）", "件", null, "决定日期在本年内、认定违法事实不能成立的案件数。",
				i -> i.cases().notEstablished()));
		l.add(count("case.transfer", CASES, "决定：移送司法机关（件）", "件", null, "决定日期在本年内、决定移送司法机关的案件数。",
				i -> i.cases().transferred()));
		l.add(count("case.hearings", CASES, "举行听证（件）", "件", null, "听证日期在本年内且已举行听证的案件数。", i -> i.cases().hearingsHeld()));
		l.add(count("case.legalReviews", CASES, "法制审核（次）", "次", null, "审核意见登记时间在本年内的法制审核次数（通过与退回均计）。",
				i -> i.cases().legalReviews()));
		l.add(count("case.closed", CASES, "结案（件）", "件", null, "结案日期在本年内的案件数。", i -> i.cases().closed()));
		l.add(count("case.overdueOpen", CASES, "逾期未决（件）", "件", null, "立案日期在本年内、截至今日尚未作出决定且已超过办案期限的案件数。",
				i -> i.cases().overdueOpen()));

		// --- 整改
		l.add(count("rect.plans", RECTIFICATION, "收到反馈（次）", "次", null, "反馈日期在本年内的巡察、审计、督察等反馈问题整改数；不含草稿和已作废的整改。",
				i -> i.rectification().plansReceived()));
		l.add(count("rect.problems", RECTIFICATION, "反馈问题（个）", "个", null, "反馈日期在本年内的整改所列具体问题数；不含草稿和已作废的整改。",
				i -> i.rectification().problems()));
		l.add(count("rect.problemsClosed", RECTIFICATION, "完成整改问题（个）", "个", null,
				"整改完成日期在本年内、目前仍为已完成的反馈问题数（不论反馈年度；不含草稿和已作废的整改）。", i -> i.rectification().problemsClosed()));
		l.add(count("rect.measures", RECTIFICATION, "整改措施（条）", "条", null, "反馈日期在本年内的整改所列整改措施数；不含草稿和已作废的整改。",
				i -> i.rectification().measures()));
		l.add(count("rect.measuresSignedOff", RECTIFICATION, "已销号措施（条）", "条", null,
				"销号日期在本年内、目前仍为已销号的整改措施数（不论反馈年度；不含草稿和已作废的整改）。", i -> i.rectification().measuresSignedOff()));
		l.add(count("rect.mechanisms", RECTIFICATION, "长效机制（项）", "项", null, "建立日期在本年内的长效机制数；不含草稿和已作废的整改。",
				i -> i.rectification().mechanisms()));
		l.add(count("rect.overdueMeasures", RECTIFICATION, "逾期未销号措施（条）", "条", null,
				RectificationAnnualFigures.OVERDUE_DEFINITION, i -> i.rectification().overdueMeasures()));
		l.add(count("rect.corrections", RECTIFICATION, "责令改正跟踪（家次）", "家次", null,
				"本年交由整改跟踪的责令改正数（检查和案件合计，按交办日期）。", i -> i.rectification().correctionsOpened()));
		l.add(count("rect.corrected", RECTIFICATION, "复查已改正（家次）", "家次", null, "复查时间在本年内、复查结论为已改正的责令改正数。",
				i -> i.rectification().corrected()));
		l.add(count("rect.notCorrected", RECTIFICATION, "复查未改正（家次）", "家次", null, "复查时间在本年内、复查结论为未改正的责令改正数。",
				i -> i.rectification().notCorrected()));
		// --- 统计监督与法治宣传: the supervision registers, each by its own defining date
		l.add(count("supervision.interference", SUPERVISION, "领导干部干预统计工作记录（条）", "条", null,
				"干预发生日期在本年内的领导干部干预统计工作记录数（含补记）；没有记录的为零，即“记录为零”。",
				i -> i.supervision().interference().records()));
		l.add(count("supervision.interferenceLate", SUPERVISION, "其中：补记（条）", "条", "supervision.interference",
				"干预发生日期在本年内、在障碍消除后补记的干预记录数。", i -> i.supervision().interference().lateEntries()));
		l.add(count("supervision.interferenceReports", SUPERVISION, "干预记录定期报告（期）", "期", null,
				"报告期在本年内、已报送的干预记录定期报告期数（含零报告）。", i -> i.supervision().interference().reports()));
		l.add(count("supervision.interferenceZeroReports", SUPERVISION, "其中：零报告（期）", "期", "supervision.interferenceReports",
				"报告期在本年内、因本期无干预记录而作零报告的期数。", i -> i.supervision().interference().zeroReports()));
		l.add(count("supervision.transfers", SUPERVISION, "移送问题线索（件）", "件", null,
				"移送函发出日期在本年内的统计违纪违法问题线索移送件数。", i -> i.supervision().transfers().sent()));
		l.add(count("supervision.transfersDiscipline", SUPERVISION, "其中：移送纪检监察机关（件）", "件", "supervision.transfers",
				"移送函发出日期在本年内、移送纪检监察机关的件数。", i -> i.supervision().transfers().toDiscipline()));
		l.add(count("supervision.transfersJudicial", SUPERVISION, "其中：移送司法机关（件）", "件", "supervision.transfers",
				"移送函发出日期在本年内、移送司法机关的件数。", i -> i.supervision().transfers().toJudicial()));
		l.add(count("supervision.transferReplies", SUPERVISION, "收到书面回复（件）", "件", null,
				"回复日期在本年内登记的接收机关书面回复件数（不论移送年度）。", i -> i.supervision().transfers().replied()));
		l.add(count("supervision.transfersSanctioned", SUPERVISION, "其中：给予处分或处理（件）", "件", "supervision.transferReplies",
				"回复日期在本年内、回复已给予处分或处理的件数。", i -> i.supervision().transfers().sanctioned()));
		l.add(count("supervision.transfersOverdue", SUPERVISION, "逾期未回复（件）", "件", null,
				"移送函发出日期在本年内、截至今日已过回复期限仍未收到书面回复的件数。", i -> i.supervision().transfers().overdue()));
		l.add(count("supervision.complaints", SUPERVISION, "收到举报（件）", "件", null,
				"收到时间在本年内的举报件数（网上、电话、信函、来访等各渠道合计）。", i -> i.supervision().complaints().received()));
		l.add(count("supervision.complaintsOnline", SUPERVISION, "其中：网上举报（件）", "件", "supervision.complaints",
				"收到时间在本年内、通过网上举报页面提交的举报件数。", i -> i.supervision().complaints().receivedOnline()));
		l.add(count("supervision.complaintsAccepted", SUPERVISION, "受理举报（件）", "件", null,
				"受理的分办意见经领导审批同意的时间在本年内的举报件数。", i -> i.supervision().complaints().accepted()));
		l.add(count("supervision.complaintsClosed", SUPERVISION, "办结举报（件）", "件", null,
				"办结时间在本年内的举报件数（含核查办结、转有关部门和不属于受理范围）。", i -> i.supervision().complaints().closed()));
		l.add(count("supervision.complaintLeads", SUPERVISION, "其中：转为案件线索（件）", "件", "supervision.complaintsClosed",
				"办结时间在本年内、核查后转为执法案件线索的举报件数。", i -> i.supervision().complaints().leads()));
		l.add(count("supervision.creditIdentified", SUPERVISION, "认定统计严重失信企业（家）", "家", null,
				"认定审批日期在本年内、认定为统计严重失信企业并公示的记录数。", i -> i.supervision().credit().identified()));
		l.add(count("supervision.creditRepaired", SUPERVISION, "信用修复提前移出（家）", "家", null,
				"移出日期在本年内、经信用修复提前移出严重失信名单的记录数。", i -> i.supervision().credit().repaired()));
		l.add(count("supervision.creditRevoked", SUPERVISION, "认定依据撤销移出（家）", "家", null,
				"移出日期在本年内、因处罚决定被撤销而移出严重失信名单的记录数。", i -> i.supervision().credit().revoked()));
		l.add(count("supervision.creditExpired", SUPERVISION, "公示期满移出（家）", "家", null,
				"移出日期在本年内、公示期满移出严重失信名单的记录数。", i -> i.supervision().credit().expired()));
		l.add(count("supervision.creditCommitments", SUPERVISION, "签订信用承诺书（份）", "份", null,
				"签署日期在本年内登记的信用承诺书份数（含信用修复承诺书）。", i -> i.supervision().credit().commitments()));
		l.add(count("supervision.trainings", SUPERVISION, "执法培训（次）", "次", null, "活动日期在本年内的执法培训次数。",
				i -> i.supervision().trainings().trainings()));
		l.add(count("supervision.trainees", SUPERVISION, "培训人次", "人次", null, "活动日期在本年内的执法培训参训人次合计。",
				i -> i.supervision().trainings().trainees()));
		l.add(count("supervision.publicity", SUPERVISION, "普法宣传活动（场）", "场", null, "活动日期在本年内的普法宣传活动场次。",
				i -> i.supervision().trainings().publicity()));
		l.add(count("supervision.reached", SUPERVISION, "普法宣传覆盖人次", "人次", null, "活动日期在本年内的普法宣传活动覆盖人次合计。",
				i -> i.supervision().trainings().reached()));
		l.add(count("supervision.certifiedInspectors", SUPERVISION, "持证执法人员（人）", "人", null,
				"本年12月31日持有有效统计执法证（有效期含当日）的在用执法人员人数。", i -> i.supervision().certifiedInspectors()));
		assertUnique(l);
		return List.copyOf(l);
	}

	private static FigureDefinition count(String key, String section, String label, String unit, String parent,
			String definition, ToLongFunction<AnnualInputs> value) {
		Function<AnnualInputs, Number> boxed = in -> value.applyAsLong(in);
		return new FigureDefinition(key, section, label, unit, parent, definition, boxed);
	}

	private static void assertUnique(List<FigureDefinition> l) {
		Map<String, Long> keys = l.stream()
			.collect(java.util.stream.Collectors.groupingBy(FigureDefinition::key, java.util.stream.Collectors.counting()));
		keys.forEach((k, n) -> {
			if (n > 1) {
				throw new IllegalStateException("figure key defined twice: " + k);
			}
		});
	}

}
