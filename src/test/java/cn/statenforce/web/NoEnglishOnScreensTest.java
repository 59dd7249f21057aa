package cn.statenforce.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.WebTestSupport;
import cn.statenforce.enforcementcase.CaseFixture;
import cn.statenforce.inspection.InspectionFixture;

/**
 * No English and no codes on a bureau user's screen: walks every page reachable by links from the workbench, as
 * every demo role of a district and of the city and as the public without login, and fails on any Latin-letter word
 * in what the page shows — text, and the attributes a user reads (title, placeholder, alt, aria-label, button and
 * option values are not read, their labels are). Allowed: numbers, 统一社会信用代码, file names, and the few words in
 * {@link #ALLOWED} (each with its reason). The engine console and the API documentation are the system
 * administrator's and are not walked.
 */
@StatEnforceTest
// a database of its own: only the demo data and the records made here, not what other tests typed (e.g. "API测试计划")
@org.springframework.test.context.TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:statenforce-walk;MODE=MySQL;DB_CLOSE_DELAY=-1")
class NoEnglishOnScreensTest {

	/** Words a Chinese bureau reads as they are: file formats named on download buttons, and 统计执法证 numbers' prefix. */
	private static final Set<String> ALLOWED = Set.of("Excel", "Word", "XLSX", "DOCX", "PDF", "CSV", "ZIP", "SHA");

	/**
	 * A Latin word of two letters or more (a single letter is a list mark or a unit such as "A 级"); a login name such as
	 * {@code yuhu.inspector1} shows as its words, so a username where a name belongs is found too.
	 */
	private static final Pattern LATIN_WORD = Pattern.compile("(?<![A-Za-z0-9_/-])[A-Za-z][A-Za-z_]+(?![A-Za-z0-9_/-])");

	/** An 18-character unified social credit code, a file name, a URL, a JWT-ish token: not words. */
	private static final Pattern NOT_WORDS = Pattern.compile(
			"\\b[0-9A-HJ-NP-RT-UW-Y]{18}\\b|[\\w\\u4e00-\\u9fa5()（）-]+\\.(xlsx|xls|csv|docx|pdf|zip|png|jpg|jpeg|txt)\\b|https?://\\S+");

	/** Pages of the same shape are walked a few times, not once per record. */
	private static final int PER_SHAPE = 2;

	private static final int MAX_PAGES_PER_USER = 250;

	private static final List<String> NOT_WALKED = List.of("/camunda", "/engine-rest", "/swagger-ui", "/v3/api-docs", "/logout",
			"/api/", "/webjars/", "/css/", "/js/", "/images/", "/favicon", "/actuator", "/h2-console");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	CaseFixture cases;

	/** Every page shown, over all users (to check that the walk went where the records are). */
	private final Set<String> shown = new TreeSet<>();

	@Autowired
	InspectionFixture inspections;

	@Autowired
	org.camunda.bpm.engine.ProcessEngine engine;

	@org.junit.jupiter.api.BeforeEach
	void init() {
		// this test has an application context (and engine) of its own
		org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine);
	}

	@Test
	void shouldShowNoLatinWordOnAnyPageOfAnyRole() throws Exception {
		// records to be walked through besides the demo data: a filed case and a drawn and started plan of the district
		cases.filed();
		inspections.startedInspections(2, 4711);

		Map<String, Set<String>> found = new HashMap<>();
		for (String user : List.of("yuhu.inspector1", "yuhu.legal", "yuhu.leader", "yuhu.director", "yuhu.owner", "yuhu.admin",
				"city.leader", "city.director", "city.admin")) {
			walk(WebTestSupport.page(users, user), List.of("/", "/tasks", "/tasks/done"), user, found);
		}
		walk(r -> r, List.of("/public/complaints", "/public/complaints/status", "/public/credit", "/login"), "公众", found);
		// the walk reached the records and their task pages, not only the menus
		assertThat(shown).anyMatch(u -> u.matches("/cases/\\d+")).anyMatch(u -> u.startsWith("/inspection/plans/"))
			.anyMatch(u -> u.matches("/inspection/inspections/\\d+")).anyMatch(u -> u.startsWith("/rectification"))
			.anyMatch(u -> u.startsWith("/tasks/"));
		System.out.println("no-English walk: " + shown.size() + " distinct pages shown");
		Set<String> report = new TreeSet<>();
		found.forEach((where, words) -> report.add(where + " → " + words));
		assertThat(report).as("Latin words on pages a bureau user or the public sees").isEmpty();
		Set<String> dateReport = new TreeSet<>();
		otherDates.forEach((where, dates) -> dateReport.add(where + " → " + dates));
		assertThat(dateReport).as("dates shown other than as yyyy-MM-dd / yyyy-MM-dd HH:mm").isEmpty();
	}

	/**
	 * A date or time printed another way than yyyy-MM-dd (HH:mm): ISO with T, seconds, slashes, unpadded month or day,
	 * Date.toString, 年月日 (the documents' own form, not the pages').
	 */
	static final Pattern OTHER_DATE = Pattern.compile(
			"\\d{4}-\\d{2}-\\d{2}T\\d{2}|(?<!\\d)\\d{1,2}:\\d{2}:\\d{2}|(?<!\\d)\\d{4}/\\d{1,2}/\\d{1,2}(?!\\d)"
					+ "|(?<!\\d)\\d{4}-(\\d-\\d{1,2}|\\d{2}-\\d)(?!\\d)|\\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\b"
					+ "|(?<!\\d)\\d{4}年\\d{1,2}月\\d{1,2}日");

	private final Map<String, Set<String>> otherDates = new HashMap<>();

	static Set<String> otherDates(Document page) {
		Document copy = page.clone();
		copy.select("script, style, noscript, template, [hidden], .technical, details.technical").remove();
		String text = copy.title() + "\n" + (copy.body() == null ? "" : copy.body().text());
		Set<String> found = new TreeSet<>();
		Matcher m = OTHER_DATE.matcher(text);
		while (m.find()) {
			found.add(text.substring(Math.max(0, m.start() - 10), Math.min(text.length(), m.end() + 6)).replaceAll("\\s+", " "));
		}
		return found;
	}

	@Test
	void shouldTellAnotherDateFormat() {
		for (String other : List.of("2026-12-02T15:03", "15:03:59", "2026/12/2", "2026-1-05", "2026-12-2", "Wed Dec 02 15:03:00 CST 2026",
				"2026年12月2日")) {
			assertThat(otherDates(Jsoup.parse("<p>于 " + other + " 办理</p>"))).as(other).isNotEmpty();
		}
		assertThat(otherDates(Jsoup.parse("<p>2026-12-02 15:03 · 2026-12-02 · 第 12 页 · 1/3</p>"))).isEmpty();
	}

	private void walk(RequestPostProcessor who, List<String> start, String user, Map<String, Set<String>> found)
			throws Exception {
		Deque<String> todo = new ArrayDeque<>(start);
		Set<String> seen = new LinkedHashSet<>();
		Map<String, Integer> shapes = new HashMap<>();
		while (!todo.isEmpty() && seen.size() < MAX_PAGES_PER_USER) {
			String url = todo.pop();
			if (!seen.add(url) || shapes.merge(shape(url), 1, Integer::sum) > PER_SHAPE) {
				continue;
			}
			MockHttpServletResponse r = mvc.perform(get(url).with(who)).andReturn().getResponse();
			String type = r.getContentType();
			if (r.getStatus() != 200 || type == null || !type.startsWith("text/html")) {
				continue;
			}
			shown.add(url);
			Document page = Jsoup.parse(r.getContentAsString(), "http://localhost" + url);
			Set<String> dates = otherDates(page);
			if (!dates.isEmpty()) {
				otherDates.computeIfAbsent(user + " " + url, k -> new TreeSet<>()).addAll(dates);
			}
			Set<String> words = latinWords(page);
			if (!words.isEmpty()) {
				found.computeIfAbsent(user + " " + url, k -> new TreeSet<>()).addAll(words);
			}
			for (Element a : page.select("a[href]")) {
				String next = local(a.attr("href"), url);
				if (next != null) {
					todo.add(next);
				}
			}
		}
	}

	/** What the page shows: its title, its visible text and the attributes read on screen. */
	static Set<String> latinWords(Document page) {
		// .account: login names in the administrator's 账号 column are what a user types, not words of the page
		page.select("script, style, noscript, template, [hidden], .technical, details.technical, .account").remove();
		StringBuilder text = new StringBuilder(page.title()).append('\n').append(page.body() == null ? "" : page.body().text());
		for (Element e : page.select("[title], [placeholder], [alt], [aria-label]")) {
			text.append('\n').append(e.attr("title")).append(' ').append(e.attr("placeholder")).append(' ')
				.append(e.attr("alt")).append(' ').append(e.attr("aria-label"));
		}
		String shown = NOT_WORDS.matcher(text).replaceAll(" ");
		Set<String> words = new TreeSet<>();
		Matcher m = LATIN_WORD.matcher(shown);
		Set<String> reported = new java.util.HashSet<>();
		while (m.find()) {
			if (!ALLOWED.contains(m.group()) && reported.add(m.group())) {
				// the word with what surrounds it, so the failure says where on the page it stands
				String around = shown.substring(Math.max(0, m.start() - 12), Math.min(shown.length(), m.end() + 12));
				words.add(m.group() + "「" + around.replaceAll("\\s+", " ") + "」");
			}
		}
		return words;
	}

	private static String local(String href, String from) {
		if (href.isBlank() || href.startsWith("#") || href.startsWith("javascript:") || href.startsWith("mailto:")) {
			return null;
		}
		URI u = URI.create("http://localhost" + from).resolve(href.replace(" ", "%20"));
		if (!"localhost".equals(u.getHost())) {
			return null;
		}
		String path = u.getRawPath();
		if (NOT_WALKED.stream().anyMatch(path::startsWith) || path.matches(".*/(export|download|template|file|files)(/.*)?$")
				|| path.matches(".*\\.(xlsx|xls|csv|docx|pdf|zip|png|jpg|svg|bpmn)$")) {
			return null;
		}
		return u.getRawQuery() == null ? path : path + "?" + u.getRawQuery();
	}

	/** A page's shape: its path with numbers replaced, without the query. */
	private static String shape(String url) {
		int q = url.indexOf('?');
		return (q < 0 ? url : url.substring(0, q)).replaceAll("\\d+", "#");
	}

}
