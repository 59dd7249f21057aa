package cn.statenforce.training;

import static cn.statenforce.WebTestSupport.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.attachment.EvidenceFiles;
import cn.statenforce.enforcementcase.CaseFixture;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.shared.NotFoundException;

/** Trainings and publicity: registered with evidence, corrected under optimistic locking, refused when incomplete. */
@StatEnforceTest
class TrainingServiceTest {

	@Autowired
	TrainingService trainings;

	@Autowired
	CaseFixture f;

	@Autowired
	MockMvc mvc;

	static ActivityCommand openDay(int reached) {
		// 9月22日 中国统计开放日 (seed 002), a Tuesday in 2026
		return new ActivityCommand("OPEN_DAY", LocalDate.of(2026, 9, 22), "“中国统计开放日”统计法治宣传", "雨湖区统计局", reached,
				"雨湖区万达广场", "设立咨询台、发放《统计法》宣传册，现场答疑");
	}

	@Test
	void shouldRegisterWithEvidenceAndCorrectUnderOptimisticLocking() {
		TrainingActivity a = trainings.register(f.as("yuhu.legal"), openDay(2500), List.of(EvidenceFiles.png("现场照片.png")));
		assertThat(a.activityType()).isEqualTo("PUBLICITY");
		assertThat(a.participantsLabel()).isEqualTo("覆盖人次");
		assertThat(trainings.attachments(f.as("yuhu.inspector1"), a.id())).hasSize(1);
		TrainingActivity corrected = trainings.update(f.as("yuhu.leader"), a.id(), a.rowVersion(), openDay(2600), List.of());
		assertThat(corrected.participants()).isEqualTo(2600);
		assertThatThrownBy(() -> trainings.update(f.as("yuhu.leader"), a.id(), a.rowVersion(), openDay(2700), List.of()))
			.isInstanceOf(ConflictException.class);
		// the city reads it, cannot change it; the sibling district does not see it
		assertThat(trainings.activity(f.as("city.leader"), a.id()).topic()).contains("开放日");
		assertThatThrownBy(() -> trainings.update(f.as("city.leader"), a.id(), corrected.rowVersion(), openDay(1), List.of()))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> trainings.activity(f.as("yuetang.leader"), a.id())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void shouldRefuseIncompleteActivitiesAndUnitAccounts() {
		assertThatThrownBy(() -> trainings.register(f.as("yuhu.legal"), openDay(0), List.of()))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("覆盖人次");
		assertThatThrownBy(() -> trainings.register(f.as("yuhu.legal"), new ActivityCommand("SPECIALIZED_LAW", LocalDate.now().plusDays(1),
				"《统计法》专题培训", "雨湖区统计局", 16, null, null), List.of())).isInstanceOf(BadRequestException.class).hasMessageContaining("不能晚于今天");
		assertThatThrownBy(() -> trainings.register(f.as("yuhu.legal"), new ActivityCommand("SEMINAR", LocalDate.now(),
				"培训", "雨湖区统计局", 16, null, null), List.of())).isInstanceOf(BadRequestException.class).hasMessageContaining("活动类别");
		assertThatThrownBy(() -> trainings.register(f.as("yuhu.owner"), openDay(10), List.of())).isInstanceOf(ForbiddenException.class);
	}

	@Test
	void shouldRegisterThroughTheApiWithAChineseProblemForBadInput() throws Exception {
		mvc.perform(post("/api/trainings").with(api("yuhu.inspector1")).contentType(MediaType.APPLICATION_JSON).content("""
				{"category":"NEW_LAW","heldOn":"2026-04-03","topic":"新修订《统计法》解读","organiser":"雨湖区统计局","participants":16}"""))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.activityType").value("TRAINING"));
		mvc.perform(post("/api/trainings").with(api("yuhu.inspector1")).contentType(MediaType.APPLICATION_JSON).content("""
				{"category":"NEW_LAW","heldOn":"2026-04-03","topic":"","organiser":"雨湖区统计局","participants":16}"""))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("请填写主题"))
			.andExpect(jsonPath("$.errors[0].field").value("topic"));
		mvc.perform(get("/api/trainings").param("type", "TRAINING").with(api("yuhu.leader"))).andExpect(status().isOk());
	}

}
