package cn.statenforce.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;

/**
 * The public pages wear the app's layout (its header, CSS and phone viewport) without the signed-in menu, search box
 * or account, and their tables scroll sideways on a phone instead of widening the page.
 */
@StatEnforceTest
class PublicPagesLayoutTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	InspectionFixture fixture;

	private Document anonymous(String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void shouldShowEveryPublicPageInTheAppsLayoutWithoutTheSignedInMenu() throws Exception {
		InspectionPlan p = fixture.approvedPlan(2);
		fixture.plans.draw(fixture.user("yuhu.legal"), p.id(), 20261202L);
		InspectionPlan plan = fixture.plans.publish(fixture.user("yuhu.leader"), p.id());
		for (String path : List.of("/public/inspections", "/public/inspections/" + plan.id(), "/public/inspections/algorithm",
				"/public/credit", "/public/complaints", "/public/complaints/status")) {
			Document page = anonymous(path);
			assertThat(page.getElementById("public-header")).as(path).isNotNull();
			assertThat(page.select("#public-menu a").eachText()).as(path).containsExactly("抽查结果", "失信名单", "举报", "举报查询");
			assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).as(path).contains("/css/app.css");
			assertThat(page.select("meta[name=viewport]").attr("content")).as(path).isEqualTo("width=device-width, initial-scale=1");
			assertThat(page.getElementById("sidebar")).as(path).isNull();
			assertThat(page.getElementById("current-user")).as(path).isNull();
			assertThat(page.getElementById("global-search")).as(path).isNull();
			assertThat(page.select("main h1")).as(path).hasSize(1);
			assertThat(page.title()).as(path).endsWith(" - 统计执法信息公开");
			page.select("table").forEach(t -> assertThat(t.parent().hasClass("table-responsive")).as(path + " " + t.id()).isTrue());
		}
		Document list = anonymous("/public/inspections");
		assertThat(list.select("#public-plans a").eachText()).contains(plan.planNumber());
	}

}
