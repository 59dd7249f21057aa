package cn.statenforce.interference;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface InterferenceMapper {

	// recorders

	List<String> selectRecorders(@Param("bureauId") long bureauId);

	int countRecorder(@Param("bureauId") long bureauId, @Param("username") String username);

	int insertRecorder(@Param("bureauId") long bureauId, @Param("username") String username,
			@Param("by") String by, @Param("at") LocalDateTime at);

	int deleteRecorder(@Param("bureauId") long bureauId, @Param("username") String username);

	// records

	int insertRecord(@Param("r") RecordRow row);

	InterferenceRecord selectRecord(@Param("id") long id);

	/** Records of a bureau, or only those a recorder made when {@code recorder} is given. */
	List<InterferenceRecord> selectRecords(@Param("bureauId") long bureauId, @Param("recorder") String recorder,
			@Param("from") LocalDate from, @Param("to") LocalDate to);

	int updateFollowUp(@Param("id") long id, @Param("expectedVersion") int expectedVersion, @Param("followUp") String followUp, @Param("by") String by,
			@Param("at") LocalDateTime at);

	/** Records that occurred in [from, to) in the bureaus; with {@code lateOnly} only late entries. */
	long countOccurred(@Param("bureauIds") List<Long> bureauIds, @Param("from") LocalDate from,
			@Param("to") LocalDate to, @Param("lateOnly") boolean lateOnly);

	// reports

	int insertReport(@Param("r") ReportRow row);

	InterferenceReport selectReport(@Param("id") long id);

	InterferenceReport selectReportByNumber(@Param("number") String number);

	List<InterferenceReport> selectReportsByNumbers(@Param("numbers") java.util.Collection<String> numbers);

	InterferenceReport selectReportOfPeriod(@Param("bureauId") long bureauId, @Param("year") int year,
			@Param("months") int months, @Param("index") int index);

	List<InterferenceReport> selectReports(@Param("bureauIds") List<Long> bureauIds);

	int updateReportProcess(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

	int updateReportSubmitted(@Param("id") long id, @Param("recordCount") int recordCount,
			@Param("lateCount") int lateCount, @Param("zeroReport") boolean zeroReport,
			@Param("statement") String statement, @Param("by") String by, @Param("byName") String byName,
			@Param("at") LocalDateTime at);

	/** Submitted reports of periods in the year; with {@code zeroOnly} only zero reports. */
	long countSubmitted(@Param("bureauIds") List<Long> bureauIds, @Param("year") int year,
			@Param("zeroOnly") boolean zeroOnly);

	class RecordRow {

		public Long id;

		public long bureauId;

		public String recordNumber;

		public LocalDate occurredOn;

		public String leaderName;

		public String leaderPost;

		public String leaderUnit;

		public String interferenceType;

		public String method;

		public String content;

		public boolean refused;

		public String reportedTo;

		public boolean lateEntry;

		public LocalDate obstacleEndedOn;

		public String lateReason;

		public String recorder;

		public String recorderName;

		public LocalDateTime recordedAt;

	}

	class ReportRow {

		public Long id;

		public long bureauId;

		public String reportNumber;

		public int periodYear;

		public int periodIndex;

		public int periodMonths;

		public LocalDate periodStart;

		public LocalDate periodEnd;

		public LocalDate dueOn;

		public LocalDateTime createdAt;

	}

}
