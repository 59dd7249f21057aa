package cn.statenforce.workbench;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface OpinionPhraseMapper {

	int insert(@Param("p") OpinionPhrase phrase);

	List<OpinionPhrase> selectByUser(@Param("username") String username);

	int delete(@Param("id") long id, @Param("username") String username);

}
