package cn.statenforce.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import cn.statenforce.inspection.InspectionAnnualFigures;
import cn.statenforce.inspection.PlanType;

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

	/** The sections in report order. */
	public static final List<String> SECTIONS = List.of(INSPECTION, PENALTY, CASES, RECTIFICATION);

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
				i -> i.inspection().ordersToCorrect() + i.cases().ordersToCorrect()));
		l.add(count("order.inspections", PENALTY, "其中：执法检查中责令改正（家次）", "家次", "order.total",
				"现场检查日期在本年内、检查结果为“责令改正”的检查数。", i -> i.inspection().ordersToCorrect()));
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
		l.add(count("rect.plans", RECTIFICATION, "收到反馈（次）", "次", null, "反馈日期在本年内的巡察、审计、督察等反馈问题整改数。",
				i -> i.rectification().plansReceived()));
		l.add(count("rect.problems", RECTIFICATION, "反馈问题（个）", "个", null, "反馈日期在本年内的整改所列具体问题数。",
				i -> i.rectification().problems()));
		l.add(count("rect.problemsClosed", RECTIFICATION, "完成整改问题（个）", "个", null,
				"整改完成日期在本年内、目前仍为已完成的反馈问题数（不论反馈年度）。", i -> i.rectification().problemsClosed()));
		l.add(count("rect.measures", RECTIFICATION, "整改措施（条）", "条", null, "反馈日期在本年内的整改所列整改措施数。",
				i -> i.rectification().measures()));
		l.add(count("rect.measuresSignedOff", RECTIFICATION, "已销号措施（条）", "条", null,
				"销号日期在本年内、目前仍为已销号的整改措施数（不论反馈年度）。", i -> i.rectification().measuresSignedOff()));
		l.add(count("rect.mechanisms", RECTIFICATION, "长效机制（项）", "项", null, "建立日期在本年内的长效机制数。",
				i -> i.rectification().mechanisms()));
		l.add(count("rect.overdueMeasures", RECTIFICATION, "逾期未销号措施（条）", "条", null,
				"完成时限在本年内、截至今日已过时限仍未销号的整改措施数。", i -> i.rectification().overdueMeasures()));
		l.add(count("rect.corrections", RECTIFICATION, "责令改正跟踪（家次）", "家次", null,
				"本年交由整改跟踪的责令改正数（检查和案件合计，按交办日期）。", i -> i.rectification().correctionsOpened()));
		l.add(count("rect.corrected", RECTIFICATION, "复查已改正（家次）", "家次", null, "复查时间在本年内、复查结论为已改正的责令改正数。",
				i -> i.rectification().corrected()));
		l.add(count("rect.notCorrected", RECTIFICATION, "复查未改正（家次）", "家次", null, "复查时间在本年内、复查结论为未改正的责令改正数。",
				i -> i.rectification().notCorrected()));
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
