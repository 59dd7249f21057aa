package cn.statenforce.inspection;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface InspectionPlanMapper {

	InspectionPlan selectPlan(@Param("id") long id);

	List<InspectionPlan> selectPlansByNumbers(@Param("numbers") java.util.Collection<String> numbers);

	List<InspectionPlan> selectPlans(@Param("bureauIds") List<Long> bureauIds, @Param("offset") long offset,
			@Param("limit") int limit);

	long countPlans(@Param("bureauIds") List<Long> bureauIds);

	List<InspectionPlan> selectPublishedPlans();

	int insertPlan(@Param("p") PlanCommand p, @Param("bureauId") long bureauId, @Param("planNumber") String planNumber,
			@Param("createdBy") String createdBy, @Param("now") LocalDateTime now, @Param("key") GeneratedId key);

	int updatePlan(@Param("id") long id, @Param("expectedVersion") int expectedVersion, @Param("p") PlanCommand p,
			@Param("now") LocalDateTime now);

	int updateProcessInstance(@Param("id") long id, @Param("processInstanceId") String processInstanceId,
			@Param("now") LocalDateTime now);

	/** Plans at a step of the plan's process (submitted, not yet both started and published) without an instance. */
	List<InspectionPlan> selectPlansWithoutProcess();

	int updateStatus(@Param("id") long id, @Param("from") PlanStatus from, @Param("to") PlanStatus to,
			@Param("now") LocalDateTime now);

	int updateApproval(@Param("id") long id, @Param("to") PlanStatus to, @Param("approvedBy") String approvedBy,
			@Param("opinion") String opinion, @Param("now") LocalDateTime now);

	int updatePublication(@Param("id") long id, @Param("publishedOn") LocalDate publishedOn,
			@Param("publishDue") LocalDate publishDue, @Param("now") LocalDateTime now);

	int deletePlanItems(@Param("planId") long planId);

	int insertPlanItems(@Param("planId") long planId, @Param("itemIds") List<Long> itemIds);

	List<InspectionItem> selectPlanItems(@Param("planId") long planId);

	int deletePlanTargets(@Param("planId") long planId);

	int insertPlanTargets(@Param("planId") long planId, @Param("targets") List<PlanTarget> targets);

	List<PlanTarget> selectPlanTargets(@Param("planId") long planId);


	List<Long> selectCleanSince(@Param("bureauId") long bureauId, @Param("since") LocalDate since);

	List<Long> selectUnderInspection(@Param("bureauId") long bureauId);

	List<DrawSnapshot.Recusal> selectRecusals(@Param("usernames") List<String> usernames);

	int insertDraw(@Param("d") Draw d, @Param("key") GeneratedId key);

	int insertSnapshot(@Param("drawId") long drawId, @Param("content") byte[] content);

	StoredSnapshot selectSnapshot(@Param("drawId") long drawId);

	/** The gzip of a draw's canonical snapshot (a record: MyBatis reads a bare byte[] result as rows). */
	record StoredSnapshot(Long drawId, byte[] content) {
	}

	int insertDrawUnits(@Param("drawId") long drawId, @Param("units") List<DrawnUnit> units);

	Draw selectDraw(@Param("id") long id);

	Draw selectCurrentDraw(@Param("planId") long planId);

	List<Draw> selectDraws(@Param("planId") long planId);

	int updateDrawSuperseded(@Param("id") long id);

	int updateDrawVerified(@Param("id") long id, @Param("ok") boolean ok, @Param("now") LocalDateTime now);

	List<DrawUnitView> selectDrawUnits(@Param("drawId") long drawId);

}
