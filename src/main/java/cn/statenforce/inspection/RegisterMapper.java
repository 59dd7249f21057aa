package cn.statenforce.inspection;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The 检查事项清单 and the recusal declarations. */
@Mapper
interface RegisterMapper {

	List<InspectionItem> selectItems(@Param("bureauId") long bureauId, @Param("activeOnly") boolean activeOnly);

	InspectionItem selectItem(@Param("id") long id);

	int insertItem(@Param("bureauId") Long bureauId, @Param("title") String title, @Param("basis") String basis,
			@Param("sortOrder") int sortOrder, @Param("by") String by, @Param("now") LocalDateTime now,
			@Param("key") GeneratedId key);

	int updateItem(@Param("id") long id, @Param("expectedVersion") int expectedVersion, @Param("title") String title,
			@Param("basis") String basis, @Param("active") boolean active, @Param("sortOrder") int sortOrder,
			@Param("by") String by, @Param("now") LocalDateTime now);

	List<RecusalDeclaration> selectRecusals(@Param("bureauIds") List<Long> bureauIds);

	RecusalDeclaration selectRecusal(@Param("id") long id);

	int insertRecusal(@Param("bureauId") long bureauId, @Param("username") String username,
			@Param("enterpriseId") long enterpriseId, @Param("reason") String reason, @Param("by") String by,
			@Param("now") LocalDateTime now);

	int countRecusal(@Param("username") String username, @Param("enterpriseId") long enterpriseId);

	int deleteRecusal(@Param("id") long id);

}
