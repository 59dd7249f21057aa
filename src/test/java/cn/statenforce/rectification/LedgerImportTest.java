package cn.statenforce.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.UserService;
import cn.statenforce.shared.AppClock;

/**
 * Problem lists as they arrive (three bureau layouts built by hand in {@link LedgerSheetFixtures}): the preview shows
 * what was recognised and writes nothing, the commit writes it, a second import of the same file adds nothing, every
 * fault of a row is reported, unknown unit names are offered (created or mapped), never an error.
 */
@StatEnforceTest
class LedgerImportTest {

	@Autowired
	UserService users;

	@Autowired
	RectificationService plans;

	@Autowired
	LedgerImportService imports;

	@Autowired
	ResponsibleDirectory directory;

	@Autowired
	ManagementService managementService;

	RectificationFixture fx;

	int year;

	LedgerSheetFixtures.Names names;

	CurrentUser leader;

	@BeforeEach
	void setUp() {
		fx = new RectificationFixture(users, plans, managementService);
		year = AppClock.today().getYear() + 1;
		names = new LedgerSheetFixtures.Names(users.summary("yuhu.leader").displayName(), users.summary("yuhu.director").displayName());
		leader = fx.user("yuhu.leader");
	}

	private Plan newPlan() {
		return plans.registerFeedback(leader, new FeedbackCommand("PATROL", "区委第五巡察组", AppClock.today(), "雨巡反〔2026〕5号",
				"区委第五巡察组反馈问题整改", "yuhu.director", null, null));
	}

	private Set<String> unitsInDirectory() {
		return directory.entries(leader, ResponsibleKind.UNIT).stream().map(e -> e.responsible().name()).collect(Collectors.toSet());
	}

	@Test
	void shouldPreviewThePatrolLedgerWithoutWritingAndImportItOnce() {
		Plan plan = newPlan();
		byte[] file = LedgerSheetFixtures.patrolLedger(year, names);
		Set<String> known = unitsInDirectory();

		ImportPreview p = imports.preview(leader, plan.id(), "巡察反馈台账.xlsx", file, Map.of(), List.of());

		assertThat(p.ok()).as(p.errors().toString()).isTrue();
		assertThat(p.headerRow()).isEqualTo(4);
		assertThat(List.of(p.aspects(), p.problems(), p.measures(), p.existing())).containsExactly(2, 4, 6, 0);
		assertThat(p.rows()).extracting(ImportPreview.RowView::row).containsExactly(5, 6, 7, 8, 9, 10);
		assertThat(p.rows()).extracting(ImportPreview.RowView::aspect).containsExactly("落实统计工作决策部署方面", "落实统计工作决策部署方面",
				"落实统计工作决策部署方面", "防范和惩治统计造假、弄虚作假方面", "防范和惩治统计造假、弄虚作假方面", "防范和惩治统计造假、弄虚作假方面");
		// merged 具体问题 and 责任单位 fill down onto the second measure row
		assertThat(p.rows().get(1).problem()).isEqualTo(p.rows().get(0).problem());
		assertThat(p.rows().get(1).unit()).isEqualTo("局办公室");
		assertThat(p.rows()).extracting(ImportPreview.RowView::deadline, ImportPreview.RowView::category).containsExactly(
				tuple(year + "-03-31", "限期整改"), tuple(year + "-06-30", "限期整改"), tuple("长期坚持", "长期坚持"),
				tuple(year + "-10-01", "限期整改"), tuple(plan.planDue().toString(), "立行立改"), tuple(year + "-09-30", "限期整改"));
		assertThat(p.warnings()).extracting(ImportPreview.Issue::row, ImportPreview.Issue::column)
			.contains(tuple(6, "整改时限"), tuple(9, "整改时限"), tuple(10, "整改时限"));
		// names: the leaders are logins of the bureau (known); the units are only names
		assertThat(p.unknownNames()).extracting(ImportPreview.UnknownName::name)
			.containsExactlyInAnyOrderElementsOf(LedgerSheetFixtures.PATROL_UNITS.stream().filter(u -> !known.contains(u)).toList());
		assertThat(p.unknownNames()).allSatisfy(u -> assertThat(u.kind()).isEqualTo("UNIT"));
		assertThat(plans.measures(leader, plan.id())).as("the preview writes nothing").isEmpty();
		assertThat(plans.aspects(leader, plan.id())).isEmpty();

		LedgerImportService.ImportResult first = imports.commit(leader, plan.id(), "巡察反馈台账.xlsx", file, Map.of(), List.of());
		assertThat(List.of(first.aspects(), first.problems(), first.measures())).containsExactly(2, 4, 6);
		List<Measure> measures = plans.measures(leader, plan.id());
		assertThat(measures).extracting(Measure::ownerName).containsExactly("局办公室", "局办公室", "法规股", "综合统计股", "综合统计股", "执法大队");
		assertThat(measures).extracting(Measure::leaderName).containsOnly(names.leader(), names.director());
		assertThat(measures.get(2).isLongTerm()).isTrue();
		assertThat(measures.get(2).deadline()).as("a long-term measure has no deadline").isNull();
		assertThat(measures.get(4).category()).isEqualTo("IMMEDIATE");
		assertThat(unitsInDirectory()).containsAll(LedgerSheetFixtures.PATROL_UNITS);
		assertThat(directory.accounts(measures.get(0).leaderId())).as("a leader named as the bureau writes it is linked to its login")
			.containsExactly("yuhu.leader");
		assertThat(directory.accounts(measures.get(0).ownerId())).as("a unit gets no login by importing").isEmpty();

		ImportPreview again = imports.preview(leader, plan.id(), "巡察反馈台账.xlsx", file, Map.of(), List.of());
		assertThat(List.of(again.aspects(), again.problems(), again.measures(), again.existing())).containsExactly(0, 0, 0, 6);
		assertThat(again.unknownNames()).isEmpty();
		LedgerImportService.ImportResult second = imports.commit(leader, plan.id(), "巡察反馈台账.xlsx", file, Map.of(), List.of());
		assertThat(List.of(second.aspects(), second.problems(), second.measures(), second.skipped())).containsExactly(0, 0, 0, 6);
		assertThat(plans.measures(leader, plan.id())).hasSize(6);
		assertThat(plans.problems(leader, plan.id())).hasSize(4);
	}

	@Test
	void shouldReadTheAuditListWithHeadingRowsRepeatedProblemsAndTwoUnitsInACell() {
		Plan plan = newPlan();
		byte[] file = LedgerSheetFixtures.auditList(year, names);

		ImportPreview p = imports.preview(leader, plan.id(), "审计整改清单.xls", file, Map.of(), List.of());

		assertThat(p.ok()).as(p.errors().toString()).isTrue();
		assertThat(p.headerRow()).isEqualTo(2);
		assertThat(List.of(p.aspects(), p.problems(), p.measures())).containsExactly(2, 3, 4);
		assertThat(p.rows()).extracting(ImportPreview.RowView::row).as("heading rows and the note are not measures")
			.containsExactly(4, 5, 6, 8);
		assertThat(p.rows()).extracting(ImportPreview.RowView::aspect).containsExactly("财务管理方面", "财务管理方面", "财务管理方面", "项目管理方面");
		assertThat(p.rows().get(0).unit()).isEqualTo("局办公室");
		assertThat(p.rows().get(0).coUnits()).isEqualTo("财务室");
		assertThat(p.rows()).extracting(ImportPreview.RowView::deadline)
			.containsExactly(year + "-11-30", "长期坚持", year + "-12-31", year + "-12-31");
		imports.commit(leader, plan.id(), "审计整改清单.xls", file, Map.of(), List.of());
		assertThat(plans.problems(leader, plan.id())).extracting(Problem::description)
			.containsExactly("公务接待费报销凭证不全，个别接待无审批单", "固定资产账实不符", "统计调查项目经费使用不规范");
		assertThat(plans.measures(leader, plan.id())).extracting(Measure::coUnits).containsExactly("财务室", null, null, null);
	}

	@Test
	void shouldLetTheUserMapAnUnknownColumnAndAnUnknownUnitName() {
		Plan plan = newPlan();
		byte[] file = LedgerSheetFixtures.supervisionSelfCheck(year, "督察反馈整改工作专班");
		Responsible squad = existingUnit("雨湖区统计执法大队");

		ImportPreview unmapped = imports.preview(leader, plan.id(), "自查整改表.xlsx", file, Map.of(), List.of());
		assertThat(unmapped.ok()).isFalse();
		assertThat(unmapped.errors()).extracting(ImportPreview.Issue::row, ImportPreview.Issue::column)
			.containsExactly(tuple(3, "整改措施"));
		assertThat(unmapped.columns()).filteredOn(c -> !c.recognised()).extracting(ImportPreview.ColumnView::header)
			.containsExactly("工作举措");

		Map<Integer, ImportColumn> mapping = Map.of(2, ImportColumn.MEASURE);
		List<LedgerImportService.Decision> decisions = List.of(new LedgerImportService.Decision(ResponsibleKind.UNIT, "督察反馈整改工作专班", squad.id()));
		ImportPreview mapped = imports.preview(leader, plan.id(), "自查整改表.xlsx", file, mapping, decisions);
		assertThat(mapped.ok()).as(mapped.errors().toString()).isTrue();
		assertThat(List.of(mapped.aspects(), mapped.problems(), mapped.measures())).containsExactly(1, 2, 2);
		assertThat(mapped.rows()).extracting(ImportPreview.RowView::deadline).containsExactly(year + "-10-20", year + "-05-31");
		assertThat(mapped.rows()).extracting(ImportPreview.RowView::aspect).containsOnly(LedgerImportService.DEFAULT_ASPECT);
		assertThat(mapped.warnings()).extracting(ImportPreview.Issue::message)
			.anyMatch(m -> m.contains("没有责任领导列"));

		imports.commit(leader, plan.id(), "自查整改表.xlsx", file, mapping, decisions);
		List<Measure> measures = plans.measures(leader, plan.id());
		assertThat(measures).extracting(Measure::ownerId).first().isEqualTo(squad.id());
		assertThat(measures).extracting(Measure::leaderName).containsOnly(users.summary("yuhu.director").displayName());
		assertThat(directory.resolve(leader.bureauId(), ResponsibleKind.UNIT, "督察反馈整改工作专班").entry().id())
			.as("the mapping is remembered as an alias").isEqualTo(squad.id());
	}

	private Responsible existingUnit(String name) {
		return directory.entries(leader, ResponsibleKind.UNIT).stream().map(ResponsibleEntry::responsible)
			.filter(r -> r.name().equals(name)).findFirst()
			.orElseGet(() -> directory.create(leader, ResponsibleKind.UNIT, name, List.of()));
	}

	@Test
	void shouldReportEveryFaultOfEveryRowAndWriteNothing() {
		Plan plan = newPlan();
		byte[] file = LedgerSheetFixtures.faulty(year, names, plan.receivedOn().minusDays(3));

		LedgerImportService.ImportResult r = imports.commit(leader, plan.id(), "有错误的清单.xlsx", file, Map.of(), List.of());

		assertThat(r.ok()).isFalse();
		assertThat(r.errors()).extracting(ImportPreview.Issue::row, ImportPreview.Issue::column).containsExactly(
				tuple(3, "整改措施"), tuple(3, "整改类别"), tuple(3, "完成时限"), tuple(4, "责任单位"), tuple(4, "完成时限"),
				tuple(5, "问题"));
		assertThat(r.errors().get(5).message()).contains("2000");
		assertThat(plans.measures(leader, plan.id())).isEmpty();
		assertThat(plans.aspects(leader, plan.id())).isEmpty();
	}

	@Test
	void shouldNotImportIntoAPublishedPlan() {
		Plan draft = fx.draft(LocalDate.of(year, 6, 30), Category.DEADLINE);
		plans.publish(leader, draft.id());
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> imports.preview(leader, draft.id(), "x.xlsx",
				LedgerSheetFixtures.patrolLedger(year, names), Map.of(), List.of()))
			.isInstanceOf(cn.statenforce.shared.ConflictException.class);
	}

}
