package cn.statenforce.rectification;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The directory of responsible units and leaders: entries, aliases and linked accounts. */
@Mapper
interface ResponsibleMapper {

	int insertResponsible(@Param("r") ResponsibleRow row);

	Responsible selectResponsible(@Param("id") long id);

	List<Responsible> selectResponsibles(@Param("bureauId") long bureauId, @Param("kind") String kind);

	Responsible selectByName(@Param("bureauId") long bureauId, @Param("kind") String kind, @Param("name") String name);

	Responsible selectByAlias(@Param("bureauId") long bureauId, @Param("kind") String kind, @Param("alias") String alias);

	List<Responsible> selectByAccount(@Param("bureauId") long bureauId, @Param("kind") String kind,
			@Param("username") String username);

	int updateName(@Param("id") long id, @Param("expectedVersion") int expectedVersion, @Param("name") String name);

	int insertAlias(@Param("responsibleId") long responsibleId, @Param("bureauId") long bureauId,
			@Param("kind") String kind, @Param("alias") String alias);

	List<String> selectAliases(@Param("responsibleId") long responsibleId);

	int insertAccount(@Param("responsibleId") long responsibleId, @Param("username") String username);

	int bumpVersion(@Param("id") long id, @Param("expectedVersion") int expectedVersion);

	java.util.List<Long> selectInactive(@Param("bureauId") long bureauId);

	int countInactive(@Param("id") long id);

	int insertInactive(@Param("id") long id, @Param("actor") String actor, @Param("at") java.time.LocalDateTime at);

	int deleteInactive(@Param("id") long id);

	int deleteAccount(@Param("responsibleId") long responsibleId, @Param("username") String username);

	List<String> selectAccounts(@Param("responsibleId") long responsibleId);

	/** Linked accounts of several entries: rows of (responsible id, username). */
	List<AccountLink> selectAccountLinks(@Param("ids") Collection<Long> ids);

	record AccountLink(long responsibleId, String username) {
	}

	class ResponsibleRow {

		public Long id;

		public long bureauId;

		public String kind;

		public String name;

		public String createdBy;

		public LocalDateTime createdAt;

	}

}
