package cn.statenforce.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface InspectionMapper {

	int insertInspection(@Param("bureauId") long bureauId, @Param("planId") long planId,
			@Param("enterpriseId") long enterpriseId, @Param("number") String number,
			@Param("inspector1") String inspector1, @Param("inspector2") String inspector2,
			@Param("plannedDate") LocalDate plannedDate, @Param("dueDate") LocalDate dueDate,
			@Param("now") LocalDateTime now, @Param("key") GeneratedId key);

	Inspection selectInspection(@Param("id") long id);

	List<Inspection> selectByNumbers(@Param("numbers") Collection<String> numbers);

	List<Inspection> selectByPlan(@Param("planId") long planId);

	List<String> selectNumbersByPartyName(@Param("bureauIds") List<Long> bureauIds, @Param("text") String text,
			@Param("limit") int limit);

	int updateNoticeNumber(@Param("id") long id, @Param("noticeNumber") String noticeNumber,
			@Param("now") LocalDateTime now);

	int updateNotice(@Param("id") long id, @Param("noticeNumber") String noticeNumber,
			@Param("servedOn") LocalDate servedOn, @Param("recipient") String recipient,
			@Param("now") LocalDateTime now);

	int updateReturnedToNotice(@Param("id") long id, @Param("now") LocalDateTime now);

	int updateResult(@Param("id") long id, @Param("inspectedOn") LocalDate inspectedOn,
			@Param("result") InspectionResult result, @Param("summary") String summary,
			@Param("measure") String measure, @Param("deadline") LocalDate deadline, @Param("now") LocalDateTime now);

	int insertCheck(@Param("inspectionId") long inspectionId, @Param("itemId") long itemId,
			@Param("itemTitle") String itemTitle, @Param("conforming") boolean conforming,
			@Param("finding") String finding, @Param("evidence") String evidence, @Param("by") String by,
			@Param("now") LocalDateTime now);

	List<InspectionCheck> selectChecks(@Param("inspectionId") long inspectionId);

	int updateCorrectionRef(@Param("id") long id, @Param("refId") Long refId, @Param("refNumber") String refNumber,
			@Param("now") LocalDateTime now);

	int updateRecheck(@Param("id") long id, @Param("corrected") boolean corrected, @Param("opinion") String opinion,
			@Param("now") LocalDateTime now);

	int updateSummaryDecision(@Param("id") long id, @Param("number") String number, @Param("penalty") String penalty,
			@Param("fine") BigDecimal fine, @Param("now") LocalDateTime now);

	int updateLead(@Param("id") long id, @Param("leadId") long leadId, @Param("leadNumber") String leadNumber,
			@Param("now") LocalDateTime now);

	/** Replaces inspector 1 or 2 if it still is {@code replaced} and the inspection is not closed. */
	int updateInspector(@Param("id") long id, @Param("slot") int slot, @Param("replaced") String replaced,
			@Param("replacement") String replacement, @Param("now") LocalDateTime now);

	int insertInspectorChange(@Param("inspectionId") long inspectionId, @Param("replaced") String replaced,
			@Param("replacement") String replacement, @Param("reason") String reason, @Param("by") String by,
			@Param("now") LocalDateTime now);

	List<InspectorChange> selectInspectorChanges(@Param("inspectionId") long inspectionId);

	int updateClosed(@Param("id") long id, @Param("closedOn") LocalDate closedOn, @Param("now") LocalDateTime now);

	/** Closed inspections of published plans: the public result list (no personal data). */
	List<Inspection> selectPublishedResults(@Param("planId") long planId);

	/** Counts of the inspections whose on-site inspection date lies in [from, to), see {@link InspectionAnnualFigures}. */
	AnnualCounts selectAnnualCounts(@Param("bureauIds") List<Long> bureauIds, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

	/** Distinct units inspected in [from, to) per plan type. */
	List<PlanTypeUnits> selectAnnualUnitsByPlanType(@Param("bureauIds") List<Long> bureauIds,
			@Param("from") LocalDate from, @Param("to") LocalDate to);

	/** Distinct units inspected in [from, to) by 专项 and 重点 checks, per plan type and topic (null = none). */
	List<TopicUnits> selectAnnualUnitsByTopic(@Param("bureauIds") List<Long> bureauIds, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

	record AnnualCounts(long inspections, long units, long unitsWithProblems, long noProblem, long ordersToCorrect,
			long summaryProcedure, long handedOver, long summaryWarnings, long summaryFines, BigDecimal summaryFinesTotal,
			long writtenOrders) {
	}

	record PlanTypeUnits(String planType, long units) {
	}

	record TopicUnits(String planType, String topic, long units) {
	}

}
