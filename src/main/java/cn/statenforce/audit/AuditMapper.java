package cn.statenforce.audit;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AuditMapper {

	/** The chain head, locked until the caller's transaction ends (appends of one bureau queue here). */
	AuditVerifier.Head selectHeadForUpdate(@Param("bureauId") long bureauId);

	AuditVerifier.Head selectHead(@Param("bureauId") long bureauId);

	int insertHead(@Param("bureauId") long bureauId, @Param("hash") String genesis);

	int updateHead(@Param("bureauId") long bureauId, @Param("seq") long seq, @Param("hash") String hash);

	int insert(@Param("e") AuditEntry entry);

	/** Entries after {@code afterSeq} up to {@code maxSeq}, in sequence order, at most {@code limit}. */
	List<AuditEntry> selectRange(@Param("bureauId") long bureauId, @Param("afterSeq") long afterSeq,
			@Param("maxSeq") long maxSeq, @Param("limit") int limit);

	/** The highest sequence number stored for the bureau, or null. */
	Long selectMaxSeq(@Param("bureauId") long bureauId);

	/** The newest entries first, for the page. */
	List<AuditEntry> selectLatest(@Param("bureauId") long bureauId, @Param("limit") int limit);

	List<AuditEntry> selectBySubject(@Param("subjectType") String subjectType, @Param("subjectId") long subjectId);

}
