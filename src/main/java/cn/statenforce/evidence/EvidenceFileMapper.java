package cn.statenforce.evidence;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface EvidenceFileMapper {

	int insert(@Param("attachmentId") long attachmentId, @Param("bureauId") long bureauId,
			@Param("recordType") String recordType, @Param("recordId") long recordId, @Param("stepCode") String stepCode,
			@Param("stepLabel") String stepLabel);

	List<Step> selectSteps(@Param("recordType") String recordType, @Param("recordId") long recordId);

	/** The step of one stored file. */
	record Step(long attachmentId, String stepLabel) {
	}

}
