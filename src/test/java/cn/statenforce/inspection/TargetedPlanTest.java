package cn.statenforce.inspection;

import static cn.statenforce.WebTestSupport.api;
import static cn.statenforce.WebTestSupport.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;

/**
 * 重点检查 is targeted, not random: its units are named by the plan with the reason, and only the inspectors are
 * drawn; 专项 and 重点 checks name a 检查专题 from the configured list. Through the service, the plan form and the API.
 */
@StatEnforceTest
class TargetedPlanTest {

	@Autowired
	InspectionFixture fixture;

	@Autowired
	InspectionPlanService plans;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void shouldTakeExactlyTheNamedUnitsAndDrawOnlyTheInspectors() {
		CurrentUser legal = fixture.user("yuhu.legal");
		List<String> codes = freeUnits(2);
		// the second was found without problems a month ago: a random draw would spare it, a key check does not
		jdbc.update("UPDATE enterprise SET last_inspected_on = ?, last_inspection_result = '未发现问题' WHERE credit_code = ?",
				AppClock.today().minusMonths(1), codes.get(1));
		PlanCommand key = keyPlan(legal, "LATE_REPORTING", List.of(
				new PlanCommand.Target(codes.get(0), "连续两个月迟报工业产销总值及主要产品产量月报"),
				new PlanCommand.Target(codes.get(1).toLowerCase(), "2026年三季度迟报劳动工资季报，经催报仍未报送")));
		InspectionPlan p = plans.create(legal, key);
		assertThat(p.topic()).isEqualTo("LATE_REPORTING");
		assertThat(p.targeted()).isTrue();
		assertThat(plans.targets(p.id())).extracting(PlanTarget::creditCode).containsExactlyElementsOf(codes);
		assertThat(plans.targets(p.id()).get(1).reason()).startsWith("2026年三季度迟报");
		plans.submit(legal, p.id());
		plans.decide(fixture.user("yuhu.leader"), p.id(), true, "同意");
		Draw d = plans.draw(legal, p.id(), 31L);
		assertThat(d.parameters()).contains("sampleSize=2").contains(";targeted=true");
		assertThat(d.population()).isEqualTo(2);
		assertThat(plans.drawUnits(legal, d.id())).extracting(DrawUnitView::creditCode).containsExactlyInAnyOrderElementsOf(codes)
			.hasSize(2);
		assertThat(plans.verify(legal, d.id()).identical()).isTrue();
		assertThat(plans.start(legal, p.id())).extracting(Inspection::creditCode).containsExactlyInAnyOrderElementsOf(codes);
	}

	@Test
	void shouldRefuseKeyChecksWithoutNamedUnitsAndRandomChecksWithThem() {
		CurrentUser legal = fixture.user("yuhu.legal");
		List<PlanCommand.Target> one = List.of(new PlanCommand.Target(codes(11).get(0), "举报称虚报营业收入"));
		assertThatThrownBy(() -> plans.create(legal, keyPlan(legal, null, one))).isInstanceOf(BadRequestException.class)
			.hasMessageContaining("检查专题");
		assertThatThrownBy(() -> plans.create(legal, keyPlan(legal, "NO_SUCH_TOPIC", one)))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("不在可选列表");
		assertThatThrownBy(() -> plans.create(legal, keyPlan(legal, "FALSE_DATA", List.of())))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("列明检查对象");
		assertThatThrownBy(() -> plans.create(legal, keyPlan(legal, "FALSE_DATA",
				List.of(new PlanCommand.Target("91430304MA4L00000X", "不在本局名录")))))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("名录库");
		assertThatThrownBy(() -> plans.create(legal, keyPlan(legal, "FALSE_DATA", List.of(one.get(0), one.get(0)))))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("重复");
		PlanCommand sampled = keyPlan(legal, "FALSE_DATA", one);
		assertThatThrownBy(() -> plans.create(legal, new PlanCommand(sampled.title(), PlanType.KEY, sampled.planYear(), null,
				null, null, null, null, false, false, 5, null, 1, null, sampled.plannedDate(), sampled.itemIds(), "FALSE_DATA",
				one))).isInstanceOf(BadRequestException.class).hasMessageContaining("不设抽取数量");
		// a special check is drawn within its scope: it names no units, but names its topic
		PlanCommand special = fixture.command(legal, PlanType.SPECIAL, 2, null);
		assertThatThrownBy(() -> plans.create(legal, special.withTargets(one))).isInstanceOf(BadRequestException.class)
			.hasMessageContaining("随机抽取");
		assertThatThrownBy(() -> plans.create(legal, new PlanCommand(special.title(), PlanType.SPECIAL, special.planYear(), null,
				null, null, null, null, false, false, 2, null, 1, null, special.plannedDate(), special.itemIds())))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("须选择检查专题");
	}

	@Test
	void shouldNameTheUnitsOnThePlanFormAndThroughTheApi() throws Exception {
		List<String> codes = codes(21, 23);
		String location = mvc.perform(post("/inspection/plans").with(page(userDetails, "yuhu.legal")).with(csrf())
			.param("title", "2026年度涉外调查项目重点检查").param("planType", "KEY").param("planYear", "" + AppClock.today().getYear())
			.param("topic", "FOREIGN_SURVEY").param("plannedDate", AppClock.today().toString()).param("riskWeight", "1")
			.param("itemIds", "" + fixture.defaultItemIds(fixture.user("yuhu.legal")).get(0))
			.param("targetLines", codes.get(0) + " 承担涉外调查项目，未按批准的调查表式开展调查\r\n\r\n" + codes.get(1)
					+ "，境外机构委托的市场调查未备案"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(plans.targets(id)).extracting(PlanTarget::reason)
			.containsExactly("承担涉外调查项目，未按批准的调查表式开展调查", "境外机构委托的市场调查未备案");
		mvc.perform(get("/inspection/plans/{id}", id).with(page(userDetails, "yuhu.legal")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("重点检查对象")))
			.andExpect(content().string(Matchers.containsString("涉外调查项目")))
			.andExpect(content().string(Matchers.containsString("境外机构委托的市场调查未备案")))
			.andExpect(content().string(Matchers.containsString("执法人员随机分派")));
		// a line the form cannot read is refused with its line number, nothing is saved
		long before = jdbc.queryForObject("SELECT COUNT(*) FROM inspection_plan", Long.class);
		mvc.perform(post("/inspection/plans").with(page(userDetails, "yuhu.legal")).with(csrf())
			.param("title", "格式错误的重点检查").param("planType", "KEY").param("planYear", "" + AppClock.today().getYear())
			.param("topic", "FOREIGN_SURVEY").param("plannedDate", AppClock.today().toString()).param("riskWeight", "1")
			.param("itemIds", "" + fixture.defaultItemIds(fixture.user("yuhu.legal")).get(0))
			.param("targetLines", codes.get(0) + " 理由\n只写了单位名称"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("第2行")));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inspection_plan", Long.class)).isEqualTo(before);

		String body = "{\"title\":\"2026年度入退库真实性重点检查\",\"planType\":\"KEY\",\"planYear\":" + AppClock.today().getYear()
				+ ",\"topic\":\"ENTRY_EXIT\",\"riskWeight\":1,\"plannedDate\":\"" + AppClock.today() + "\",\"itemIds\":["
				+ fixture.defaultItemIds(fixture.user("yuhu.legal")).get(0) + "],\"targets\":[{\"creditCode\":\"" + codes.get(1)
				+ "\",\"reason\":\"新入库单位营业收入与税务数据不符\"}]}";
		String created = mvc.perform(post("/api/inspection/plans").with(api("yuhu.legal")).contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.planType").value("KEY"))
			.andExpect(jsonPath("$.topic").value("ENTRY_EXIT"))
			.andReturn().getResponse().getContentAsString();
		long apiPlan = Long.parseLong(created.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
		mvc.perform(get("/api/inspection/plans/{id}/targets", apiPlan).with(api("yuhu.legal")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].creditCode").value(codes.get(1)))
			.andExpect(jsonPath("$[0].reason").value("新入库单位营业收入与税务数据不符"));
		mvc.perform(get("/api/inspection/topics").with(api("yuhu.legal")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'ENTRY_EXIT')].label").value("入退库真实性"));
		mvc.perform(post("/api/inspection/plans").with(api("yuhu.legal")).contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("\"reason\":\"新入库单位营业收入与税务数据不符\"", "\"reason\":\"\"")))
			.andExpect(status().isBadRequest());
	}

	private PlanCommand keyPlan(CurrentUser legal, String topic, List<PlanCommand.Target> targets) {
		return new PlanCommand("2026年度迟报统计资料重点检查", PlanType.KEY, AppClock.today().getYear(), null,
				"《统计法》第四十一条；催报记录", null, null, null, false, false, null, null, 1, null, AppClock.today(),
				fixture.defaultItemIds(legal), topic, targets);
	}

	/** Credit codes of 雨湖区 units no inspection, case or recusal of another test holds, so each can be staffed. */
	private List<String> freeUnits(int n) {
		return jdbc.queryForList("SELECT e.credit_code FROM enterprise e WHERE e.bureau_id = ?"
				+ " AND NOT EXISTS (SELECT 1 FROM inspection i WHERE i.enterprise_id = e.id AND i.status <> 'CLOSED')"
				+ " AND NOT EXISTS (SELECT 1 FROM enforcement_case c WHERE c.enterprise_id = e.id"
				+ " AND c.status NOT IN ('NOT_FILED', 'CLOSED', 'ARCHIVED'))"
				+ " AND NOT EXISTS (SELECT 1 FROM inspector_recusal r WHERE r.enterprise_id = e.id) ORDER BY e.id DESC",
				String.class, fixture.bureauId("430302")).subList(0, n);
	}

	/** Credit codes of 雨湖区 directory units at these positions (by id). */
	private List<String> codes(int... positions) {
		List<String> all = jdbc.queryForList("SELECT credit_code FROM enterprise WHERE bureau_id = ? ORDER BY id", String.class,
				fixture.bureauId("430302"));
		return java.util.Arrays.stream(positions).mapToObj(all::get).toList();
	}

}
