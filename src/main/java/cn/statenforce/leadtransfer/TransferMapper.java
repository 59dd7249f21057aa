package cn.statenforce.leadtransfer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface TransferMapper {

	int insertTransfer(@Param("t") TransferRow row);

	int insertMaterial(@Param("transferId") long transferId, @Param("seq") int seq, @Param("source") String source,
			@Param("title") String title);

	LeadTransfer selectTransfer(@Param("id") long id);

	List<LeadTransfer> selectByNumbers(@Param("numbers") Collection<String> numbers);

	List<LeadTransfer> selectTransfers(@Param("bureauIds") List<Long> bureauIds, @Param("status") String status,
			@Param("year") Integer year);

	List<String> selectNumbersByPerson(@Param("bureauIds") List<Long> bureauIds, @Param("text") String text);

	List<TransferMaterial> selectMaterials(@Param("transferId") long transferId);

	int updateProcess(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

	int updateApproved(@Param("id") long id, @Param("expectedVersion") int expectedVersion, @Param("status") String status, @Param("by") String by,
			@Param("byName") String byName, @Param("opinion") String opinion, @Param("letterNumber") String letterNumber,
			@Param("sentOn") LocalDate sentOn, @Param("replyDue") LocalDate replyDue);

	int updateReminded(@Param("id") long id, @Param("on") LocalDate on);

	int updateEscalated(@Param("id") long id, @Param("on") LocalDate on);

	int updateReplied(@Param("id") long id, @Param("expectedVersion") int expectedVersion, @Param("replyOn") LocalDate replyOn, @Param("document") String document,
			@Param("result") String result, @Param("sanction") String sanction, @Param("summary") String summary,
			@Param("by") String by);

	/** Transfers of the bureaus sent in [from, to), optionally of one recipient type. */
	long countSent(@Param("bureauIds") List<Long> bureauIds, @Param("from") LocalDate from, @Param("to") LocalDate to,
			@Param("recipientType") String recipientType);

	long countReplied(@Param("bureauIds") List<Long> bureauIds, @Param("from") LocalDate from, @Param("to") LocalDate to,
			@Param("result") String result);

	long countOverdue(@Param("bureauIds") List<Long> bureauIds, @Param("from") LocalDate from, @Param("to") LocalDate to,
			@Param("today") LocalDate today);

	class TransferRow {

		public Long id;

		public long bureauId;

		public String transferNumber;

		public Long caseId;

		public String caseNumber;

		public String personName;

		public String personPost;

		public String personUnit;

		public boolean partyMember;

		public boolean publicServant;

		public String conduct;

		public String recipientType;

		public String recipientName;

		public String handler;

		public String handlerName;

		public LocalDateTime createdAt;

	}

}
