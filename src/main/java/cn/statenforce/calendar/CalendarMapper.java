package cn.statenforce.calendar;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CalendarMapper {

	List<CalendarDay> selectAll();

	List<CalendarDay> selectBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

	CalendarDay selectByDate(@Param("date") LocalDate date);

	int insert(@Param("d") CalendarDay day);

	int update(@Param("d") CalendarDay day);

	int delete(@Param("date") LocalDate date);

	int deleteBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

	List<CalendarYear> selectYears();

	int insertYear(@Param("y") CalendarYear year);

	int updateYear(@Param("y") CalendarYear year);

}
