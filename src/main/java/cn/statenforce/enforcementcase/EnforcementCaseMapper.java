package cn.statenforce.enforcementcase;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface EnforcementCaseMapper {

	void insertCase(@Param("c") EnforcementCase c);

	/** Full-row update guarded by the version read; 0 = someone else changed the case meanwhile. */
	int updateCase(@Param("c") EnforcementCase c);

	EnforcementCase selectById(@Param("id") long id);

	EnforcementCase selectForUpdate(@Param("id") long id);

	List<EnforcementCase> selectByBusinessKeys(@Param("keys") Collection<String> keys);

	List<String> selectBusinessKeysByPartyName(@Param("bureauIds") List<Long> bureauIds, @Param("text") String text);

	List<EnforcementCase> selectPage(@Param("f") CaseFilter f, @Param("statuses") List<String> statuses,
			@Param("today") LocalDate today, @Param("offset") long offset, @Param("limit") int limit);

	long countPage(@Param("f") CaseFilter f, @Param("statuses") List<String> statuses, @Param("today") LocalDate today);

	/** Orders to correct issued to the enterprise since the date (for "≥3 orders within 1 year"). */
	int countCorrectionOrders(@Param("enterpriseId") long enterpriseId, @Param("since") LocalDate since);

	/** Every case (of one bureau, or all when {@code bureauId} is null) with what the consistency check compares. */
	List<CaseConsistency.CaseState> selectStatesForConsistency(@Param("bureauId") Long bureauId);

	List<Long> selectIdsWithRunningClock(@Param("statuses") List<String> statuses);

	/** Units with a case in a status other than the finished ones (在办案件). */
	List<Long> selectEnterprisesWithOpenCases(@Param("finished") List<String> finished);

	List<String> selectOpenCaseNumbers(@Param("enterpriseId") long enterpriseId, @Param("finished") List<String> finished);

	void insertInspector(@Param("i") CaseParts.Inspector i);

	int updateRecusal(@Param("caseId") long caseId, @Param("username") String username,
			@Param("reason") String reason);

	List<CaseParts.Inspector> selectInspectors(@Param("caseId") long caseId);

	void insertViolation(@Param("v") CaseParts.Violation v);

	/** Stores the benchmark's recommendation for one violation (id and rec* fields of {@code v}). */
	int updateViolationRecommendation(@Param("v") CaseParts.Violation v);

	int requestRecusal(@Param("caseId") long caseId, @Param("username") String username, @Param("by") String by,
			@Param("reason") String reason, @Param("on") LocalDate on);

	int clearRecusalRequest(@Param("caseId") long caseId, @Param("username") String username);

	void deleteViolations(@Param("caseId") long caseId);

	List<CaseParts.Violation> selectViolations(@Param("caseId") long caseId);

	void insertEvidence(@Param("e") CaseParts.Evidence e);

	List<CaseParts.Evidence> selectEvidence(@Param("caseId") long caseId);

	void insertOpinion(@Param("o") CaseParts.Opinion o);

	List<CaseParts.Opinion> selectOpinions(@Param("caseId") long caseId);

	void insertPause(@Param("p") CaseParts.Pause p);

	int endPause(@Param("caseId") long caseId, @Param("reason") String reason, @Param("endedOn") LocalDate endedOn);

	List<CaseParts.Pause> selectPauses(@Param("caseId") long caseId);

	void insertAppeal(@Param("a") CaseParts.Appeal a);

	List<CaseParts.Appeal> selectAppeals(@Param("caseId") long caseId);

	/** 年度统计: counts of the cases by each figure's own defining date in [from, to), see {@link CaseAnnualFigures}. */
	AnnualCounts selectAnnualCounts(@Param("bureauIds") List<Long> bureauIds, @Param("from") LocalDate from,
			@Param("to") LocalDate to, @Param("today") LocalDate today, @Param("running") List<String> running);

	/** Decisions made in [from, to) by disposition and penalty. */
	List<DecisionCount> selectAnnualDecisions(@Param("bureauIds") List<Long> bureauIds, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

	record AnnualCounts(long leadsRegistered, long casesFiled, long summaryWarnings, long summaryWarningsWithFine,
			long ordersToCorrect,
			long hearingsHeld, long legalReviews, long closed, long overdueOpen) {
	}

	record DecisionCount(String decisionOutcome, String penaltyOutcome, long decisions, java.math.BigDecimal fines) {
	}

	/** 法定要件核验 kept with an approval ({@link CaseChecklist#record}). */
	record ChecklistLine(String requirement, boolean met, String detail, String anchor, String actorName,
			java.time.LocalDateTime recordedAt) {
	}

	void deleteChecklist(@Param("caseId") long caseId, @Param("step") String step);

	void insertChecklistLine(@Param("caseId") long caseId, @Param("step") String step, @Param("lineNo") int lineNo,
			@Param("requirement") String requirement, @Param("met") boolean met, @Param("detail") String detail,
			@Param("anchor") String anchor, @Param("actorName") String actorName,
			@Param("recordedAt") java.time.LocalDateTime recordedAt);

	List<ChecklistLine> selectChecklist(@Param("caseId") long caseId, @Param("step") String step);

}
