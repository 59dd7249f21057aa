package cn.statenforce.reporting;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.enforcementcase.CaseAnnualFigures;
import cn.statenforce.enforcementcase.CaseQueryService;
import cn.statenforce.inspection.InspectionAnnualFigures;
import cn.statenforce.inspection.InspectionService;
import cn.statenforce.inspection.PlanType;
import cn.statenforce.organization.Bureau;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.Role;
import cn.statenforce.rectification.LedgerService;
import cn.statenforce.rectification.RectificationAnnualFigures;
import cn.statenforce.reporting.AnnualReport.Figure;
import cn.statenforce.reporting.AnnualReport.Section;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.shared.Xlsx;

/**
 * 年度统计: what a bureau reports at year end, from the records rather than a spreadsheet. Each figure comes
 * from the capability that owns the records ({@link InspectionService#annualFigures},
 * {@link CaseQueryService#annualFigures}, {@link LedgerService#annualFigures}) and is counted in the year of
 * its defining date; the definitions shown with the figures are the ones below. Leaders, directors,
 * administrators and legal reviewers read the figures of their bureau and, in an upper bureau, of any bureau
 * below it or of the whole subtree; another bureau answers 404.
 */
@Service
public class AnnualReportService {

	/** The first year the system can hold records for (《统计法》 enforcement records before it are on paper). */
	static final int FIRST_YEAR = 2000;

	static final String WHAT = "统计局";

	private final BureauService bureaus;

	private final InspectionService inspections;

	private final CaseQueryService cases;

	private final LedgerService rectification;

	AnnualReportService(BureauService bureaus, InspectionService inspections, CaseQueryService cases,
			LedgerService rectification) {
		this.bureaus = bureaus;
		this.inspections = inspections;
		this.cases = cases;
		this.rectification = rectification;
	}

	/** Whether the user may read annual figures at all (the navigation entry shows the same roles). */
	public static boolean mayRead(CurrentUser user) {
		return user.hasAnyRole(Role.LEADER, Role.DIRECTOR, Role.ADMIN, Role.LEGAL_REVIEWER);
	}

	/**
	 * The figures of {@code year} for the chosen bureau and every bureau below it.
	 *
	 * @param bureauId the bureau chosen, or null for the user's own bureau (and so its whole subtree)
	 */
	@Transactional(readOnly = true)
	public AnnualReport report(CurrentUser user, int year, Long bureauId) {
		if (!mayRead(user)) {
			throw new ForbiddenException("只有局领导、主要负责人、法制审核人员和系统管理员可以查看年度统计");
		}
		if (year < FIRST_YEAR || year > AppClock.today().getYear()) {
			throw new BadRequestException("year", "年度应在 " + FIRST_YEAR + " 至 " + AppClock.today().getYear() + " 之间");
		}
		long chosenId = bureauId == null ? user.bureauId() : bureauId;
		bureaus.ensureReadable(user, chosenId, WHAT);
		Bureau chosen = bureaus.bureau(chosenId);
		List<Bureau> subtree = bureaus.bureaus().stream().filter(chosen::isAncestorOrSelf)
			.sorted((a, b) -> a.id().equals(chosenId) ? -1 : b.id().equals(chosenId) ? 1 : a.regionCode().compareTo(b.regionCode()))
			.toList();
		List<Long> ids = subtree.stream().map(Bureau::id).toList();
		return new AnnualReport(year, chosenId, chosen.name(), subtree.stream().map(Bureau::name).toList(),
				List.of(inspectionSection(inspections.annualFigures(ids, year)), caseSection(cases.annualFigures(ids, year)),
						rectificationSection(rectification.annualFigures(ids, year))));
	}

	/** The figures as a one-sheet XLSX: 类别, 项目, 数值, 统计口径. */
	public byte[] xlsx(AnnualReport report) {
		List<List<?>> rows = new ArrayList<>();
		for (Section s : report.sections()) {
			for (Figure f : s.figures()) {
				rows.add(List.of(s.title(), f.label(), f.value(), f.definition()));
			}
		}
		return Xlsx.write(report.year() + "年度统计", List.of("类别", "项目", "数值", "统计口径"), rows);
	}

	private static Section inspectionSection(InspectionAnnualFigures f) {
		List<Figure> list = new ArrayList<>();
		list.add(new Figure("inspection.units", "检查单位（家）", f.unitsInspected(),
				"现场检查日期在本年内的被检查单位数，同一单位被多次检查只计一家。"));
		for (PlanType t : PlanType.values()) {
			list.add(new Figure("inspection." + t.name().toLowerCase(), "其中：" + t.label() + "（家）",
					f.unitsByPlanType().get(t), "计划类型为“" + t.label() + "”、现场检查日期在本年内的被检查单位数（同一计划类型内同一单位只计一家）。"));
		}
		list.add(new Figure("inspection.count", "检查次数", f.inspections(), "现场检查日期在本年内的检查记录数（每个计划每家单位一条）。"));
		list.add(new Figure("inspection.noProblem", "未发现问题", f.noProblem(), "现场检查日期在本年内、检查结果为“未发现问题”的检查数。"));
		list.add(new Figure("inspection.ordersToCorrect", "检查中责令改正", f.ordersToCorrect(),
				"现场检查日期在本年内、检查结果为“责令改正”（情节轻微）的检查数。"));
		list.add(new Figure("inspection.summary", "检查中适用简易程序", f.summaryProcedure(),
				"现场检查日期在本年内、检查结果为“简易程序”（当场处罚）的检查数。"));
		list.add(new Figure("inspection.handedOver", "移交立案", f.handedOver(),
				"现场检查日期在本年内、已移交执法案件作为线索的检查数（含逾期未改正后移交）。"));
		return new Section("执法检查", list);
	}

	private static Section caseSection(CaseAnnualFigures f) {
		return new Section("执法案件", List.of(
				new Figure("case.leads", "登记线索", f.leadsRegistered(), "登记时间在本年内的案件线索数，无论其后是否立案。"),
				new Figure("case.filed", "立案（普通程序）", f.casesFiled(), "立案日期在本年内的普通程序案件数。"),
				new Figure("case.warning", "决定：警告", f.warnings(), "决定日期在本年内、处罚决定为警告（不并处罚款）的案件数，含简易程序。"),
				new Figure("case.warningAndFine", "决定：警告并处罚款", f.warningsWithFine(), "决定日期在本年内、处罚决定为警告并处罚款的案件数。"),
				new Figure("case.circulate", "决定：通报批评", f.circulations(), "决定日期在本年内、处罚决定为通报批评的案件数。"),
				new Figure("case.noPenalty", "决定：不予行政处罚", f.noPenalty(), "决定日期在本年内、决定不予行政处罚（违法行为轻微）的案件数。"),
				new Figure("case.notEstablished", "决定：违法事实不成立", f.notEstablished(), "决定日期在本年内、认定违法事实不能成立的案件数。"),
				new Figure("case.transfer", "决定：移送司法机关", f.transferred(), "决定日期在本年内、决定移送司法机关的案件数。"),
				new Figure("case.summaryWarning", "其中：简易程序警告", f.summaryWarnings(), "决定日期在本年内、适用简易程序当场给予警告的案件数（已计入“决定：警告”）。"),
				new Figure("case.finesTotal", "罚款金额（元）", f.finesTotal(), "决定日期在本年内的处罚决定所定罚款金额合计（决定金额，非实缴金额）。"),
				new Figure("case.ordersToCorrect", "书面责令改正", f.ordersToCorrect(), "决定日期在本年内、同时责令当事人改正的案件数。"),
				new Figure("case.hearings", "举行听证", f.hearingsHeld(), "听证日期在本年内且已举行听证的案件数。"),
				new Figure("case.legalReviews", "法制审核", f.legalReviews(), "审核意见登记时间在本年内的法制审核次数（通过与退回均计）。"),
				new Figure("case.closed", "结案", f.closed(), "结案日期在本年内的案件数。"),
				new Figure("case.overdueOpen", "逾期未决", f.overdueOpen(), "立案日期在本年内、截至今日尚未作出决定且已超过办案期限的案件数。")));
	}

	private static Section rectificationSection(RectificationAnnualFigures f) {
		return new Section("整改", List.of(
				new Figure("rect.plans", "收到反馈", f.plansReceived(), "反馈日期在本年内的巡察、审计、督察等反馈问题整改数。"),
				new Figure("rect.problems", "反馈问题（个）", f.problems(), "反馈日期在本年内的整改所列具体问题数。"),
				new Figure("rect.problemsClosed", "完成整改问题（个）", f.problemsClosed(), "整改完成日期在本年内、目前仍为已完成的反馈问题数（不论反馈年度）。"),
				new Figure("rect.measures", "整改措施（条）", f.measures(), "反馈日期在本年内的整改所列整改措施数。"),
				new Figure("rect.measuresSignedOff", "已销号措施（条）", f.measuresSignedOff(), "销号日期在本年内、目前仍为已销号的整改措施数（不论反馈年度）。"),
				new Figure("rect.mechanisms", "长效机制（项）", f.mechanisms(), "建立日期在本年内的长效机制数。"),
				new Figure("rect.overdueMeasures", "逾期未销号措施（条）", f.overdueMeasures(), RectificationAnnualFigures.OVERDUE_DEFINITION),
				new Figure("rect.corrections", "责令改正跟踪（家次）", f.correctionsOpened(), "本年交由整改跟踪的责令改正数（检查和案件合计，按交办日期）。"),
				new Figure("rect.corrected", "复查已改正", f.corrected(), "复查时间在本年内、复查结论为已改正的责令改正数。"),
				new Figure("rect.notCorrected", "复查未改正", f.notCorrected(), "复查时间在本年内、复查结论为未改正的责令改正数。")));
	}

}
