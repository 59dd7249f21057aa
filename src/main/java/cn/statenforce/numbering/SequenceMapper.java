package cn.statenforce.numbering;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SequenceMapper {

	/** Creates the sequence at 1 or increments it, in one statement that takes the row's exclusive lock. */
	int upsertIncrement(@Param("bureauId") long bureauId, @Param("type") String type, @Param("year") int year);

	int selectCurrent(@Param("bureauId") long bureauId, @Param("type") String type, @Param("year") int year);

}
