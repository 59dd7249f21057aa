package cn.statenforce.inspection;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Due dates of inspections still in fieldwork (see {@link InspectionDeadlineRecompute}). */
@Mapper
interface InspectionDeadlineMapper {

	record Fieldwork(long id, long bureauId, String inspectionNumber, LocalDate plannedDate, LocalDate dueDate) {
	}

	List<Fieldwork> selectInFieldworkDueFrom(@Param("from") LocalDate from);

	int updateDueDate(@Param("id") long id, @Param("before") LocalDate before, @Param("after") LocalDate after,
			@Param("at") LocalDateTime at);

}
