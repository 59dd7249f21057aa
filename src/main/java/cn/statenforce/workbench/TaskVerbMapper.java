package cn.statenforce.workbench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface TaskVerbMapper {

	// copies

	int insertCopy(@Param("c") TaskCopy copy);

	TaskCopy selectCopy(@Param("id") long id);

	List<TaskCopy> selectCopiesToRecipient(@Param("recipient") String recipient, @Param("offset") long offset,
			@Param("limit") int limit);

	long countCopiesToRecipient(@Param("recipient") String recipient, @Param("unreadOnly") boolean unreadOnly);

	List<TaskCopy> selectCopiesOfProcess(@Param("processInstanceId") String processInstanceId);

	long countOpenCopies(@Param("recipient") String recipient, @Param("subjectType") String subjectType,
			@Param("subjectId") long subjectId);

	int markCopyRead(@Param("id") long id, @Param("recipient") String recipient, @Param("readAt") LocalDateTime readAt);

	int markCopiesOfSubjectRead(@Param("recipient") String recipient, @Param("subjectType") String subjectType,
			@Param("subjectId") long subjectId, @Param("readAt") LocalDateTime readAt);

	int removeCopy(@Param("id") long id, @Param("removedAt") LocalDateTime removedAt);

	// urges

	int insertUrge(@Param("taskId") String taskId, @Param("urgedBy") String urgedBy, @Param("urgedOn") LocalDate urgedOn,
			@Param("urgedAt") LocalDateTime urgedAt, @Param("message") String message);

	long countUrgesOn(@Param("taskId") String taskId, @Param("urgedOn") LocalDate urgedOn);

	// proxies

	int insertProxy(@Param("p") TaskProxy proxy);

	TaskProxy selectProxy(@Param("id") long id);

	List<TaskProxy> selectProxiesOf(@Param("principal") String principal);

	List<TaskProxy> selectOverlappingProxies(@Param("principal") String principal, @Param("validFrom") LocalDate validFrom,
			@Param("validTo") LocalDate validTo);

	TaskProxy selectActiveProxy(@Param("principal") String principal, @Param("day") LocalDate day);

	/** The proxies naming {@code proxy} that run on {@code day} (whom the proxy acts for today). */
	List<TaskProxy> selectActiveProxiesNaming(@Param("proxy") String proxy, @Param("day") LocalDate day);

	int deleteTaskProxy(@Param("taskId") String taskId, @Param("proxy") String proxy);

	long selectLastProxyId(@Param("principal") String principal);

	long selectLastCopyId(@Param("taskId") String taskId, @Param("recipient") String recipient);

	int revokeProxy(@Param("id") long id, @Param("principal") String principal, @Param("revokedAt") LocalDateTime revokedAt);

	int insertTaskProxy(@Param("taskId") String taskId, @Param("principal") String principal, @Param("proxy") String proxy,
			@Param("proxyId") long proxyId, @Param("routedAt") LocalDateTime routedAt);

	/** taskId, principal pairs of the tasks routed to a proxy. */
	List<RoutedTask> selectRoutedTasks(@Param("taskIds") Collection<String> taskIds);

	// processes started from the application

	int insertProcessStart(@Param("processInstanceId") String processInstanceId, @Param("processKey") String processKey,
			@Param("businessKey") String businessKey, @Param("startedBy") String startedBy,
			@Param("startedAt") LocalDateTime startedAt);

	List<String> selectStartedProcessIds(@Param("startedBy") String startedBy, @Param("offset") long offset,
			@Param("limit") int limit);

	long countStarted(@Param("startedBy") String startedBy);

	record RoutedTask(String taskId, String principal, String proxy) {
	}

}
