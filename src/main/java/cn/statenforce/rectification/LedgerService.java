package cn.statenforce.rectification;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.activity.ActivityLog;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.Xlsx;

/**
 * The ledger (整改台账): filtered rows, counts and progress, the XLSX export in the columns bureaus hand upward
 * (序号, 问题, 整改措施, 责任单位, 责任领导, 完成时限, 进展情况, 状态, 佐证材料, then 方面, 整改类别, 佐证要求), and the
 * import of a problem/measure list in the same columns. An import is all or nothing: any bad row returns a
 * row-level error report and writes nothing; an exported ledger imports cleanly.
 */
@Service
public class LedgerService {

	public static final List<String> EXPORT_HEADERS = List.of("序号", "问题", "整改措施", "责任单位", "责任领导", "完成时限",
			"进展情况", "状态", "佐证材料", "方面", "整改类别", "佐证要求");

	static final List<String> REQUIRED_HEADERS = List.of("问题", "整改措施", "责任单位", "责任领导", "完成时限");

	static final String DEFAULT_ASPECT = "反馈问题";

	private static final Map<String, String> FIELD_COLUMNS = Map.of("content", "整改措施", "owner", "责任单位", "leader",
			"责任领导", "deadline", "完成时限", "category", "整改类别");

	private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ofPattern("yyyy-M-d"),
			DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy.M.d"),
			DateTimeFormatter.ofPattern("yyyy年M月d日"));

	private final RectificationMapper mapper;

	private final RectificationAccess access;

	private final RectificationService plans;

	private final BureauService bureaus;

	private final ActivityLog activity;

	LedgerService(RectificationMapper mapper, RectificationAccess access, RectificationService plans,
			BureauService bureaus, ActivityLog activity) {
		this.mapper = mapper;
		this.access = access;
		this.plans = plans;
		this.bureaus = bureaus;
		this.activity = activity;
	}

	// reading

	/**
	 * 年度统计: the rectification figures of the bureaus for the calendar year, each by its own defining date
	 * (see {@link RectificationAnnualFigures}). The caller has checked the data scope.
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

	// export

	public byte[] export(CurrentUser user, LedgerFilter filter) {
		List<LedgerRow> rows = rows(user, filter);
		Map<Long, String> evidence = rows.isEmpty() ? Map.of()
				: mapper.selectEvidence(rows.stream().map(LedgerRow::measureId).toList()).stream()
					.collect(Collectors.groupingBy(Evidence::measureId, Collectors.mapping(Evidence::fileName, Collectors.joining("；"))));
		List<List<?>> data = new ArrayList<>();
		int n = 1;
		for (LedgerRow r : rows) {
			data.add(java.util.Arrays.asList(n++, r.problemDescription(), r.content(), r.ownerName(),
					r.leaderName(), r.deadline(), r.latestProgress(), r.statusLabel(), evidence.get(r.measureId()),
					r.aspectTitle(), r.categoryLabel(), r.requiredEvidence()));
		}
		return Xlsx.write("整改台账", EXPORT_HEADERS, data);
	}

	// import

	/** One bad cell or row of an imported file; {@code row} is the spreadsheet's row number (header = 1). */
	public record ImportError(int row, String column, String message) {
	}

	/** What an import did, or (with errors) why it did nothing. */
	public record ImportResult(int aspects, int problems, int measures, List<ImportError> errors) {

		public boolean ok() {
			return errors.isEmpty();
		}

	}

	record ParsedRow(int row, String aspect, String problem, MeasureCommand measure) {
	}

	/** Imports a problem/measure list into a plan being drawn up; all rows or none. */
	@Transactional
	public ImportResult importInto(CurrentUser user, long planId, byte[] file) {
		Plan plan = plans.draftingPlan(user, planId);
		List<ImportError> errors = new ArrayList<>();
		List<ParsedRow> parsed = parse(file, errors);
		List<RectificationService.ValidMeasure> valid = new ArrayList<>();
		for (ParsedRow r : parsed) {
			try {
				valid.add(plans.validMeasure(plan, r.measure()));
			}
			catch (BadRequestException e) {
				errors.add(new ImportError(r.row(), FIELD_COLUMNS.getOrDefault(e.field(), ""), e.getMessage()));
			}
		}
		if (errors.isEmpty() && parsed.isEmpty()) {
			errors.add(new ImportError(2, "", "文件中没有整改措施"));
		}
		if (!errors.isEmpty()) {
			errors.sort(java.util.Comparator.comparingInt(ImportError::row));
			return new ImportResult(0, 0, 0, errors);
		}
		return write(plan, parsed, valid);
	}

	private ImportResult write(Plan plan, List<ParsedRow> parsed, List<RectificationService.ValidMeasure> valid) {
		Map<String, Aspect> aspects = new LinkedHashMap<>();
		mapper.selectAspects(plan.id()).forEach(a -> aspects.put(a.title(), a));
		Map<String, Problem> problems = new HashMap<>();
		int newAspects = 0;
		int newProblems = 0;
		for (int i = 0; i < parsed.size(); i++) {
			ParsedRow r = parsed.get(i);
			Aspect a = aspects.get(r.aspect());
			if (a == null) {
				a = plans.insertAspect(plan.id(), r.aspect());
				aspects.put(r.aspect(), a);
				newAspects++;
			}
			String key = a.id() + "|" + r.problem();
			Problem p = problems.get(key);
			if (p == null) {
				p = plans.insertProblem(plan.id(), a.id(), r.problem());
				problems.put(key, p);
				newProblems++;
			}
			plans.insertMeasure(plan, p.id(), valid.get(i));
		}
		activity.record(plan.bureauId(), RectificationService.SUBJECT_PLAN, plan.id(), "LEDGER_IMPORTED", null,
				"导入" + newAspects + "个方面、" + newProblems + "个问题、" + parsed.size() + "条措施");
		return new ImportResult(newAspects, newProblems, parsed.size(), List.of());
	}

	private List<ParsedRow> parse(byte[] file, List<ImportError> errors) {
		try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(file))) {
			Sheet sheet = wb.getSheetAt(0);
			Map<String, Integer> columns = headerColumns(sheet.getRow(sheet.getFirstRowNum()));
			List<String> missing = REQUIRED_HEADERS.stream().filter(h -> !columns.containsKey(h)).toList();
			if (!missing.isEmpty()) {
				errors.add(new ImportError(1, String.join("、", missing), "表头缺少必填列：" + String.join("、", missing)));
				return List.of();
			}
			List<ParsedRow> rows = new ArrayList<>();
			for (int i = sheet.getFirstRowNum() + 1; i <= sheet.getLastRowNum(); i++) {
				Row row = sheet.getRow(i);
				if (row == null || isBlank(row, columns)) {
					continue;
				}
				parseRow(row, columns, errors).ifPresent(rows::add);
			}
			return rows;
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof BadRequestException b) {
				throw b;
			}
			errors.add(new ImportError(1, "", "无法读取文件，请上传 Excel（.xlsx）文件"));
			return List.of();
		}
	}

	private java.util.Optional<ParsedRow> parseRow(Row row, Map<String, Integer> columns, List<ImportError> errors) {
		int rowNo = row.getRowNum() + 1;
		String problem = text(row, columns.get("问题"));
		if (problem == null) {
			errors.add(new ImportError(rowNo, "问题", "问题不能为空"));
			return java.util.Optional.empty();
		}
		LocalDate deadline;
		try {
			deadline = date(row.getCell(columns.get("完成时限")));
		}
		catch (DateTimeParseException e) {
			errors.add(new ImportError(rowNo, "完成时限", "完成时限不是有效日期：" + text(row, columns.get("完成时限"))));
			return java.util.Optional.empty();
		}
		String aspect = text(row, columns.get("方面"));
		String category = columns.containsKey("整改类别") ? text(row, columns.get("整改类别")) : text(row, columns.get("类别"));
		String evidence = columns.containsKey("佐证要求") ? text(row, columns.get("佐证要求")) : text(row, columns.get("佐证材料要求"));
		return java.util.Optional.of(new ParsedRow(rowNo, aspect == null ? DEFAULT_ASPECT : aspect, problem,
				new MeasureCommand(text(row, columns.get("整改措施")), text(row, columns.get("责任单位")),
						text(row, columns.get("责任领导")), deadline, category, evidence)));
	}

	private static Map<String, Integer> headerColumns(Row header) {
		Map<String, Integer> columns = new HashMap<>();
		if (header == null) {
			return columns;
		}
		DataFormatter f = new DataFormatter();
		for (Cell c : header) {
			String name = f.formatCellValue(c).trim();
			if (!name.isEmpty()) {
				columns.putIfAbsent(name, c.getColumnIndex());
			}
		}
		return columns;
	}

	private static boolean isBlank(Row row, Map<String, Integer> columns) {
		return Set.copyOf(columns.values()).stream().allMatch(i -> text(row, i) == null);
	}

	private static String text(Row row, Integer column) {
		if (column == null) {
			return null;
		}
		Cell c = row.getCell(column);
		if (c == null) {
			return null;
		}
		String s = new DataFormatter().formatCellValue(c).trim();
		return s.isEmpty() ? null : s;
	}

	private static LocalDate date(Cell c) {
		if (c == null) {
			return null;
		}
		if (c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
			return c.getDateCellValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
		}
		String s = new DataFormatter().formatCellValue(c).trim();
		if (s.isEmpty()) {
			return null;
		}
		for (DateTimeFormatter f : DATE_FORMATS) {
			try {
				return LocalDate.parse(s, f);
			}
			catch (DateTimeParseException ignored) {
				// try the next format
			}
		}
		throw new DateTimeParseException("无效日期", s, 0);
	}

}
