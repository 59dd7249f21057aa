package cn.statenforce.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;

/**
 * 一公开, verifiable by the public (issue 18): from the published seed, parameters and list of units that could be
 * drawn alone, a program of one's own — here written in this test from the public algorithm page, not taken from
 * {@link RandomDraw} — gets the published drawn units; the server's "验证抽取结果" agrees; an altered list does not;
 * nothing about inspectors is published; the re-run is rate limited.
 */
@StatEnforceTest
class PublicDrawVerificationTest {

	@Autowired
	InspectionFixture fixture;

	@Autowired
	PublicDraws draws;

	@Autowired
	MockMvc mvc;

	private InspectionPlan publishedPlan(int sampleSize, long seed) {
		InspectionPlan p = fixture.approvedPlan(sampleSize);
		fixture.plans.draw(fixture.user("yuhu.legal"), p.id(), seed);
		return fixture.plans.publish(fixture.user("yuhu.leader"), p.id());
	}

	@Test
	void shouldLetAnyoneReRunThePublishedDrawFromThePublishedInputsAlone() throws Exception {
		InspectionPlan plan = publishedPlan(3, 20261202L);
		String page = anonymous("/public/inspections/" + plan.id());
		assertThat(page).contains("验证抽取结果", "抽取 3 家单位", "可抽单位名单", "抽取算法说明")
			.doesNotContain("yuhu.inspector").doesNotContain("执法证号");

		// the published inputs: seed and parameters from the page's data, the list from the download
		PublicDraws.PublishedDraw published = draws.published(plan.id());
		Draw d = published.draw();
		assertThat(page).contains(String.valueOf(d.seed()), published.populationSha256());
		String csv = new String(mvc.perform(get("/public/inspections/" + plan.id() + "/population.csv"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		List<String[]> lines = csv.lines().skip(1).map(l -> l.split(",")).toList();
		assertThat(csv).startsWith("\uFEFF统一社会信用代码,单位名称").doesNotContain("inspector");
		assertThat(lines).hasSize(d.eligible());
		List<String> drawn = published.drawn().stream().map(DrawUnitView::creditCode).sorted().toList();
		assertThat(drawn).hasSize(3);

		// an independent program, written from the algorithm page: one SplittableRandom from the seed, one u per
		// listed unit in list order, key ln(1 − u)/w, the three largest keys
		assertThat(independentReRun(d.seed(), 3, lines)).isEqualTo(drawn);

		// the server's re-run: from what it stored, and from the file as downloaded
		assertThat(anonymous("/public/inspections/" + plan.id() + "/verify")).contains("验证一致");
		assertThat(draws.verify(plan.id(), csv).identical()).isTrue();

		// a list with a drawn unit left out is not the published list: the re-run gives other units
		String drawnUnit = drawn.get(0);
		String altered = csv.lines().filter(l -> !l.startsWith(drawnUnit)).reduce((a, b) -> a + "\r\n" + b).orElseThrow();
		PublicDraws.Verification v = draws.verify(plan.id(), altered);
		assertThat(v.identical()).isFalse();
		assertThat(v.populationSha256()).isNotEqualTo(published.populationSha256());
		assertThat(v.message()).startsWith("验证不一致");
	}

	@Test
	void shouldLimitTheReRunsOfOneAddress() throws Exception {
		InspectionPlan plan = publishedPlan(2, 7L);
		int limit = 20;
		int refused = 0;
		for (int n = 0; n < limit + 1; n++) {
			int code = mvc.perform(get("/public/inspections/" + plan.id() + "/verify").with(r -> {
				r.setRemoteAddr("203.0.113.77");
				return r;
			})).andReturn().getResponse().getStatus();
			refused += code == 429 ? 1 : 0;
		}
		assertThat(refused).isEqualTo(1);
		// another address is not affected
		mvc.perform(get("/public/inspections/" + plan.id() + "/verify").with(r -> {
			r.setRemoteAddr("198.51.100.8");
			return r;
		})).andExpect(status().isOk());
	}

	@Test
	void shouldDescribeTheAlgorithmAndNotPublishUnpublishedPlans() throws Exception {
		assertThat(anonymous("/public/inspections/algorithm")).contains("SplittableRandom", "ln(1 − u) / w", "最大余数法");
		InspectionPlan unpublished = fixture.approvedPlan(2);
		fixture.plans.draw(fixture.user("yuhu.legal"), unpublished.id(), 11L);
		mvc.perform(get("/public/inspections/" + unpublished.id() + "/verify")).andExpect(status().isNotFound());
		mvc.perform(get("/public/inspections/" + unpublished.id() + "/population.csv")).andExpect(status().isNotFound());
	}

	private String anonymous(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** Single-stage weighted sampling without replacement as the public algorithm page describes it. */
	private static List<String> independentReRun(long seed, int n, List<String[]> lines) {
		SplittableRandom random = new SplittableRandom(seed);
		record Keyed(String code, double key) {
		}
		List<Keyed> keyed = new ArrayList<>();
		for (String[] l : lines) {
			double w = Double.parseDouble(l[l.length - 1].strip());
			keyed.add(new Keyed(l[0], Math.log(1 - random.nextDouble()) / w));
		}
		return keyed.stream().sorted(Comparator.comparingDouble(Keyed::key).reversed()).limit(n).map(Keyed::code).sorted()
			.toList();
	}

}
