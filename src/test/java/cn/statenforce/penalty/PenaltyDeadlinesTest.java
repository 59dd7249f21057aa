package cn.statenforce.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.calendar.WorkingDayCalendar;
import cn.statenforce.shared.BadRequestException;

/**
 * The statutory windows on the real calendar bean. Dates are in 2030, a year without recorded holidays, so only
 * weekends are non-working days here (holiday arithmetic itself is the calendar's own test).
 */
@StatEnforceTest
class PenaltyDeadlinesTest {

	/** Wednesday. */
	private static final LocalDate WED = LocalDate.of(2030, 1, 9);

	@Autowired
	PenaltyDeadlines deadlines;

	@Autowired
	WorkingDayCalendar calendar;

	@BeforeEach
	void yearWithoutHolidays() {
		assertThat(calendar.coveredYears()).doesNotContain(2030);
	}

	@Test
	void shouldCountProcedureWindowsInWorkingDays() {
		assertThat(deadlines.statementDefenceDeadline(WED)).isEqualTo(LocalDate.of(2030, 1, 14));
		assertThat(deadlines.hearingRequestDeadline(WED)).isEqualTo(LocalDate.of(2030, 1, 16));
		assertThat(deadlines.earliestHearingDate(WED)).isEqualTo(LocalDate.of(2030, 1, 18));
		assertThat(deadlines.serviceDeadline(WED)).isEqualTo(LocalDate.of(2030, 1, 18));
		assertThat(deadlines.publicationDeadline(WED)).isEqualTo(LocalDate.of(2030, 1, 18));
	}

	@Test
	void shouldRejectAHearingScheduledTooSoon() {
		assertThatThrownBy(() -> deadlines.checkHearingNotice(WED, LocalDate.of(2030, 1, 17)))
			.isInstanceOf(BadRequestException.class)
			.hasMessageContaining("2030-01-18");
		deadlines.checkHearingNotice(WED, LocalDate.of(2030, 1, 18));
	}

	@Test
	void shouldMoveCalendarDayPeriodsEndingOnAWeekendToMonday() {
		assertThat(deadlines.paymentDueDate(WED)).isEqualTo(LocalDate.of(2030, 1, 24));
		// 2030-01-04 is a Friday; +15 days = Saturday 2030-01-19 → Monday 2030-01-21
		assertThat(deadlines.paymentDueDate(LocalDate.of(2030, 1, 4))).isEqualTo(LocalDate.of(2030, 1, 21));
		assertThat(deadlines.administrativeReviewDeadline(WED)).isEqualTo(LocalDate.of(2030, 3, 11));
		assertThat(deadlines.litigationDeadline(WED)).isEqualTo(LocalDate.of(2030, 7, 9));
	}

	@Test
	void shouldLimitTheCaseToThreeMonthsPlusAtMostThreeMore() {
		assertThat(deadlines.caseDeadline(WED, 0)).isEqualTo(LocalDate.of(2030, 4, 9));
		assertThat(deadlines.caseDeadline(WED, 3)).isEqualTo(LocalDate.of(2030, 7, 9));
		assertThatThrownBy(() -> deadlines.caseDeadline(WED, 4)).isInstanceOf(BadRequestException.class);
	}

}
