package cn.statenforce.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.organization.UserService;

/** The JSON behind the pages' pickers: people, directory units, regions, industries — each within the user's scope. */
@StatEnforceTest
class PickersTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService details;

	@Autowired
	UserService users;

	private String json(String username, String path, String... params) throws Exception {
		var request = get(path).with(user(details.loadUserByUsername(username)));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void shouldOfferPeopleOfTheUsersScopeByName() throws Exception {
		String name = users.summary("yuhu.inspector2").displayName();
		String answer = json("yuhu.inspector1", "/pickers/users", "q", name, "role", "INSPECTOR");
		assertThat(answer).contains("\"value\":\"yuhu.inspector2\"", "\"label\":\"" + name + "\"");
		// a district's user does not find the neighbouring district's people
		assertThat(json("yuhu.inspector1", "/pickers/users", "q", "yuetang")).doesNotContain("yuetang.");
		mvc.perform(get("/pickers/users").param("role", "NO_SUCH_ROLE").with(user(details.loadUserByUsername("yuhu.inspector1"))))
			.andExpect(status().isBadRequest());
	}

	@Test
	void shouldOfferUnitsRegionsAndIndustries() throws Exception {
		assertThat(json("yuhu.inspector1", "/pickers/units", "q", "")).contains("\"value\":", "\"hint\":");
		// 重点检查对象 are named by 统一社会信用代码: the same units with the code as the value
		String byCode = json("yuhu.inspector1", "/pickers/units", "q", "", "value", "creditCode");
		java.util.regex.Matcher code = java.util.regex.Pattern.compile("\"value\":\"([0-9A-Z]{18})\",\"label\":\"[^\"]+\",\"hint\":\"\\1\"").matcher(byCode);
		assertThat(code.find()).as(byCode).isTrue();
		mvc.perform(get("/pickers/units").param("value", "name").with(user(details.loadUserByUsername("yuhu.inspector1"))))
			.andExpect(status().isBadRequest());
		assertThat(json("yuhu.inspector1", "/pickers/regions")).contains("\"value\":\"430302\"", "雨湖区").doesNotContain("430304");
		assertThat(json("city.leader", "/pickers/regions")).contains("430300", "430302", "430304");
		// GB/T 4754—2017: section C is 制造业, F 批发和零售业
		assertThat(json("yuhu.inspector1", "/pickers/industries", "q", "制造")).contains("\"value\":\"C\"", "制造业")
			.doesNotContain("\"value\":\"F\"");
		assertThat(json("yuhu.inspector1", "/pickers/industries")).contains("\"value\":\"A\"", "\"value\":\"T\"", "国际组织");
	}

}
