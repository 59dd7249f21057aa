package cn.statenforce.numbering;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SequenceMapper {

	Integer selectForUpdate(@Param("bureauId") long bureauId, @Param("type") String type, @Param("year") int year);

	int insertFirst(@Param("bureauId") long bureauId, @Param("type") String type, @Param("year") int year);

	int increment(@Param("bureauId") long bureauId, @Param("type") String type, @Param("year") int year);

}
