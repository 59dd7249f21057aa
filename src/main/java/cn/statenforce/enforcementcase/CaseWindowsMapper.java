package cn.statenforce.enforcementcase;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The statutory windows of open cases counted on the working-day calendar (see {@link CaseDeadlineRecompute}). */
@Mapper
interface CaseWindowsMapper {

	/** Cases with a running window (not yet done) that ends on or after the day. */
	List<Long> selectIdsWithRunningWindows(@Param("from") LocalDate from);

	int updateWindows(@Param("id") long id, @Param("rowVersion") int rowVersion, @Param("defenceDue") LocalDate defenceDue,
			@Param("hearingRequestDue") LocalDate hearingRequestDue, @Param("serviceDue") LocalDate serviceDue,
			@Param("publicationDue") LocalDate publicationDue, @Param("paymentDue") LocalDate paymentDue,
			@Param("at") LocalDateTime at);

}
