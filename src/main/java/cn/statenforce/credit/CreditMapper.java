package cn.statenforce.credit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CreditMapper {

	// records

	int insertRecord(@Param("r") RecordRow row);

	CreditRecord selectRecord(@Param("id") long id);

	List<CreditRecord> selectRecordsByNumbers(@Param("numbers") Collection<String> numbers);

	List<CreditRecord> selectRecords(@Param("bureauIds") List<Long> bureauIds, @Param("status") String status);

	List<CreditRecord> selectRecordsOfEnterprise(@Param("enterpriseId") long enterpriseId);

	/** Published today: status PUBLISHED and today within the period. */
	List<CreditRecord> selectPublishedOn(@Param("today") LocalDate today);

	List<Long> selectCaseIdsWithRecord(@Param("bureauIds") List<Long> bureauIds);

	List<String> selectNumbersByEnterprise(@Param("bureauIds") List<Long> bureauIds, @Param("text") String text);

	int updateProcess(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

	int updateDecided(@Param("id") long id, @Param("expectedVersion") int expectedVersion, @Param("status") String status, @Param("by") String by,
			@Param("byName") String byName, @Param("opinion") String opinion, @Param("identifiedOn") LocalDate identifiedOn,
			@Param("from") LocalDate from, @Param("until") LocalDate until);

	int updateRemoved(@Param("id") long id, @Param("status") String status, @Param("on") LocalDate on,
			@Param("reason") String reason);

	long countIdentified(@Param("bureauIds") List<Long> bureauIds, @Param("from") LocalDate from, @Param("to") LocalDate to);

	long countRemoved(@Param("bureauIds") List<Long> bureauIds, @Param("from") LocalDate from, @Param("to") LocalDate to,
			@Param("status") String status);

	// repairs

	int insertRepair(@Param("r") RepairRow row);

	CreditRepair selectRepair(@Param("id") long id);

	List<CreditRepair> selectRepairsByNumbers(@Param("numbers") Collection<String> numbers);

	List<CreditRepair> selectRepairsOfRecord(@Param("recordId") long recordId);

	List<CreditRepair> selectRepairsOfEnterprise(@Param("enterpriseId") long enterpriseId);

	int updateRepairProcess(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

	/** {@code at} is the decision time when the review itself rejects, null when the application goes on. */
	int updateRepairReviewed(@Param("id") long id, @Param("expectedVersion") int expectedVersion, @Param("status") String status, @Param("by") String by,
			@Param("opinion") String opinion, @Param("at") LocalDateTime at);

	/** 退回 / 撤回 of the approval: 待审批 goes back to 待审核, the review cleared for the reviewer to do again. */
	int updateRepairReturned(@Param("id") long id, @Param("expectedVersion") int expectedVersion);

	int updateRepairDecided(@Param("id") long id, @Param("expectedVersion") int expectedVersion, @Param("status") String status, @Param("by") String by,
			@Param("opinion") String opinion, @Param("at") LocalDateTime at);

	// commitments

	int insertCommitment(@Param("c") CommitmentRow row);

	List<CreditCommitment> selectCommitments(@Param("enterpriseId") long enterpriseId);

	long countCommitmentsSince(@Param("enterpriseId") long enterpriseId, @Param("kind") String kind,
			@Param("since") LocalDate since);

	long countCommitments(@Param("bureauIds") List<Long> bureauIds, @Param("from") LocalDate from, @Param("to") LocalDate to);

	class RecordRow {

		public Long id;

		public long bureauId;

		public String recordNumber;

		public long enterpriseId;

		public String enterpriseName;

		public String creditCode;

		public String partyType;

		public long caseId;

		public String caseNumber;

		public String decisionNumber;

		public String basis;

		public String proposedBy;

		public String proposedByName;

		public LocalDateTime proposedAt;

	}

	class RepairRow {

		public Long id;

		public long bureauId;

		public String repairNumber;

		public long recordId;

		public String kind;

		public LocalDate appliedOn;

		public String applicant;

		public String reason;

		public String registeredBy;

		public LocalDateTime registeredAt;

	}

	class CommitmentRow {

		public Long id;

		public long bureauId;

		public long enterpriseId;

		public String kind;

		public LocalDate signedOn;

		public String signatory;

		public String content;

		public String registeredBy;

		public LocalDateTime registeredAt;

	}

}
