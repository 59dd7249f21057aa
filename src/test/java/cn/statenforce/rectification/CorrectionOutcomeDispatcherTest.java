package cn.statenforce.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.statenforce.shared.handover.CorrectionOutcomeListener;

class CorrectionOutcomeDispatcherTest {

	record Call(String type, long originId, String key, long correctionId, boolean corrected, String opinion) {
	}

	static CorrectionOutcomeListener listener(String type, List<Call> calls) {
		return new CorrectionOutcomeListener() {
			@Override
			public String originType() {
				return type;
			}

			@Override
			public void onRechecked(long originId, String originBusinessKey, long correctionId, boolean corrected,
					String opinion) {
				calls.add(new Call(type, originId, originBusinessKey, correctionId, corrected, opinion));
			}
		};
	}

	static Correction correction(String originType) {
		return new Correction(7L, originType, 42L, "430302-AJ-2026-003", 5L, "a,b", LocalDate.of(2026, 12, 1), true,
				"已改正", "a", null, LocalDate.of(2026, 12, 1), "a,b", 0);
	}

	@Test
	void shouldCallOnlyListenersOfTheOriginType() {
		List<Call> calls = new ArrayList<>();
		var dispatcher = new CorrectionOutcomeDispatcher(
				List.of(listener("ENFORCEMENT_CASE", calls), listener("INSPECTION", calls)));

		int told = dispatcher.dispatch(correction("ENFORCEMENT_CASE"), false, "未改正");

		assertThat(told).isEqualTo(1);
		assertThat(calls).containsExactly(new Call("ENFORCEMENT_CASE", 42L, "430302-AJ-2026-003", 7L, false, "未改正"));
	}

	@Test
	void shouldCallEveryMatchingListener() {
		List<Call> calls = new ArrayList<>();
		var dispatcher = new CorrectionOutcomeDispatcher(List.of(listener("INSPECTION", calls), listener("INSPECTION", calls)));

		assertThat(dispatcher.dispatch(correction("INSPECTION"), true, "已改正")).isEqualTo(2);
		assertThat(calls).hasSize(2).allMatch(Call::corrected);
	}

	@Test
	void shouldCallNothingWithoutListeners() {
		assertThat(new CorrectionOutcomeDispatcher(List.of()).dispatch(correction("INSPECTION"), true, "已改正")).isZero();
	}

}
