package cn.statenforce.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clones real case instances (domain rows and every engine row of their process instance: runtime executions,
 * tasks, candidate links, variables, timer jobs and event subscriptions, and the full history) with new ids,
 * numbers, bureau, party and dates, and bulk-loads the clones. A template is a case driven through the services
 * ({@link CaseDriver}); a clone differs only in
 * <ul>
 * <li>every instance-owned engine id (UUIDs; those of deployments and definitions are kept),</li>
 * <li>the case id (domain keys and the {@code caseId} variable), row ids of the domain child tables,</li>
 * <li>the bureau: its region code wherever it appears as a token (candidate groups {@code INSPECTOR_430302},
 * usernames {@code b430302.inspector1}, the {@code regionCode} variable), its id and 机关代字 in numbers,</li>
 * <li>the party (a unit of that bureau), the numbers (线索编号, 案号, 决定书文号 from per-bureau, per-year
 * counters that continue the real sequences), and</li>
 * <li>every date and time, shifted by whole days (time-of-day kept); a waiting case's daily clock-check timer is
 * due at the next 08:00 after the load, as a real one would be.</li>
 * </ul>
 */
final class CaseCloner {

	static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	static final List<String> DOMAIN_CHILDREN = List.of("case_inspector", "case_violation", "case_evidence", "case_opinion",
			"case_pause", "case_appeal");

	/** Engine tables copied per instance and the column naming the process instance. */
	static final Map<String, String> ENGINE = new LinkedHashMap<>();

	static {
		ENGINE.put("ACT_RU_EXECUTION", "PROC_INST_ID_");
		ENGINE.put("ACT_RU_TASK", "PROC_INST_ID_");
		ENGINE.put("ACT_RU_IDENTITYLINK", null);
		ENGINE.put("ACT_RU_VARIABLE", "PROC_INST_ID_");
		ENGINE.put("ACT_RU_JOB", "PROCESS_INSTANCE_ID_");
		ENGINE.put("ACT_RU_EVENT_SUBSCR", "PROC_INST_ID_");
		ENGINE.put("ACT_HI_PROCINST", "PROC_INST_ID_");
		ENGINE.put("ACT_HI_ACTINST", "PROC_INST_ID_");
		ENGINE.put("ACT_HI_TASKINST", "PROC_INST_ID_");
		ENGINE.put("ACT_HI_VARINST", "PROC_INST_ID_");
		ENGINE.put("ACT_HI_DETAIL", "PROC_INST_ID_");
		ENGINE.put("ACT_HI_IDENTITYLINK", "ROOT_PROC_INST_ID_");
		ENGINE.put("ACT_HI_JOB_LOG", "PROCESS_INSTANCE_ID_");
		ENGINE.put("ACT_HI_OP_LOG", "PROC_INST_ID_");
		ENGINE.put("ACT_HI_DECINST", "PROC_INST_ID_");
		ENGINE.put("ACT_HI_DEC_IN", null);
		ENGINE.put("ACT_HI_DEC_OUT", null);
	}

	/** Cell operations, chosen once per template cell. */
	private static final int COPY = 0, TEXT = 1, DATETIME = 2, DATE = 3, CASE_ID = 4, BUREAU_ID = 5, ROW_ID = 6,
			PARTY = 7, NUMBER = 8, JOB_DUE = 9, VAR_CASE_ID = 10, NULLED = 11;

	record TableRows(String table, List<String> columns, int[][] ops, Object[][] rows, String[][] text, int[][] extra,
			Object[][][] segments) {
	}

	/** Token codes in a tokenised text cell (non-negative: index of an instance-owned UUID of the template). */
	private static final int T_REGION = -1, T_NUMBER = -10, T_PARTY = -20, T_CREDIT = -21;

	/**
	 * Splits a template string into literals and tokens (instance UUIDs, the region code, the numbers, the party's
	 * name and credit code); null when it holds none, so that the cell is copied as it is.
	 */
	private Object[] tokens(Template t, String s) {
		Matcher m = t.tokenPattern.matcher(s);
		List<Object> out = new ArrayList<>();
		int at = 0;
		while (m.find()) {
			Integer code = null;
			String g = m.group();
			if (m.group(1) != null) {
				if (!keep.contains(g)) {
					code = t.uuids.computeIfAbsent(g, x -> t.uuids.size());
				}
			}
			else if (g.equals(t.bureau.regionCode())) {
				code = T_REGION;
			}
			else if (g.equals(t.partyName)) {
				code = T_PARTY;
			}
			else if (g.equals(t.creditCode)) {
				code = T_CREDIT;
			}
			else {
				int k = NUMBER_COLUMNS.indexOf(t.numberColumnOf.get(g));
				if (k >= 0) {
					code = T_NUMBER - k;
				}
			}
			if (code != null) {
				if (m.start() > at) {
					out.add(s.substring(at, m.start()));
				}
				out.add(code);
				at = m.end();
			}
		}
		if (out.isEmpty()) {
			return null;
		}
		if (at < s.length()) {
			out.add(s.substring(at));
		}
		return out.toArray();
	}

	static final List<String> NUMBER_COLUMNS = List.of("lead_number", "case_code", "case_number", "decision_number",
			"archive_number");

	/** One real case and its rows, ready to be cloned. */
	static final class Template {

		final long caseId;
		final String processInstanceId;
		final CaseDriver.Path path;
		final CaseDriver.Stop stop;
		final ProvinceData.BureauRow bureau;
		final LocalDateTime start;
		final LocalDateTime last;
		final List<TableRows> tables = new ArrayList<>();
		final Map<String, String> numbers = new HashMap<>();
		final Map<String, String> numberColumnOf = new HashMap<>();
		final Map<String, Integer> uuids = new HashMap<>();
		Pattern tokenPattern;
		LocalDate filedOn;
		LocalDate decidedOn;
		String partyName;
		String creditCode;
		int rowCount;

		Template(long caseId, String pi, CaseDriver.Path path, CaseDriver.Stop stop, ProvinceData.BureauRow bureau,
				LocalDateTime start, LocalDateTime last) {
			this.caseId = caseId;
			this.processInstanceId = pi;
			this.path = path;
			this.stop = stop;
			this.bureau = bureau;
			this.start = start;
			this.last = last;
		}

		boolean open() {
			return stop != CaseDriver.Stop.END;
		}

	}

	private final ProvinceData data;
	private final Set<String> keep = new HashSet<>();
	private final Map<String, Integer> counters = new HashMap<>();
	private final Map<String, Long> rowIds = new HashMap<>();
	private final long perBureau;
	private long nextCaseId;

	CaseCloner(Connection c, ProvinceData data, long perBureau) throws SQLException {
		this.data = data;
		this.perBureau = perBureau;
		for (String sql : List.of("SELECT ID_ FROM ACT_RE_PROCDEF", "SELECT ID_ FROM ACT_RE_DEPLOYMENT",
				"SELECT ID_ FROM ACT_RE_DECISION_DEF", "SELECT ID_ FROM ACT_RE_DECISION_REQ_DEF", "SELECT ID_ FROM ACT_RU_JOBDEF")) {
			for (Map<String, Object> r : BenchDb.rows(c, sql)) {
				Matcher m = UUID.matcher(String.valueOf(r.get("ID_")));
				while (m.find()) {
					keep.add(m.group());
				}
			}
		}
		for (Map<String, Object> r : BenchDb.rows(c, "SELECT bureau_id, seq_type, seq_year, last_value FROM number_sequence")) {
			counters.put(r.get("bureau_id") + "/" + r.get("seq_type") + "/" + r.get("seq_year"),
					((Number) r.get("last_value")).intValue());
		}
		nextCaseId = BenchDb.count(c, "SELECT COALESCE(MAX(id), 0) FROM enforcement_case") + 1;
		for (String t : DOMAIN_CHILDREN) {
			rowIds.put(t, BenchDb.count(c, "SELECT COALESCE(MAX(id), 0) FROM " + t));
		}
		rowIds.put("activity_log", BenchDb.count(c, "SELECT COALESCE(MAX(id), 0) FROM activity_log"));
	}

	/** Reads a template's rows. */
	Template capture(Connection c, long caseId, CaseDriver.Path path, CaseDriver.Stop stop, ProvinceData.BureauRow b,
			LocalDateTime last) throws SQLException {
		Map<String, Object> cas = BenchDb.rows(c, "SELECT * FROM enforcement_case WHERE id = " + caseId).get(0);
		String pi = (String) cas.get("process_instance_id");
		Template t = new Template(caseId, pi, path, stop, b, (LocalDateTime) cas.get("created_at"), last);
		for (String col : List.of("lead_number", "case_code", "case_number", "decision_number", "archive_number")) {
			if (cas.get(col) != null) {
				t.numbers.put(col, (String) cas.get(col));
			}
		}
		StringBuilder alt = new StringBuilder("(" + UUID.pattern() + ")");
		t.numbers.entrySet().stream().sorted((a, b2) -> b2.getValue().length() - a.getValue().length()).forEach(e -> {
			t.numberColumnOf.put(e.getValue(), e.getKey());
			alt.append("|").append(Pattern.quote(e.getValue()));
		});
		for (Object o : new Object[] { cas.get("party_name"), cas.get("credit_code") }) {
			if (o != null) {
				alt.append("|").append(Pattern.quote((String) o));
			}
		}
		alt.append("|(?<!\\d)").append(b.regionCode()).append("(?!\\d)");
		t.tokenPattern = Pattern.compile(alt.toString());
		t.filedOn = date(cas.get("filed_on"));
		t.decidedOn = date(cas.get("decided_on"));
		t.partyName = (String) cas.get("party_name");
		t.creditCode = (String) cas.get("credit_code");
		read(c, t, "enforcement_case", "SELECT * FROM enforcement_case WHERE id = " + caseId);
		for (String child : DOMAIN_CHILDREN) {
			read(c, t, child, "SELECT * FROM " + child + " WHERE case_id = " + caseId + " ORDER BY id");
		}
		read(c, t, "activity_log", "SELECT * FROM activity_log WHERE subject_type = 'ENFORCEMENT_CASE' AND subject_id = "
				+ caseId + " ORDER BY id");
		for (Map.Entry<String, String> e : ENGINE.entrySet()) {
			String where = switch (e.getKey()) {
				case "ACT_RU_IDENTITYLINK" -> "TASK_ID_ IN (SELECT ID_ FROM ACT_RU_TASK WHERE PROC_INST_ID_ = '" + pi + "')";
				case "ACT_HI_DEC_IN", "ACT_HI_DEC_OUT" ->
					"DEC_INST_ID_ IN (SELECT ID_ FROM ACT_HI_DECINST WHERE PROC_INST_ID_ = '" + pi + "')";
				default -> e.getValue() + " = '" + pi + "'";
			};
			read(c, t, e.getKey(), "SELECT * FROM " + e.getKey() + " WHERE " + where);
		}
		return t;
	}

	private void read(Connection c, Template t, String table, String sql) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
			ResultSetMetaData md = r.getMetaData();
			List<String> cols = new ArrayList<>();
			for (int i = 1; i <= md.getColumnCount(); i++) {
				cols.add(md.getColumnName(i));
			}
			List<Object[]> rows = new ArrayList<>();
			while (r.next()) {
				Object[] row = new Object[cols.size()];
				for (int i = 0; i < row.length; i++) {
					Object v = r.getObject(i + 1);
					if (v instanceof java.sql.Timestamp ts) {
						v = ts.toLocalDateTime();
					}
					else if (v instanceof java.sql.Date d) {
						v = d.toLocalDate();
					}
					else if (v instanceof byte[]) {
						throw new IllegalStateException("binary column in " + table + "." + cols.get(i) + ": not cloned");
					}
					row[i] = v;
				}
				rows.add(row);
			}
			if (rows.isEmpty()) {
				return;
			}
			int[][] ops = new int[rows.size()][cols.size()];
			String[][] text = new String[rows.size()][cols.size()];
			int[][] extra = new int[rows.size()][cols.size()];
			Object[][][] segments = new Object[rows.size()][cols.size()][];
			for (int ri = 0; ri < rows.size(); ri++) {
				Object[] row = rows.get(ri);
				boolean caseVar = cols.contains("NAME_") && "caseId".equals(row[cols.indexOf("NAME_")]);
				for (int ci = 0; ci < cols.size(); ci++) {
					String col = cols.get(ci).toLowerCase(Locale.ROOT);
					Object v = row[ci];
					int op = op(t, table, col, v, caseVar);
					if (op == TEXT) {
						segments[ri][ci] = tokens(t, (String) v);
						if (segments[ri][ci] == null) {
							op = COPY;
						}
					}
					ops[ri][ci] = op;
					if (op == COPY) {
						text[ri][ci] = BenchDb.Tsv.text(v);
					}
					else if (op == PARTY) {
						extra[ri][ci] = List.of("enterprise_id", "party_name", "party_type", "credit_code", "legal_representative",
								"party_address").indexOf(col);
					}
					else if (op == NUMBER) {
						extra[ri][ci] = List.of("lead_number", "case_code", "case_number", "decision_number", "archive_number")
							.indexOf(col);
					}
				}
			}
			t.tables.add(new TableRows(table, cols, ops, rows.toArray(Object[][]::new), text, extra, segments));
			t.rowCount += rows.size();
		}
	}

	private int op(Template t, String table, String col, Object v, boolean caseVar) {
		if (v == null) {
			return COPY;
		}
		boolean domain = !table.startsWith("ACT_");
		if (domain) {
			if (table.equals("enforcement_case")) {
				switch (col) {
					case "id":
						return CASE_ID;
					case "bureau_id":
						return BUREAU_ID;
					case "enterprise_id", "party_name", "party_type", "credit_code", "legal_representative", "party_address":
						return PARTY;
					case "lead_number", "case_code", "case_number", "decision_number", "archive_number":
						return NUMBER;
					case "correction_id":
						// the order to correct stays on the clone; its tracking item (a rectification of the template's
						// bureau, re-checked and closed) is not cloned
						return NULLED;
					default:
				}
			}
			else {
				if (col.equals("id")) {
					return ROW_ID;
				}
				if (col.equals("case_id") || col.equals("subject_id")) {
					return CASE_ID;
				}
				if (col.equals("bureau_id")) {
					return BUREAU_ID;
				}
			}
		}
		else {
			if (caseVar && (col.equals("long_") || col.equals("text_"))) {
				return VAR_CASE_ID;
			}
			if (table.equals("ACT_RU_JOB") && col.equals("duedate_")) {
				return JOB_DUE;
			}
		}
		if (v instanceof LocalDateTime) {
			return DATETIME;
		}
		if (v instanceof LocalDate) {
			return DATE;
		}
		if (v instanceof String) {
			return TEXT;
		}
		return COPY;
	}

	/** One clone's choices. */
	private final class Clone {

		final Template t;
		final long caseId;
		final ProvinceData.BureauRow b;
		final ProvinceData.Unit unit;
		final long days;
		final Random random;
		final String[] uuids;
		final String[] numbers = new String[5];
		final Map<String, Long> rowIds = new HashMap<>();
		final LocalDateTime nextTick;

		Clone(Template t, ProvinceData.BureauRow b, long enterpriseId, long days, long seed, LocalDateTime nextTick) {
			this.t = t;
			this.caseId = nextCaseId++;
			this.b = b;
			this.unit = data.unit(enterpriseId);
			this.days = days;
			this.random = new Random(seed);
			this.nextTick = nextTick;
			this.uuids = new String[t.uuids.size()];
			int leadYear = t.start.plusDays(days).getYear();
			int lead = next(b.id(), "LEAD", leadYear);
			numbers[0] = String.format("XS%s-%d-%04d", b.regionCode(), leadYear, lead);
			if (t.numbers.containsKey("case_code")) {
				int y = t.filedOn.plusDays(days).getYear();
				int n = next(b.id(), "CASE", y);
				numbers[1] = String.format("AJ%s-%d-%04d", b.regionCode(), y, n);
				numbers[2] = b.docPrefix() + "立〔" + y + "〕" + n + "号";
			}
			if (t.numbers.containsKey("decision_number")) {
				int y = (t.decidedOn == null ? t.start : t.decidedOn.atStartOfDay()).plusDays(days).getYear();
				numbers[3] = b.docPrefix() + "罚决〔" + y + "〕" + next(b.id(), "PENALTY_DECISION", y) + "号";
			}
			numbers[4] = "JC" + numbers[0].substring(2);
		}

		String text(Object[] segments) {
			StringBuilder sb = new StringBuilder();
			for (Object o : segments) {
				if (o instanceof String lit) {
					sb.append(lit);
				}
				else {
					int code = (Integer) o;
					if (code >= 0) {
						if (uuids[code] == null) {
							uuids[code] = newId();
						}
						sb.append(uuids[code]);
					}
					else if (code == T_REGION) {
						sb.append(b.regionCode());
					}
					else if (code == T_PARTY) {
						sb.append(unit.name());
					}
					else if (code == T_CREDIT) {
						sb.append(unit.creditCode());
					}
					else {
						sb.append(numbers[T_NUMBER - code]);
					}
				}
			}
			return sb.toString();
		}

		/** Time-based-looking ids whose first group grows, so that the clustered indexes fill in order. */
		String newId() {
			char[] c = new char[36];
			hex(c, 0, idCounter++, 8);
			c[8] = '-';
			hex(c, 9, random.nextInt(0x10000), 4);
			c[13] = '-';
			hex(c, 14, 0x11f1, 4);
			c[18] = '-';
			hex(c, 19, 0x8000 | random.nextInt(0x4000), 4);
			c[23] = '-';
			hex(c, 24, 0x02fc, 4);
			hex(c, 28, random.nextInt() & 0xffffffffL, 8);
			return new String(c);
		}

	}

	private long idCounter = 0x10000000L;

	private static void hex(char[] c, int at, long v, int digits) {
		for (int i = digits - 1; i >= 0; i--) {
			c[at + i] = Character.forDigit((int) (v & 0xf), 16);
			v >>>= 4;
		}
	}

	private int next(long bureauId, String type, int year) {
		return counters.merge(bureauId + "/" + type + "/" + year, 1, Integer::sum);
	}

	/** Writes one clone of {@code t} into the open files. */
	long clone(Template t, ProvinceData.BureauRow b, long enterpriseId, long days, long seed, LocalDateTime nextTick,
			Map<String, BenchDb.Tsv> out, Path dir) {
		Clone cl = new Clone(t, b, enterpriseId, days, seed, nextTick);
		for (TableRows tr : t.tables) {
			BenchDb.Tsv f = out.computeIfAbsent(tr.table(),
					k -> new BenchDb.Tsv(dir.resolve(k + ".tsv"), tr.columns()));
			if (!f.columns.equals(tr.columns())) {
				throw new IllegalStateException("columns differ in " + tr.table());
			}
			String[] cells = new String[tr.columns().size()];
			for (int ri = 0; ri < tr.rows().length; ri++) {
				Object[] row = tr.rows()[ri];
				int[] ops = tr.ops()[ri];
				long rowId = 0;
				for (int ci = 0; ci < cells.length; ci++) {
					Object v = row[ci];
					cells[ci] = switch (ops[ci]) {
						case COPY -> tr.text()[ri][ci];
						case TEXT -> BenchDb.Tsv.text(cl.text(tr.segments()[ri][ci]));
						case DATETIME -> BenchDb.Tsv.text(((LocalDateTime) v).plusDays(days));
						case DATE -> BenchDb.Tsv.text(((LocalDate) v).plusDays(days));
						case CASE_ID -> Long.toString(cl.caseId);
						case BUREAU_ID -> Long.toString(b.id());
						case ROW_ID -> Long.toString(rowId = rowIds.merge(tr.table(), 1L, Long::sum));
						case PARTY -> BenchDb.Tsv.text(switch (tr.extra()[ri][ci]) {
							case 0 -> cl.unit.id();
							case 1 -> cl.unit.name();
							case 2 -> cl.unit.partyType();
							case 3 -> cl.unit.creditCode();
							case 4 -> cl.unit.legalRepresentative();
							default -> cl.unit.address();
						});
						case NUMBER -> BenchDb.Tsv.text(cl.numbers[tr.extra()[ri][ci]]);
						case JOB_DUE -> BenchDb.Tsv.text(nextTick);
						case VAR_CASE_ID -> Long.toString(cl.caseId);
						case NULLED -> "\\N";
						default -> throw new IllegalStateException();
					};
				}
				f.raw(cells);
			}
		}
		return cl.caseId;
	}

	/** Continues the number sequences after the clones (new cases get the next numbers). */
	void saveCounters(Connection c) throws SQLException {
		try (Statement s = c.createStatement()) {
			StringBuilder sql = new StringBuilder();
			for (Map.Entry<String, Integer> e : counters.entrySet()) {
				String[] k = e.getKey().split("/");
				if (sql.length() > 0) {
					sql.append(',');
				}
				sql.append('(').append(k[0]).append(",'").append(k[1]).append("',").append(k[2]).append(',').append(e.getValue())
					.append(')');
			}
			if (sql.length() > 0) {
				s.execute("INSERT INTO number_sequence (bureau_id, seq_type, seq_year, last_value) VALUES " + sql
						+ " ON DUPLICATE KEY UPDATE last_value = GREATEST(last_value, VALUES(last_value))");
			}
		}
	}

	static long daysBetween(LocalDateTime a, LocalDateTime b) {
		return ChronoUnit.DAYS.between(a.toLocalDate(), b.toLocalDate());
	}

	private static LocalDate date(Object o) {
		return o == null ? null : o instanceof LocalDate d ? d : ((java.sql.Date) o).toLocalDate();
	}

}
