package cn.statenforce.notification;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface NotificationMapper {

	int insert(@Param("n") Notification notification);

	List<Notification> selectByRecipient(@Param("recipient") String recipient, @Param("unreadOnly") boolean unreadOnly,
			@Param("offset") long offset, @Param("limit") int limit);

	long countByRecipient(@Param("recipient") String recipient, @Param("unreadOnly") boolean unreadOnly);

	long countBySubject(@Param("subjectType") String subjectType, @Param("subjectId") long subjectId,
			@Param("category") String category);

	int markRead(@Param("id") long id, @Param("recipient") String recipient, @Param("readAt") LocalDateTime readAt);

	int markReadByLink(@Param("link") String link, @Param("readAt") LocalDateTime readAt);

	int markReadAbout(@Param("category") String category, @Param("subjectType") String subjectType,
			@Param("subjectId") long subjectId, @Param("recipients") java.util.Collection<String> recipients,
			@Param("readAt") LocalDateTime readAt);

	int markReadByLinkFor(@Param("link") String link, @Param("recipient") String recipient, @Param("readAt") LocalDateTime readAt);

	int markAllRead(@Param("recipient") String recipient, @Param("readAt") LocalDateTime readAt);

}
