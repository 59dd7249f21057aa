package cn.statenforce.inspection;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface DirectoryImportMapper {

	int insertImport(@Param("bureauId") long bureauId, @Param("fileName") String fileName,
			@Param("format") String format, @Param("startedBy") String startedBy, @Param("now") LocalDateTime now,
			@Param("key") GeneratedId key);

	DirectoryImport selectImport(@Param("id") long id);

	List<DirectoryImport> selectImports(@Param("bureauIds") List<Long> bureauIds, @Param("limit") int limit);

	int updateProgress(@Param("id") long id, @Param("processed") long processed);

	int updateFinished(@Param("id") long id, @Param("status") String status, @Param("processed") long processed,
			@Param("inserted") long inserted, @Param("updated") long updated, @Param("rejected") long rejected,
			@Param("failure") String failure, @Param("now") LocalDateTime now);

	int insertErrors(@Param("importId") long importId, @Param("errors") List<ImportError> errors);

	List<ImportError> selectErrors(@Param("importId") long importId, @Param("offset") long offset,
			@Param("limit") int limit);

	long countErrors(@Param("importId") long importId);


}
