package cn.statenforce.activity;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ActivityMapper {

	int insert(@Param("e") ActivityEntry entry);

	List<ActivityEntry> selectBySubject(@Param("subjectType") String subjectType, @Param("subjectId") long subjectId);

}
