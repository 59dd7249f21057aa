package cn.statenforce.training;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface TrainingMapper {

	int insert(@Param("a") ActivityRow row);

	int update(@Param("a") ActivityRow row, @Param("expectedVersion") int expectedVersion);

	TrainingActivity selectById(@Param("id") long id);

	List<TrainingActivity> select(@Param("bureauIds") List<Long> bureauIds, @Param("type") String type,
			@Param("from") LocalDate from, @Param("to") LocalDate to);

	Totals selectTotals(@Param("bureauIds") List<Long> bureauIds, @Param("type") String type, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

	/** Count and sum of participants. */
	record Totals(long activities, Long people) {
	}

	class ActivityRow {

		public Long id;

		public long bureauId;

		public String activityType;

		public String category;

		public LocalDate heldOn;

		public String topic;

		public String organiser;

		public int participants;

		public String place;

		public String summary;

		public String registeredBy;

		public String registeredByName;

		public LocalDateTime now;

	}

}
