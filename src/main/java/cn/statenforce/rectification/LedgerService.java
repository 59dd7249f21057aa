package cn.statenforce.rectification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.shared.AppClock;

/**
 * The ledger (整改台账): filtered rows, counts and progress, the XLSX export in the layout bureaus hand upward
 * (序号 per problem, merged 方面/问题 cells, 进展情况, 状态, 佐证材料 count) which imports back cleanly, and the import
 * template. Overdue is {@link OverdueRule} everywhere (rows, filter, counts, year-end figures). Without a plan
 * filter, drafts and discarded plans are left out: they never count.
 */
@Service
public class LedgerService {

	/** Columns of the export (and of the template, which leaves out the state columns). */
	public static final List<String> EXPORT_HEADERS = List.of("序号", "方面", "问题", "整改措施", "整改类别", "责任单位", "配合单位",
			"责任领导", "完成时限", "进展情况", "状态", "佐证材料（份）", "佐证要求");

	static final List<String> TEMPLATE_HEADERS = List.of("序号", "方面", "问题", "整改措施", "整改类别", "责任单位", "配合单位",
			"责任领导", "完成时限", "佐证要求");

	private static final List<Integer> WIDTHS = List.of(6, 18, 36, 40, 10, 16, 14, 10, 12, 30, 10, 10, 16);

	private final RectificationMapper mapper;

	private final RectificationAccess access;

	private final BureauService bureaus;

	LedgerService(RectificationMapper mapper, RectificationAccess access, BureauService bureaus) {
		this.mapper = mapper;
		this.access = access;
		this.bureaus = bureaus;
	}

	// reading

	/**
	 * 年度统计: the rectification figures of the bureaus for the calendar year, each by its own defining date
	 * (see {@link RectificationAnnualFigures}); drafts and discarded plans never count. The caller has checked the
	 * data scope.
	 */
	public RectificationAnnualFigures annualFigures(List<Long> bureauIds, int year) {
		if (bureauIds.isEmpty()) {
			return new RectificationAnnualFigures(year, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
		}
		LocalDate from = LocalDate.of(year, 1, 1);
		RectificationMapper.AnnualCounts c = mapper.selectAnnualCounts(bureauIds, from, from.plusYears(1), AppClock.today());
		return new RectificationAnnualFigures(year, c.plansReceived(), c.problems(), c.problemsClosed(), c.measures(),
				c.measuresSignedOff(), c.mechanisms(), c.overdueMeasures(), c.correctionsOpened(), c.corrected(),
				c.notCorrected());
	}

	public List<LedgerRow> rows(CurrentUser user, LedgerFilter filter) {
		if (filter.planId() != null) {
			access.readablePlan(user, filter.planId());
		}
		return mapper.selectLedger(bureaus.readableBureauIds(user), filter, RectificationAccess.ownerScope(user),
				AppClock.today());
	}

	public LedgerSummary summary(CurrentUser user, LedgerFilter filter) {
		return summarize(rows(user, filter));
	}

	public LedgerSummary summarize(List<LedgerRow> rows) {
		LocalDate today = AppClock.today();
		Map<Long, String> problems = new HashMap<>();
		rows.forEach(r -> problems.put(r.problemId(), r.problemStatus()));
		int mechanisms = rows.stream().map(LedgerRow::planId).distinct()
			.mapToInt(id -> mapper.selectMechanisms(id).size()).sum();
		return new LedgerSummary(problems.size(), (int) problems.values().stream().filter(Problem.CLOSED::equals).count(),
				rows.size(), count(rows, MeasureStatus.SIGNED_OFF), count(rows, MeasureStatus.SUBMITTED),
				(int) rows.stream().filter(r -> r.isOverdueOn(today)).count(), mechanisms);
	}

	private static int count(List<LedgerRow> rows, MeasureStatus status) {
		return (int) rows.stream().filter(r -> status.name().equals(r.status())).count();
	}

	/** Progress per problem (signed-off share of its measures), in ledger order. */
	public record ProblemProgress(Long planId, String planNumber, Long problemId, int seq, String aspectTitle,
			String description, boolean closed, int measures, int signedOff, int overdue) {

		public int percent() {
			return measures == 0 ? 0 : signedOff * 100 / measures;
		}

	}

	public List<ProblemProgress> problemProgress(List<LedgerRow> rows) {
		LocalDate today = AppClock.today();
		Map<Long, List<LedgerRow>> byProblem = rows.stream()
			.collect(Collectors.groupingBy(LedgerRow::problemId, LinkedHashMap::new, Collectors.toList()));
		return byProblem.values().stream().map(list -> {
			LedgerRow r = list.get(0);
			return new ProblemProgress(r.planId(), r.planNumber(), r.problemId(), r.problemSeq(), r.aspectTitle(),
					r.problemDescription(), Problem.CLOSED.equals(r.problemStatus()), list.size(),
					(int) list.stream().filter(x -> MeasureStatus.SIGNED_OFF.name().equals(x.status())).count(),
					(int) list.stream().filter(x -> x.isOverdueOn(today)).count());
		}).toList();
	}

	// export and template

	/**
	 * The ledger in the upward layout: a title row, the header row, one row per measure with 序号 (per problem), 方面
	 * and 问题 merged over their measures; 完成时限 an Excel date or 长期坚持; 进展情况, 状态 and the number of evidence
	 * files. Several plans: one block per plan, each headed by its title.
	 */
	public byte[] export(CurrentUser user, LedgerFilter filter) {
		List<LedgerRow> rows = rows(user, filter);
		Map<Long, List<LedgerRow>> byPlan = rows.stream()
			.collect(Collectors.groupingBy(LedgerRow::planId, LinkedHashMap::new, Collectors.toList()));
		LedgerWorkbook wb = new LedgerWorkbook("整改台账");
		String title = byPlan.size() == 1 ? ledgerTitle(rows.get(0).planTitle()) : "整改台账";
		wb.line(title, EXPORT_HEADERS.size(), true);
		wb.line("导出日期：" + AppClock.today() + "　措施" + rows.size() + "条", EXPORT_HEADERS.size(), false);
		wb.headers(EXPORT_HEADERS, WIDTHS);
		for (List<LedgerRow> plan : byPlan.values()) {
			if (byPlan.size() > 1) {
				wb.line("一、" + plan.get(0).planTitle() + "（" + plan.get(0).planNumber() + "）", EXPORT_HEADERS.size(), false);
			}
			writeBlock(wb, plan);
		}
		return wb.bytes();
	}

	private static String ledgerTitle(String planTitle) {
		return planTitle + (planTitle.endsWith("整改") ? "台账" : "整改台账");
	}

	private static void writeBlock(LedgerWorkbook wb, List<LedgerRow> rows) {
		Map<String, List<LedgerRow>> byAspect = rows.stream()
			.collect(Collectors.groupingBy(LedgerRow::aspectTitle, LinkedHashMap::new, Collectors.toList()));
		int problemNo = 0;
		for (List<LedgerRow> aspect : byAspect.values()) {
			int aspectFirst = -1;
			int aspectLast = -1;
			Map<Long, List<LedgerRow>> byProblem = aspect.stream()
				.collect(Collectors.groupingBy(LedgerRow::problemId, LinkedHashMap::new, Collectors.toList()));
			for (List<LedgerRow> problem : byProblem.values()) {
				problemNo++;
				int first = -1;
				int last = -1;
				for (LedgerRow r : problem) {
					last = wb.row(Arrays.asList(problemNo, r.aspectTitle(), r.problemDescription(), r.content(), r.categoryLabel(),
							r.ownerName(), r.coUnits(), r.leaderName(), r.deadline() == null ? "长期坚持" : r.deadline(),
							r.latestProgress(), r.statusLabel() + (r.isOverdueOn(AppClock.today()) ? "（逾期）" : ""),
							r.evidenceCount(), r.requiredEvidence()));
					first = first < 0 ? last : first;
				}
				wb.merge(0, first, last);
				wb.merge(2, first, last);
				aspectFirst = aspectFirst < 0 ? first : aspectFirst;
				aspectLast = last;
			}
			wb.merge(1, aspectFirst, aspectLast);
		}
	}

	/** The import template: our columns with a 填表说明 and example rows (a problem with two measures, a long-term one). */
	public byte[] template() {
		LedgerWorkbook wb = new LedgerWorkbook("问题清单");
		int cols = TEMPLATE_HEADERS.size();
		wb.line("巡察反馈问题整改清单", cols, true);
		wb.line("填表说明：1. 每行填一条整改措施；同一问题有多条措施时，“序号”“方面”“问题”可合并单元格，也可每行重复填写问题。\n"
				+ "2. 完成时限填日期（如 2024-09-30、2024年9月30日）或月份（如 2024年9月底，按月末计）；长期坚持的措施填“长期坚持”，立行立改的填“立行立改”或日期。\n"
				+ "3. 责任单位、责任领导填名称即可，不必有系统账号；目录中没有的名称，导入预览时可新建或对应到已有名称。\n"
				+ "4. 以下两条为示例，导入前请删除。", cols, false);
		wb.headers(TEMPLATE_HEADERS, WIDTHS.subList(0, cols));
		int a = wb.row(Arrays.asList(1, "落实防范和惩治统计造假责任方面", "（示例）统计数据质量审核把关不严，部分基层台账不健全",
				"（示例）建立基层统计台账月度抽查制度", "限期整改", "（示例）综合统计股", "（示例）各乡镇街道统计站", "（示例）分管副局长",
				LocalDate.of(AppClock.today().getYear(), 12, 31), "抽查记录、通报"));
		int b = wb.row(Arrays.asList(1, "落实防范和惩治统计造假责任方面", "（示例）统计数据质量审核把关不严，部分基层台账不健全",
				"（示例）修订统计数据审核办法并长期执行", "长期坚持", "（示例）综合统计股", null, "（示例）分管副局长", "长期坚持",
				"制度文本"));
		wb.merge(0, a, b);
		wb.merge(1, a, b);
		wb.merge(2, a, b);
		return wb.bytes();
	}

	/** Evidence counts of measures (for lists). */
	Map<Long, Integer> evidenceCounts(List<Long> measureIds) {
		Map<Long, Integer> counts = new HashMap<>();
		if (!measureIds.isEmpty()) {
			mapper.selectEvidence(measureIds).forEach(e -> counts.merge(e.measureId(), 1, Integer::sum));
		}
		return counts;
	}

	static List<String> headers() {
		return new ArrayList<>(EXPORT_HEADERS);
	}

}
