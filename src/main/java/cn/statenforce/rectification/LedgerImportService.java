package cn.statenforce.rectification;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.activity.ActivityLog;
import cn.statenforce.audit.AuditActor;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.shared.BadRequestException;

/**
 * Imports a problem list (问题清单/任务清单/责任清单) into a plan being drawn up, as the inspection team sends it:
 * the header row is found below titles and notes, header variants are recognised and unknown columns can be mapped,
 * merged cells fill down, several measure rows under one problem (or a problem repeated on the next rows) make one
 * problem, deadlines may be dates, months or a category (长期坚持 has none), and units and leaders are names of the
 * bureau's directory (an unknown name is created or mapped, never an error). {@link #preview} writes nothing;
 * {@link #commit} writes exactly what the preview showed, all or nothing, and adds only measures the plan does not
 * hold yet (aspect, problem and measure text), so importing the same file twice adds nothing.
 */
@Service
public class LedgerImportService {

	static final String DEFAULT_ASPECT = "反馈问题";

	private final RectificationMapper mapper;

	private final RectificationService plans;

	private final ResponsibleDirectory directory;

	private final RectificationProperties properties;

	private final ActivityLog activity;

	LedgerImportService(RectificationMapper mapper, RectificationService plans, ResponsibleDirectory directory,
			RectificationProperties properties, ActivityLog activity) {
		this.mapper = mapper;
		this.plans = plans;
		this.directory = directory;
		this.properties = properties;
		this.activity = activity;
	}

	/** A unit or leader name of the sheet mapped to a directory entry, or (responsibleId null) created as one. */
	public record Decision(ResponsibleKind kind, String name, Long responsibleId) {
	}

	/** What a commit did, or (with errors) why it did nothing. */
	public record ImportResult(int aspects, int problems, int measures, int skipped, List<ImportPreview.Issue> errors,
			List<ImportPreview.Issue> warnings) {

		public boolean ok() {
			return errors.isEmpty();
		}

	}

	/** What the import would do; nothing is written. */
	public ImportPreview preview(CurrentUser user, long planId, String fileName, byte[] file, Map<Integer, ImportColumn> mapping,
			List<Decision> decisions) {
		Plan plan = plans.draftingPlan(user, planId);
		return analyse(plan, fileName, file, mapping, decisions).preview;
	}

	/** Writes what the preview shows, or nothing when it has an error. */
	@Transactional
	public ImportResult commit(CurrentUser user, long planId, String fileName, byte[] file, Map<Integer, ImportColumn> mapping,
			List<Decision> decisions) {
		Plan plan = plans.draftingPlan(user, planId);
		Analysis a = analyse(plan, fileName, file, mapping, decisions);
		if (!a.preview.ok()) {
			return new ImportResult(0, 0, 0, 0, a.preview.errors(), a.preview.warnings());
		}
		Map<String, Aspect> aspects = new LinkedHashMap<>();
		mapper.selectAspects(plan.id()).forEach(x -> aspects.putIfAbsent(key(x.title()), x));
		Map<String, Problem> problems = new HashMap<>();
		Map<Long, String> aspectTitles = new HashMap<>();
		aspects.values().forEach(x -> aspectTitles.put(x.id(), x.title()));
		mapper.selectProblems(plan.id()).forEach(p -> problems.putIfAbsent(key(aspectTitles.get(p.aspectId()), p.description()), p));
		Map<String, Responsible> entries = new HashMap<>();
		int newAspects = 0;
		int newProblems = 0;
		int newMeasures = 0;
		for (Parsed r : a.parsed) {
			if (!"NEW".equals(r.state)) {
				continue;
			}
			Aspect aspect = aspects.get(key(r.aspect));
			if (aspect == null) {
				aspect = plans.insertAspect(plan.id(), r.aspect);
				aspects.put(key(r.aspect), aspect);
				newAspects++;
			}
			String pk = key(r.aspect, r.problem);
			Problem problem = problems.get(pk);
			if (problem == null) {
				problem = plans.insertProblem(plan.id(), aspect.id(), r.problem);
				problems.put(pk, problem);
				newProblems++;
			}
			Responsible owner = entry(plan, user, ResponsibleKind.UNIT, r.unit, a.decisions, entries);
			Responsible leader = entry(plan, user, ResponsibleKind.LEADER, r.leader, a.decisions, entries);
			plans.insertMeasure(plan, problem.id(), new RectificationService.MeasureInput(r.measure, r.coUnits, r.deadline,
					r.category, r.evidence), owner, leader);
			newMeasures++;
		}
		int skipped = (int) a.parsed.stream().filter(r -> !"NEW".equals(r.state)).count();
		activity.record(AuditActor.user(user), plan.bureauId(), RectificationService.SUBJECT_PLAN, plan.id(), "LEDGER_IMPORTED", null,
				(fileName == null ? "" : fileName + "：") + "导入" + newAspects + "个方面、" + newProblems + "个问题、" + newMeasures
						+ "条措施" + (skipped > 0 ? "，" + skipped + "行已在方案中或重复，未重复导入" : ""));
		return new ImportResult(newAspects, newProblems, newMeasures, skipped, List.of(), a.preview.warnings());
	}

	private Responsible entry(Plan plan, CurrentUser user, ResponsibleKind kind, String name, Map<String, Decision> decisions,
			Map<String, Responsible> done) {
		return done.computeIfAbsent(kind + "|" + name, k -> {
			ResponsibleDirectory.Resolution res = directory.resolve(plan.bureauId(), kind, name);
			if (res.unknown()) {
				Decision d = decisions.get(kind + "|" + name);
				if (d != null && d.responsibleId() != null) {
					Responsible target = directory.entry(d.responsibleId());
					directory.learnAlias(target, name);
					return target;
				}
			}
			return directory.ensure(plan.bureauId(), kind, res, name, user);
		});
	}

	// analysis

	private static final class Parsed {

		int row;
		String aspect;
		String problem;
		String measure;
		String unit;
		String coUnits;
		String leader;
		LocalDate deadline;
		Category category;
		String evidence;
		String state;

	}

	private record Analysis(ImportPreview preview, List<Parsed> parsed, Map<String, Decision> decisions) {
	}

	private Analysis analyse(Plan plan, String fileName, byte[] file, Map<Integer, ImportColumn> mapping,
			List<Decision> decisionList) {
		List<ImportPreview.Issue> errors = new ArrayList<>();
		List<ImportPreview.Issue> warnings = new ArrayList<>();
		Map<String, Decision> decisions = new HashMap<>();
		if (decisionList != null) {
			decisionList.forEach(d -> decisions.put(d.kind() + "|" + ResponsibleDirectory.normalize(d.name()), d));
		}
		if (file == null || file.length == 0) {
			throw new BadRequestException("file", "请选择要导入的 Excel 文件");
		}
		if (file.length > properties.maxImportBytes()) {
			throw new BadRequestException("file", "导入文件过大，不能超过" + EvidenceTypes.size(properties.maxImportBytes()));
		}
		Optional<LedgerSheet> read;
		try {
			read = LedgerSheet.read(file);
		}
		catch (IOException | RuntimeException e) {
			errors.add(new ImportPreview.Issue(1, "", "无法读取文件，请上传 Excel（.xlsx 或 .xls）文件"));
			return empty(fileName, errors, decisions);
		}
		if (read.isEmpty()) {
			errors.add(new ImportPreview.Issue(1, "", "未找到表头：表格前" + LedgerSheet.HEADER_SEARCH_ROWS
					+ "行中没有同时写有“问题”“整改措施”“责任单位”“完成时限”等列名的行"));
			return empty(fileName, errors, decisions);
		}
		LedgerSheet sheet = read.get();
		int h = sheet.headerRowNo;

		// columns: recognised, or mapped by the user
		Map<ImportColumn, Integer> fields = new EnumMap<>(ImportColumn.class);
		Map<Integer, String> headerOf = new HashMap<>();
		List<ImportPreview.ColumnView> columns = new ArrayList<>();
		for (LedgerSheet.Column c : sheet.columns) {
			boolean mapped = mapping != null && mapping.containsKey(c.index());
			ImportColumn field = mapped ? mapping.get(c.index()) : c.field();
			headerOf.put(c.index(), c.header());
			columns.add(new ImportPreview.ColumnView(c.index(), c.letter(), c.header(), field, mapped));
			if (field == null) {
				warnings.add(new ImportPreview.Issue(h, c.header(), "第" + c.letter() + "列“" + c.header() + "”未识别，不导入（可在下方指定为某一列）"));
			}
			else if (field.isRead()) {
				if (fields.containsKey(field)) {
					warnings.add(new ImportPreview.Issue(h, c.header(), "第" + c.letter() + "列也是“" + field.label() + "”，只读第"
							+ columnLetter(sheet, fields.get(field)) + "列"));
				}
				else {
					fields.put(field, c.index());
				}
			}
		}
		for (ImportColumn required : List.of(ImportColumn.PROBLEM, ImportColumn.MEASURE, ImportColumn.UNIT)) {
			if (!fields.containsKey(required)) {
				errors.add(new ImportPreview.Issue(h, required.label(), "缺少“" + required.label() + "”列：请在下方把对应的列指定为“"
						+ required.label() + "”"));
			}
		}
		if (!fields.containsKey(ImportColumn.DEADLINE) && !fields.containsKey(ImportColumn.CATEGORY)) {
			errors.add(new ImportPreview.Issue(h, "完成时限", "缺少“完成时限”列：请在下方把对应的列指定为“完成时限”"));
		}
		String defaultLeader = null;
		if (!fields.containsKey(ImportColumn.LEADER)) {
			defaultLeader = plan.planLeader();
			warnings.add(new ImportPreview.Issue(h, "责任领导", "表中没有责任领导列，各措施的责任领导按方案责任领导登记"));
		}
		if (!errors.isEmpty()) {
			return new Analysis(new ImportPreview(fileName, h, columns, List.of(), errors, warnings, List.of(), 0, 0, 0, 0),
					List.of(), decisions);
		}

		// what the plan holds already
		Set<String> existingMeasures = new HashSet<>();
		Set<String> existingProblems = new HashSet<>();
		Set<String> existingAspects = new HashSet<>();
		for (LedgerRow r : mapper.selectLedger(List.of(plan.bureauId()), LedgerFilter.ofPlan(plan.id()), null, plan.receivedOn())) {
			existingMeasures.add(key(r.aspectTitle(), r.problemDescription(), r.content()));
			existingProblems.add(key(r.aspectTitle(), r.problemDescription()));
		}
		Map<Long, String> aspectTitles = new HashMap<>();
		mapper.selectAspects(plan.id()).forEach(a -> {
			existingAspects.add(key(a.title()));
			aspectTitles.put(a.id(), a.title());
		});
		mapper.selectProblems(plan.id()).forEach(p -> existingProblems.add(key(aspectTitles.get(p.aspectId()), p.description())));

		List<Parsed> parsed = new ArrayList<>();
		List<ImportPreview.RowView> views = new ArrayList<>();
		Map<String, Integer> seenInFile = new HashMap<>();
		Set<String> newAspects = new HashSet<>();
		Set<String> newProblems = new HashSet<>();
		Map<String, ResponsibleDirectory.Resolution> resolved = new HashMap<>();
		Map<String, List<Integer>> unknownRows = new LinkedHashMap<>();
		String lastAspect = null;
		String lastProblem = null;
		for (LedgerSheet.DataRow row : sheet.rows) {
			int n = row.rowNo();
			List<ImportPreview.Issue> rowErrors = new ArrayList<>();
			Parsed p = new Parsed();
			p.row = n;
			String aspect = clean(row.text(fields.get(ImportColumn.ASPECT)));
			p.aspect = aspect != null ? aspect : row.heading() != null ? row.heading() : lastAspect != null ? lastAspect : DEFAULT_ASPECT;
			String problem = clean(row.text(fields.get(ImportColumn.PROBLEM)));
			if (problem == null && row.text(fields.get(ImportColumn.SEQ)) == null && lastProblem != null
					&& p.aspect.equals(lastAspect)) {
				problem = lastProblem;
			}
			p.problem = problem;
			p.measure = clean(row.text(fields.get(ImportColumn.MEASURE)));
			String unitText = clean(row.text(fields.get(ImportColumn.UNIT)));
			String leaderText = fields.containsKey(ImportColumn.LEADER) ? clean(row.text(fields.get(ImportColumn.LEADER))) : defaultLeader;
			p.evidence = clean(row.text(fields.get(ImportColumn.EVIDENCE)));
			String coUnits = clean(row.text(fields.get(ImportColumn.CO_UNITS)));
			if (p.problem == null) {
				rowErrors.add(issue(n, headerOf, fields, ImportColumn.PROBLEM, "问题不能为空"));
			}
			if (p.measure == null) {
				rowErrors.add(issue(n, headerOf, fields, ImportColumn.MEASURE, "整改措施不能为空"));
			}
			if (unitText == null) {
				rowErrors.add(issue(n, headerOf, fields, ImportColumn.UNIT, "责任单位不能为空"));
			}
			else {
				List<String> units = splitNames(unitText);
				p.unit = units.get(0);
				if (units.size() > 1) {
					String others = String.join("、", units.subList(1, units.size()));
					coUnits = coUnits == null ? others : others + "、" + coUnits;
					warnings.add(issue(n, headerOf, fields, ImportColumn.UNIT, "写有多个责任单位：以“" + p.unit + "”为责任单位，"
							+ others + "记为配合单位"));
				}
			}
			p.coUnits = coUnits;
			if (leaderText == null) {
				leaderText = plan.planLeader();
				warnings.add(issue(n, headerOf, fields, ImportColumn.LEADER, "未写明责任领导，按方案责任领导登记"));
			}
			List<String> leaders = splitNames(leaderText);
			p.leader = leaders.get(0);
			if (leaders.size() > 1) {
				warnings.add(issue(n, headerOf, fields, ImportColumn.LEADER, "写有多位责任领导：以“" + p.leader + "”为责任领导"));
			}
			length(rowErrors, n, headerOf, fields, ImportColumn.ASPECT, p.aspect, 300);
			length(rowErrors, n, headerOf, fields, ImportColumn.PROBLEM, p.problem, 2000);
			length(rowErrors, n, headerOf, fields, ImportColumn.MEASURE, p.measure, 2000);
			length(rowErrors, n, headerOf, fields, ImportColumn.UNIT, p.unit, 200);
			length(rowErrors, n, headerOf, fields, ImportColumn.LEADER, p.leader, 200);
			length(rowErrors, n, headerOf, fields, ImportColumn.EVIDENCE, p.evidence, 500);
			length(rowErrors, n, headerOf, fields, ImportColumn.CO_UNITS, p.coUnits, 500);
			deadline(plan, row, fields, headerOf, p, rowErrors, warnings);

			// names
			for (ResponsibleKind kind : ResponsibleKind.values()) {
				String name = kind == ResponsibleKind.UNIT ? p.unit : p.leader;
				if (name == null || name.length() > 200) {
					continue;
				}
				ResponsibleDirectory.Resolution res = resolved.computeIfAbsent(kind + "|" + name,
						k -> directory.resolve(plan.bureauId(), kind, name));
				if (res.unknown()) {
					unknownRows.computeIfAbsent(kind + "|" + name, k -> new ArrayList<>()).add(n);
				}
			}

			// new, in the plan already, or repeated in the file
			if (rowErrors.isEmpty()) {
				String k = key(p.aspect, p.problem, p.measure);
				if (existingMeasures.contains(k)) {
					p.state = "EXISTING";
				}
				else if (seenInFile.containsKey(k)) {
					p.state = "REPEATED";
					warnings.add(new ImportPreview.Issue(n, headerOf.get(fields.get(ImportColumn.MEASURE)),
							"与第" + seenInFile.get(k) + "行的整改措施相同，不重复导入"));
				}
				else {
					p.state = "NEW";
					seenInFile.put(k, n);
				}
			}
			else {
				p.state = "ERROR";
				errors.addAll(rowErrors);
			}
			boolean newProblem = false;
			if ("NEW".equals(p.state)) {
				if (!existingAspects.contains(key(p.aspect))) {
					newAspects.add(key(p.aspect));
				}
				String pk = key(p.aspect, p.problem);
				newProblem = !existingProblems.contains(pk) && newProblems.add(pk);
			}
			parsed.add(p);
			views.add(new ImportPreview.RowView(n, p.aspect, p.problem, newProblem, p.measure, p.unit, p.coUnits, p.leader,
					p.category == Category.LONG_TERM ? Category.LONG_TERM.label() : p.deadline == null ? null : p.deadline.toString(),
					p.category == null ? null : p.category.label(), p.state));
			lastAspect = p.aspect;
			lastProblem = p.problem;
		}
		if (parsed.isEmpty()) {
			errors.add(new ImportPreview.Issue(h + 1, "", "表头下没有整改措施"));
		}

		List<ImportPreview.UnknownName> unknown = new ArrayList<>();
		for (var e : unknownRows.entrySet()) {
			String[] kn = e.getKey().split("\\|", 2);
			ResponsibleKind kind = ResponsibleKind.valueOf(kn[0]);
			Decision d = decisions.get(e.getKey());
			List<Responsible> all = directory.entries(plan.bureauId(), kind).stream().map(ResponsibleEntry::responsible).toList();
			if (d != null && d.responsibleId() != null && all.stream().noneMatch(r -> r.id().equals(d.responsibleId()))) {
				errors.add(new ImportPreview.Issue(e.getValue().get(0), kind.label(), kind.label() + "“" + kn[1] + "”要对应的目录条目不存在"));
			}
			unknown.add(new ImportPreview.UnknownName(kind.name(), kind.label(), kn[1], e.getValue(),
					directory.similar(plan.bureauId(), kind, kn[1]), all, d == null ? null : d.responsibleId()));
			if (d == null || d.responsibleId() == null) {
				warnings.add(new ImportPreview.Issue(e.getValue().get(0), kind.label(), kind.label() + "“" + kn[1]
						+ "”不在目录中，确认导入时新建为目录条目（也可在下方对应到已有条目）"));
			}
		}
		errors.sort(Comparator.comparingInt(ImportPreview.Issue::row));
		warnings.sort(Comparator.comparingInt(ImportPreview.Issue::row));
		int newMeasures = (int) parsed.stream().filter(x -> "NEW".equals(x.state)).count();
		int existing = (int) parsed.stream().filter(x -> "EXISTING".equals(x.state)).count();
		return new Analysis(new ImportPreview(fileName, h, columns, views, errors, warnings, unknown, newAspects.size(),
				newProblems.size(), newMeasures, existing), parsed, decisions);
	}

	private static Analysis empty(String fileName, List<ImportPreview.Issue> errors, Map<String, Decision> decisions) {
		return new Analysis(new ImportPreview(fileName, 0, List.of(), List.of(), errors, List.of(), List.of(), 0, 0, 0, 0),
				List.of(), decisions);
	}

	/** Category from its column and the deadline cell; the deadline cell wins, a long-term measure keeps no date. */
	private static void deadline(Plan plan, LedgerSheet.DataRow row, Map<ImportColumn, Integer> fields,
			Map<Integer, String> headerOf, Parsed p, List<ImportPreview.Issue> rowErrors, List<ImportPreview.Issue> warnings) {
		int n = row.rowNo();
		Category fromColumn = null;
		String categoryText = clean(row.text(fields.get(ImportColumn.CATEGORY)));
		if (categoryText != null) {
			fromColumn = category(categoryText);
			if (fromColumn == null) {
				rowErrors.add(issue(n, headerOf, fields, ImportColumn.CATEGORY, "整改类别“" + categoryText + "”应为立行立改、限期整改或长期坚持"));
			}
		}
		Object raw = row.raw(fields.get(ImportColumn.DEADLINE));
		DeadlineText d;
		if (raw instanceof LocalDate date) {
			d = new DeadlineText(date, null, null);
		}
		else {
			try {
				d = DeadlineText.parse(raw == null ? null : raw.toString());
			}
			catch (IllegalArgumentException e) {
				rowErrors.add(issue(n, headerOf, fields, ImportColumn.DEADLINE, e.getMessage()));
				return;
			}
		}
		if (d.note() != null) {
			warnings.add(issue(n, headerOf, fields, ImportColumn.DEADLINE, d.note()));
		}
		Category category = d.category() != null ? d.category() : fromColumn != null ? fromColumn : Category.DEADLINE;
		if (fromColumn != null && d.category() != null && fromColumn != d.category()) {
			warnings.add(issue(n, headerOf, fields, ImportColumn.CATEGORY, "整改类别“" + categoryText + "”与完成时限“" + raw
					+ "”不一致，按完成时限记为" + d.category().label()));
		}
		p.category = category;
		LocalDate date = d.date();
		if (category == Category.LONG_TERM) {
			if (date != null) {
				warnings.add(issue(n, headerOf, fields, ImportColumn.DEADLINE, "长期坚持的措施不设完成时限，日期 " + date + " 未登记"));
			}
			p.deadline = null;
			return;
		}
		if (date == null && category == Category.IMMEDIATE) {
			date = plan.planDue();
			warnings.add(issue(n, headerOf, fields, ImportColumn.DEADLINE, "立行立改未写明日期，完成时限按整改方案时限 " + date + " 登记"));
		}
		if (date == null) {
			rowErrors.add(issue(n, headerOf, fields, ImportColumn.DEADLINE, "完成时限不能为空（长期坚持的措施请写“长期坚持”）"));
			return;
		}
		if (date.isBefore(plan.receivedOn())) {
			rowErrors.add(issue(n, headerOf, fields, ImportColumn.DEADLINE, "完成时限 " + date + " 早于反馈日期 " + plan.receivedOn()));
			return;
		}
		p.deadline = date;
	}

	private static Category category(String text) {
		String t = text.replaceAll("\\s", "");
		Optional<Category> exact = Category.parse(t);
		if (exact.isPresent()) {
			return exact.get();
		}
		if (t.contains("长期") || t.contains("持续") || t.contains("常态")) {
			return Category.LONG_TERM;
		}
		if (t.contains("立行立改") || t.contains("立即") || t.contains("即知即改")) {
			return Category.IMMEDIATE;
		}
		if (t.contains("限期") || t.contains("限时") || t.contains("阶段") || t.contains("集中")) {
			return Category.DEADLINE;
		}
		return null;
	}

	private static ImportPreview.Issue issue(int row, Map<Integer, String> headerOf, Map<ImportColumn, Integer> fields,
			ImportColumn column, String message) {
		Integer index = fields.get(column);
		return new ImportPreview.Issue(row, index == null ? column.label() : headerOf.get(index), message);
	}

	private static void length(List<ImportPreview.Issue> errors, int row, Map<Integer, String> headerOf,
			Map<ImportColumn, Integer> fields, ImportColumn column, String value, int max) {
		if (value != null && value.length() > max) {
			errors.add(issue(row, headerOf, fields, column, column.label() + "过长（" + value.length() + "字），不能超过" + max + "字"));
		}
	}

	private static String columnLetter(LedgerSheet sheet, int index) {
		return sheet.columns.stream().filter(c -> c.index() == index).map(LedgerSheet.Column::letter).findFirst().orElse("?");
	}

	/** "局办公室、综合统计股" → both names; the first is the responsible one. */
	static List<String> splitNames(String text) {
		List<String> names = new ArrayList<>();
		for (String part : text.split("[、，,；;/\\n]+")) {
			String t = part.replaceFirst("^(牵头单位|牵头|配合单位|配合|责任单位)[:：]", "").trim();
			if (!t.isEmpty() && !names.contains(t)) {
				names.add(t);
			}
		}
		return names.isEmpty() ? List.of(text.trim()) : names;
	}

	/** Text with runs of whitespace collapsed (line breaks inside a cell included); null when blank. */
	static String clean(String s) {
		return ResponsibleDirectory.normalize(s);
	}

	/** Comparison key: the texts with all whitespace and full-width/half-width punctuation variants removed. */
	static String key(String... parts) {
		StringBuilder b = new StringBuilder();
		for (String p : parts) {
			b.append(p == null ? "" : p.replaceAll("[\\s\\u3000]", "").replace('，', ',').replace('；', ';').replace('：', ':')
				.replace('（', '(').replace('）', ')')).append('\u0001');
		}
		return b.toString();
	}

}
