package cn.statenforce.rectification;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Re-check due dates of corrections not yet re-checked (see {@link CorrectionDeadlineRecompute}). */
@Mapper
interface CorrectionCalendarMapper {

	/** {@code deadline} is the correction deadline (the plan's report due), {@code handedOverOn} the plan's received date. */
	record OpenRecheck(long planId, long bureauId, LocalDate deadline, LocalDate handedOverOn, LocalDate recheckDue,
			String processInstanceId) {
	}

	List<OpenRecheck> selectOpenRechecksDueFrom(@Param("from") LocalDate from);

	int updateRecheckDue(@Param("planId") long planId, @Param("before") LocalDate before, @Param("after") LocalDate after);

}
