package cn.statenforce.inspection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import cn.statenforce.activity.ActivityLog;
import cn.statenforce.audit.AuditActor;
import cn.statenforce.directory.EnterpriseImports;
import cn.statenforce.organization.Bureau;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.Role;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.shared.NotFoundException;
import cn.statenforce.shared.PageResult;
import jakarta.annotation.PreDestroy;

/**
 * 名录导入: loads a CSV or XLSX file of up to {@value #MAX_ROWS} data rows into the importing bureau's
 * directory. Semantics:
 * <ul>
 * <li>rows that break a rule are rejected and listed in the error report (line, column, reason; the first
 * {@value #MAX_STORED_ERRORS} are stored, all are counted); all other rows are imported;</li>
 * <li>a credit code already in the bureau's directory updates that unit (the columns the file has); a
 * credit code repeated inside the file rejects the later row;</li>
 * <li>all writes of one file happen in <b>one</b> transaction: if the file turns out unreadable, too long,
 * has an unusable header, or the database fails, nothing of it is written and the import is FAILED;</li>
 * <li>progress (rows read) is committed separately every {@value #PROGRESS_EVERY} rows so it can be shown.</li>
 * </ul>
 * Imports run one at a time on a single background thread.
 */
@Service
public class DirectoryImportService {

	static final int MAX_ROWS = 1_000_000;

	static final int MAX_STORED_ERRORS = 10_000;

	static final int PROGRESS_EVERY = 20_000;

	private static final int CHUNK = 500;

	private static final Logger LOG = LoggerFactory.getLogger(DirectoryImportService.class);

	private static final String SUBJECT = "DIRECTORY_IMPORT";

	private final DirectoryImportMapper mapper;

	/** the directory's import port: the units are written there */
	private final EnterpriseImports writer;

	private final BureauService bureaus;

	private final ActivityLog activity;

	private final TransactionTemplate tx;

	private final TransactionTemplate separateTx;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "directory-import");
		t.setDaemon(true);
		return t;
	});

	/** The import cannot go on; nothing of it will be written. */
	static class ImportAbortedException extends RuntimeException {

		final List<ImportError> errors;

		ImportAbortedException(String message, List<ImportError> errors) {
			super(message);
			this.errors = errors;
		}

	}

	DirectoryImportService(DirectoryImportMapper mapper, EnterpriseImports writer, BureauService bureaus,
			ActivityLog activity, PlatformTransactionManager transactionManager) {
		this.mapper = mapper;
		this.writer = writer;
		this.bureaus = bureaus;
		this.activity = activity;
		this.tx = new TransactionTemplate(transactionManager);
		this.separateTx = new TransactionTemplate(transactionManager);
		this.separateTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
	}

	/** Starts the import of an uploaded file (moved to a temp file, deleted afterwards) in the background. */
	public DirectoryImport start(CurrentUser user, String fileName, Path file) {
		try {
			DirectoryImport started = open(user, fileName);
			AuditActor actor = AuditActor.user(user);
			worker.submit(() -> {
				try {
					run(user, actor, started.id(), file);
				}
				finally {
					deleteQuietly(file);
				}
			});
			return started;
		}
		catch (RuntimeException e) {
			// refused (role, bureau, file type) or not queued: the stored upload goes at once
			deleteQuietly(file);
			throw e;
		}
	}

	/** Runs an import to its end in the calling thread (tests, benchmark). */
	public DirectoryImport importFile(CurrentUser user, String fileName, Path file) {
		DirectoryImport started = open(user, fileName);
		run(user, AuditActor.user(user), started.id(), file);
		return mapper.selectImport(started.id());
	}

	public DirectoryImport get(CurrentUser user, long id) {
		DirectoryImport i = mapper.selectImport(id);
		if (i == null) {
			throw new NotFoundException("导入记录不存在或无权查看");
		}
		bureaus.ensureReadable(user, i.bureauId(), "导入记录");
		return i;
	}

	public List<DirectoryImport> recent(CurrentUser user) {
		return mapper.selectImports(bureaus.readableBureauIds(user), 20);
	}

	public PageResult<ImportError> errors(CurrentUser user, long id, int page, int size) {
		get(user, id);
		return new PageResult<>(mapper.selectErrors(id, PageResult.offset(page, size), size), mapper.countErrors(id),
				Math.max(page, 1), size);
	}

	/** All stored errors of an import, for the downloadable report. */
	public List<ImportError> allErrors(CurrentUser user, long id) {
		get(user, id);
		return mapper.selectErrors(id, 0, MAX_STORED_ERRORS);
	}

	private DirectoryImport open(CurrentUser user, String fileName) {
		if (!user.hasAnyRole(Role.INSPECTOR, Role.LEGAL_REVIEWER, Role.LEADER, Role.ADMIN)) {
			throw new ForbiddenException("当前角色无权导入名录");
		}
		String format = formatOf(fileName);
		GeneratedId key = new GeneratedId();
		separateTx.executeWithoutResult(s -> mapper.insertImport(user.bureauId(), fileName, format, user.username(),
				AppClock.now(), key));
		return mapper.selectImport(key.id);
	}

	static String formatOf(String fileName) {
		String lower = fileName == null ? "" : fileName.toLowerCase();
		if (lower.endsWith(".csv")) {
			return "CSV";
		}
		if (lower.endsWith(".xlsx")) {
			return "XLSX";
		}
		throw new BadRequestException("file", "只支持 .csv 或 .xlsx 文件");
	}

	private void run(CurrentUser user, AuditActor actor, long importId, Path file) {
		DirectoryImport record = mapper.selectImport(importId);
		Bureau bureau = bureaus.bureau(record.bureauId());
		Run run = new Run(importId, bureau);
		try {
			tx.executeWithoutResult(s -> {
				run.execute(file, record.fileFormat());
				activity.record(actor, bureau.id(), SUBJECT, importId, "名录导入",
						null, record.fileName() + "：新增 " + run.inserted + "，更新 " + run.updated + "，拒绝 " + run.rejected
								+ "（" + user.displayName() + "）");
			});
		}
		catch (RuntimeException e) {
			String reason = e instanceof ImportAbortedException || e instanceof TabularRows.UnreadableFileException
					? e.getMessage() : "导入失败，未写入任何数据：" + e.getClass().getSimpleName();
			LOG.warn("directory import {} failed: {}", importId, e.toString());
			List<ImportError> errors = e instanceof ImportAbortedException a ? a.errors : List.of();
			separateTx.executeWithoutResult(s -> {
				if (!errors.isEmpty()) {
					mapper.insertErrors(importId, errors);
				}
				mapper.updateFinished(importId, DirectoryImport.FAILED, run.processed, 0, 0, run.rejected,
						truncate(reason), AppClock.now());
			});
		}
	}

	/** The state of one import while it reads the file. */
	private final class Run {

		final long importId;

		final Bureau bureau;

		final Set<String> existing = new HashSet<>();

		final Map<String, Long> seen = new HashMap<>();

		final List<DirectoryRowValidator.ValidRow> inserts = new ArrayList<>(CHUNK);

		final List<DirectoryRowValidator.ValidRow> updates = new ArrayList<>(CHUNK);

		final List<ImportError> errors = new ArrayList<>();

		DirectoryRowValidator validator;

		long processed;

		long inserted;

		long updated;

		long rejected;

		long storedErrors;

		Run(long importId, Bureau bureau) {
			this.importId = importId;
			this.bureau = bureau;
		}

		EnterpriseImports.Inserts writes;

		void execute(Path file, String format) {
			writer.forEachCreditCode(bureau.id(), existing::add);
			try (EnterpriseImports.Inserts w = writer.inserts(bureau.id())) {
				writes = w;
				TabularRows.read(file, format, this::row);
				if (validator == null) {
					throw new ImportAbortedException("文件为空，没有表头行", List.of(new ImportError(1, "表头", "文件为空")));
				}
				flush();
			}
			mapper.updateFinished(importId, DirectoryImport.DONE, processed, inserted, updated, rejected, null,
					AppClock.now());
		}

		void row(long line, List<String> cells) {
			if (validator == null) {
				List<ImportError> headerErrors = new ArrayList<>();
				validator = DirectoryRowValidator.fromHeader(cells, bureau.regionCode(), headerErrors);
				if (!headerErrors.isEmpty()) {
					throw new ImportAbortedException("表头不正确，未导入任何数据", headerErrors);
				}
				return;
			}
			if (++processed > MAX_ROWS) {
				throw new ImportAbortedException("文件超过 " + MAX_ROWS + " 行数据，未导入任何数据，请拆分后再导入", List.of());
			}
			DirectoryRowValidator.Checked checked = validator.check(line, cells);
			if (checked.row() == null) {
				reject(checked.errors());
			}
			else {
				accept(line, checked.row());
			}
			if (processed % PROGRESS_EVERY == 0) {
				long p = processed;
				separateTx.executeWithoutResult(s -> mapper.updateProgress(importId, p));
			}
		}

		private void accept(long line, DirectoryRowValidator.ValidRow row) {
			Long first = seen.putIfAbsent(row.creditCode(), line);
			if (first != null) {
				reject(List.of(new ImportError(line, DirectoryColumn.CREDIT_CODE.header,
						"统一社会信用代码与第 " + first + " 行重复")));
				return;
			}
			(existing.contains(row.creditCode()) ? updates : inserts).add(row);
			if (inserts.size() >= CHUNK || updates.size() >= CHUNK) {
				flush();
			}
		}

		private void reject(List<ImportError> rowErrors) {
			rejected++;
			for (ImportError e : rowErrors) {
				if (storedErrors++ < MAX_STORED_ERRORS) {
					errors.add(e);
				}
			}
			if (errors.size() >= CHUNK) {
				flushErrors();
			}
		}

		private void flush() {
			var now = AppClock.now();
			writes.insert(units(inserts), now);
			writer.update(bureau.id(), validator.columns().stream().map(c -> c.dbColumn).collect(Collectors.toSet()),
					units(updates), now);
			inserted += inserts.size();
			updated += updates.size();
			inserts.clear();
			updates.clear();
			flushErrors();
		}

		private void flushErrors() {
			if (!errors.isEmpty()) {
				mapper.insertErrors(importId, errors);
				errors.clear();
			}
		}

	}

	private static String truncate(String s) {
		return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException e) {
			LOG.warn("could not delete upload {}", file);
		}
	}

	/** The rows as the directory's import port takes them: values by the directory's column names. */
	private static List<EnterpriseImports.ImportedUnit> units(List<DirectoryRowValidator.ValidRow> rows) {
		List<EnterpriseImports.ImportedUnit> units = new ArrayList<>(rows.size());
		for (DirectoryRowValidator.ValidRow r : rows) {
			Map<String, Object> values = new HashMap<>();
			r.values().forEach((c, v) -> values.put(c.dbColumn, v));
			units.add(new EnterpriseImports.ImportedUnit(r.creditCode(), values));
		}
		return units;
	}

}
