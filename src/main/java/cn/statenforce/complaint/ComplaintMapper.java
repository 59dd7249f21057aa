package cn.statenforce.complaint;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ComplaintMapper {

	int insertComplaint(@Param("c") ComplaintRow row);

	Complaint selectComplaint(@Param("id") long id);

	Complaint selectByNumber(@Param("number") String number);

	List<Complaint> selectByNumbers(@Param("numbers") Collection<String> numbers);

	List<Complaint> selectComplaints(@Param("bureauIds") List<Long> bureauIds, @Param("status") String status,
			@Param("year") Integer year);

	List<String> selectNumbersByUnit(@Param("bureauIds") List<Long> bureauIds, @Param("text") String text);

	/** Public reports since the time, from one client (hash) or, with a null hash, from everyone. */
	long countWebSince(@Param("clientHash") String clientHash, @Param("since") LocalDateTime since);

	String selectQueryCodeHash(@Param("id") long id);

	int updateProcess(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

	int updateHandler(@Param("id") long id, @Param("handler") String handler, @Param("handlerName") String handlerName);

	int updateTriage(@Param("id") long id, @Param("expectedVersion") int expectedVersion, @Param("decision") String decision, @Param("opinion") String opinion,
			@Param("passTo") String passTo, @Param("reply") String reply, @Param("told") String told,
			@Param("handler") String handler, @Param("handlerName") String handlerName);

	int updateTriageDecided(@Param("id") long id, @Param("expectedVersion") int expectedVersion, @Param("status") String status, @Param("by") String by,
			@Param("at") LocalDateTime at, @Param("handlingDue") LocalDate handlingDue,
			@Param("closedAt") LocalDateTime closedAt);

	int updateTriageReturned(@Param("id") long id, @Param("expectedVersion") int expectedVersion);

	int updateHandled(@Param("id") long id, @Param("expectedVersion") int expectedVersion, @Param("result") String result, @Param("summary") String summary,
			@Param("enterpriseId") Long enterpriseId, @Param("leadCaseId") Long leadCaseId,
			@Param("leadNumber") String leadNumber, @Param("feedback") String feedback,
			@Param("feedbackMethod") String feedbackMethod, @Param("at") LocalDateTime at);

	int updateReminded(@Param("id") long id, @Param("on") LocalDate on);

	int updateEscalated(@Param("id") long id, @Param("on") LocalDate on);

	long countReceived(@Param("bureauIds") List<Long> bureauIds, @Param("from") LocalDateTime from,
			@Param("to") LocalDateTime to, @Param("channel") String channel);

	long countAccepted(@Param("bureauIds") List<Long> bureauIds, @Param("from") LocalDateTime from,
			@Param("to") LocalDateTime to);

	long countClosed(@Param("bureauIds") List<Long> bureauIds, @Param("from") LocalDateTime from,
			@Param("to") LocalDateTime to, @Param("result") String result);

	class ComplaintRow {

		public Long id;

		public long bureauId;

		public String complaintNumber;

		public String channel;

		public LocalDateTime receivedAt;

		public String reportedUnit;

		public String reportedPlace;

		public String content;

		public boolean anonymous;

		public String reporterName;

		public String reporterPhone;

		public String reporterEmail;

		public String reporterAddress;

		public String clientHash;

		public String queryCodeHash;

		public String registeredBy;

		public String handler;

		public String handlerName;

		public LocalDate ackDue;

	}

}
