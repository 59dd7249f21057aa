package cn.statenforce.reporting;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.complaint.ComplaintService;
import cn.statenforce.credit.CreditService;
import cn.statenforce.enforcementcase.CaseQueryService;
import cn.statenforce.inspection.InspectionService;
import cn.statenforce.interference.InterferenceService;
import cn.statenforce.leadtransfer.TransferService;
import cn.statenforce.organization.Bureau;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.Role;
import cn.statenforce.organization.UserService;
import cn.statenforce.rectification.LedgerService;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.training.TrainingService;

/**
 * 年度统计: what a bureau reports at year end, from the records rather than a spreadsheet. The inputs come from the
 * capabilities that own the records ({@link InspectionService#annualFigures}, {@link CaseQueryService#annualFigures},
 * {@link LedgerService#annualFigures} and the supervision registers' services); every figure, its label, unit and definition come from
 * {@link AnnualFigureCatalogue}, the one definition the page, the JSON and the XLSX share. Leaders, directors,
 * administrators and legal reviewers read the figures of their bureau and, in an upper bureau, of any bureau below it
 * or of the whole subtree; another bureau answers 404.
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

	private final SupervisionSources supervision;

	/** The supervision registers' services, read together for the 统计监督与法治宣传 section. */
	record SupervisionSources(InterferenceService interference, TransferService transfers, ComplaintService complaints,
			CreditService credit, TrainingService trainings, UserService users) {

		SupervisionInputs annualFigures(List<Long> ids, int year) {
			return new SupervisionInputs(interference.annualFigures(ids, year), transfers.annualFigures(ids, year),
					complaints.annualFigures(ids, year), credit.annualFigures(ids, year), trainings.annualFigures(ids, year),
					users.certifiedInspectorsOn(ids, java.time.LocalDate.of(year, 12, 31)));
		}

	}

	AnnualReportService(BureauService bureaus, InspectionService inspections, CaseQueryService cases,
			LedgerService rectification, InterferenceService interference, TransferService transfers,
			ComplaintService complaints, CreditService credit, TrainingService trainings, UserService users) {
		this.bureaus = bureaus;
		this.inspections = inspections;
		this.cases = cases;
		this.rectification = rectification;
		this.supervision = new SupervisionSources(interference, transfers, complaints, credit, trainings, users);
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
		AnnualInputs inputs = new AnnualInputs(year, inspections.annualFigures(ids, year), cases.annualFigures(ids, year),
				rectification.annualFigures(ids, year), supervision.annualFigures(ids, year));
		String title = chosen.name() + (subtree.size() > 1 ? "（全辖）" : "") + year + "年度统计";
		return new AnnualReport(year, chosenId, chosen.name(), subtree.stream().map(Bureau::name).toList(), title,
				AnnualFigureCatalogue.evaluate(inputs));
	}

	/**
	 * The page's charts for a report the user has read: the monthly figures are the catalogue's, evaluated on each
	 * month's records of the same bureaus (rectification and supervision inputs are the year's; no monthly chart uses
	 * them).
	 */
	@Transactional(readOnly = true)
	public AnnualCharts charts(CurrentUser user, AnnualReport report) {
		bureaus.ensureReadable(user, report.bureauId(), WHAT);
		Bureau chosen = bureaus.bureau(report.bureauId());
		List<Long> ids = bureaus.bureaus().stream().filter(chosen::isAncestorOrSelf).map(Bureau::id).toList();
		int year = report.year();
		var rect = rectification.annualFigures(ids, year);
		var sup = supervision.annualFigures(ids, year);
		List<AnnualInputs> months = new java.util.ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			java.time.LocalDate from = java.time.LocalDate.of(year, m, 1);
			java.time.LocalDate to = from.plusMonths(1);
			months.add(new AnnualInputs(year, inspections.figuresBetween(ids, year, from, to),
					cases.figuresBetween(ids, year, from, to), rect, sup));
		}
		return AnnualCharts.of(report, months);
	}

	/** The year-end report as a Word document in prose ({@link AnnualReportProse}), titled with the bureau and year. */
	public byte[] docx(AnnualReport report) {
		return AnnualReportDocx.write(report, AppClock.now());
	}

	/** The figures as a one-sheet XLSX titled with the bureau and the year: 类别, 项目, 数值, 单位, 统计口径. */
	public byte[] xlsx(AnnualReport report) {
		return AnnualReportXlsx.write(report, AppClock.now());
	}

}
