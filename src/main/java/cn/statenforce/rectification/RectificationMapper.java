package cn.statenforce.rectification;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Plans, their structure, progress, evidence, deadline changes, mechanisms and corrections. */
@Mapper
interface RectificationMapper {

	// plans

	int insertPlan(@Param("p") PlanRow plan);

	Plan selectPlan(@Param("id") long id);

	Plan selectPlanByNumber(@Param("planNumber") String planNumber);

	List<Plan> selectPlansByNumbers(@Param("numbers") Collection<String> numbers);

	List<Plan> selectPlans(@Param("bureauIds") List<Long> bureauIds, @Param("status") String status,
			@Param("source") String source, @Param("owner") String owner);

	int updatePlanStatus(@Param("id") long id, @Param("expected") String expected, @Param("status") String status);

	int updatePlanPublished(@Param("id") long id, @Param("publishedAt") LocalDateTime publishedAt,
			@Param("processInstanceId") String processInstanceId);

	/** The plan aggregate's write, guarded by the status and version it was read with (0 rows = moved meanwhile). */
	int updatePlanGuarded(@Param("p") Plan plan, @Param("expectedStatus") String expectedStatus,
			@Param("expectedVersion") int expectedVersion);

	int countOwnMeasures(@Param("planId") long planId, @Param("owner") String username);

	int updatePlanProcess(@Param("id") long id, @Param("publishedAt") LocalDateTime publishedAt,
			@Param("processInstanceId") String processInstanceId);

	int updatePlanReported(@Param("id") long id, @Param("content") String content,
			@Param("at") LocalDateTime at, @Param("lookBackDue") LocalDate lookBackDue);

	int updatePlanLookedBack(@Param("id") long id, @Param("status") String status);

	// structure

	int insertAspect(@Param("a") AspectRow aspect);

	List<Aspect> selectAspects(@Param("planId") long planId);

	Aspect selectAspectById(@Param("id") long id);

	int updateAspectTitle(@Param("id") long id, @Param("expectedVersion") int expectedVersion, @Param("title") String title);

	int updateAspectSeq(@Param("id") long id, @Param("seq") int seq);

	int deleteAspect(@Param("id") long id);

	int updateProblemText(@Param("id") long id, @Param("expectedVersion") int expectedVersion, @Param("aspectId") long aspectId, @Param("description") String description);

	int updateProblemSeq(@Param("id") long id, @Param("seq") int seq);

	int deleteProblem(@Param("id") long id);

	int insertProblem(@Param("p") ProblemRow problem);

	Problem selectProblem(@Param("id") long id);

	List<Problem> selectProblems(@Param("planId") long planId);

	int updateProblemClosed(@Param("id") long id, @Param("closedAt") LocalDateTime closedAt);

	int updateProblemReopened(@Param("id") long id);

	int countUnsignedMeasures(@Param("problemId") long problemId);

	int countOpenProblems(@Param("planId") long planId);

	int insertMeasure(@Param("m") MeasureRow measure);

	Measure selectMeasure(@Param("id") long id);

	List<Measure> selectMeasures(@Param("planId") long planId);

	List<Measure> selectMeasuresOfProblem(@Param("problemId") long problemId);

	List<Long> selectWorkableMeasureIds(@Param("planId") long planId);

	/** The measure aggregate's write, guarded by the status and version it was read with (0 rows = moved meanwhile). */
	int updateMeasureGuarded(@Param("m") Measure measure, @Param("expectedStatus") String expectedStatus,
			@Param("expectedVersion") int expectedVersion);

	int deleteMeasure(@Param("id") long id);

	int updateMeasureSeq(@Param("id") long id, @Param("seq") int seq);

	int updateMeasureProblem(@Param("id") long id, @Param("problemId") long problemId);

	/** Measures being worked, signed off or awaiting sign-off that name the directory entry as unit or leader. */
	List<Long> selectWorkableMeasureIdsOfResponsible(@Param("id") long responsibleId);

	int updateMeasureStatus(@Param("id") long id, @Param("expected") Collection<String> expected,
			@Param("status") String status);

	int updateMeasureProgress(@Param("id") long id, @Param("progress") String progress);

	int updateMeasureSubmitted(@Param("id") long id, @Param("mechanismTitle") String mechanismTitle,
			@Param("mechanismContent") String mechanismContent, @Param("at") LocalDateTime at);

	int updateMeasureSignedOff(@Param("id") long id, @Param("at") LocalDateTime at, @Param("by") String by);

	int updateMeasureEscalation(@Param("id") long id, @Param("level") int level,
			@Param("accountability") boolean accountability);

	int updateMeasureDeadline(@Param("id") long id, @Param("deadline") LocalDate deadline);

	int updateMeasureReopened(@Param("id") long id, @Param("deadline") LocalDate deadline);

	List<LedgerRow> selectLedger(@Param("bureauIds") List<Long> bureauIds, @Param("f") LedgerFilter filter,
			@Param("ownerScope") String ownerScope, @Param("today") LocalDate today);

	// progress and evidence

	int insertProgress(@Param("p") ProgressRow progress);

	List<ProgressEntry> selectProgress(@Param("measureId") long measureId);

	/** The login that made the measure's latest progress entry of the kind (e.g. who submitted the completion). */
	String selectLastActor(@Param("measureId") long measureId, @Param("kind") String kind);

	/** Id of the measure's latest progress entry of the kind, or null. */
	Long selectLastProgressId(@Param("measureId") long measureId, @Param("kind") String kind);

	/** Evidence attached to progress entries made after the given one (ids grow with time). */
	int countEvidenceAfter(@Param("measureId") long measureId, @Param("progressId") long progressId);

	int insertEvidence(@Param("e") EvidenceRow evidence);

	List<Evidence> selectEvidence(@Param("measureIds") Collection<Long> measureIds);

	Evidence selectEvidenceById(@Param("id") long id);

	EvidenceContent selectEvidenceContent(@Param("id") long id);

	int countEvidence(@Param("measureId") long measureId);

	// deadline changes

	int insertDeadlineChange(@Param("c") DeadlineChangeRow change);

	DeadlineChange selectDeadlineChange(@Param("id") long id);

	List<DeadlineChange> selectDeadlineChanges(@Param("measureId") long measureId);

	DeadlineChange selectPendingDeadlineChange(@Param("measureId") long measureId);

	int countPendingDeadlineChanges(@Param("measureId") long measureId);

	int updateDeadlineChangeDecided(@Param("id") long id, @Param("status") String status, @Param("by") String by,
			@Param("at") LocalDateTime at, @Param("opinion") String opinion);

	// amendments

	int insertAmendment(@Param("a") AmendmentRow amendment);

	Amendment selectAmendment(@Param("id") long id);

	List<Amendment> selectAmendments(@Param("planId") long planId);

	int countPendingAmendments(@Param("measureId") Long measureId, @Param("problemId") Long problemId);

	int updateAmendmentDecided(@Param("id") long id, @Param("status") String status, @Param("by") String by,
			@Param("at") LocalDateTime at, @Param("opinion") String opinion);

	// mechanisms

	int insertMechanism(@Param("m") MechanismRow mechanism);

	List<Mechanism> selectMechanisms(@Param("planId") long planId);

	Mechanism selectMechanism(@Param("id") long id);

	LocalDate selectNextMechanismReview(@Param("planId") long planId);

	int updateMechanismRetired(@Param("id") long id, @Param("retiredOn") LocalDate retiredOn);

	Mechanism selectMechanismByMeasure(@Param("measureId") long measureId);

	int updateMechanismRevised(@Param("id") long id, @Param("title") String title, @Param("content") String content,
			@Param("reviewedOn") LocalDate reviewedOn, @Param("nextReviewOn") LocalDate nextReviewOn);

	int updateMechanismReviewed(@Param("id") long id, @Param("expectedVersion") Integer expectedVersion, @Param("reviewedOn") LocalDate reviewedOn,
			@Param("nextReviewOn") LocalDate nextReviewOn);

	// corrections

	int insertCorrection(@Param("c") Correction correction);

	Correction selectCorrection(@Param("planId") long planId);

	List<String> selectPlanNumbersByText(@Param("bureauIds") List<Long> bureauIds, @Param("pattern") String pattern);

	List<String> selectCorrectionNumbersByEnterprises(@Param("bureauIds") List<Long> bureauIds,
			@Param("enterpriseIds") List<Long> enterpriseIds);

	int updateCorrectionRechecked(@Param("planId") long planId, @Param("expectedVersion") int expectedVersion, @Param("corrected") boolean corrected,
			@Param("opinion") String opinion, @Param("by") String by, @Param("at") LocalDateTime at,
			@Param("on") LocalDate on, @Param("team") String team);

	/** Bytes of an evidence file with the hash recorded at upload. */
	record EvidenceContent(byte[] content, String sha256) {
	}

	class PlanRow {

		public Long id;

		public long bureauId;

		public String planNumber;

		public String kind;

		public String source;

		public String sourceBody;

		public LocalDate receivedOn;

		public String documentNumber;

		public String title;

		public String planLeader;

		public LocalDate planDue;

		public LocalDate reportDue;

		public String status;

		public String createdBy;

		public LocalDateTime createdAt;

	}

	class AspectRow {

		public Long id;

		public long planId;

		public int seq;

		public String title;

	}

	class ProblemRow {

		public Long id;

		public long planId;

		public long aspectId;

		public int seq;

		public String description;

	}

	class MeasureRow {

		public Long id;

		public long planId;

		public long problemId;

		public int seq;

		public String content;

		public String ownerUsername;

		public String ownerName;

		public String leaderUsername;

		public String leaderName;

		public LocalDate deadline;

		public String category;

		public String requiredEvidence;

		public String status;

		public Long ownerId;

		public Long leaderId;

		public String coUnits;

	}

	class ProgressRow {

		public Long id;

		public long measureId;

		public String kind;

		public String content;

		public String actor;

		public String actorName;

		public LocalDateTime occurredAt;

		public String onBehalfOf;

	}

	class EvidenceRow {

		public Long id;

		public long measureId;

		public long progressId;

		public String fileName;

		public String contentType;

		public long sizeBytes;

		public String sha256;

		public byte[] content;

		public String uploadedBy;

		public LocalDateTime uploadedAt;

	}

	class DeadlineChangeRow {

		public Long id;

		public long measureId;

		public LocalDate oldDeadline;

		public LocalDate newDeadline;

		public String reason;

		public String requestedBy;

		public LocalDateTime requestedAt;

		public String approvers;

	}

	class AmendmentRow {

		public Long id;

		public long planId;

		public Long measureId;

		public Long problemId;

		public String oldText;

		public String newText;

		public Long oldOwnerId;

		public Long newOwnerId;

		public Long oldLeaderId;

		public Long newLeaderId;

		public String reason;

		public String requestedBy;

		public LocalDateTime requestedAt;

		public String approvers;

	}

	class MechanismRow {

		public Long id;

		public long planId;

		public long measureId;

		public String title;

		public String content;

		public LocalDate establishedOn;

		public LocalDate nextReviewOn;

	}

	/** 年度统计: counts by each figure's own defining date in [from, to), see {@link RectificationAnnualFigures}. */
	AnnualCounts selectAnnualCounts(@Param("bureauIds") List<Long> bureauIds, @Param("from") java.time.LocalDate from,
			@Param("to") java.time.LocalDate to, @Param("today") java.time.LocalDate today);

	record AnnualCounts(long plansReceived, long problems, long problemsClosed, long measures, long measuresSignedOff,
			long mechanisms, long overdueMeasures, long correctionsOpened, long corrected, long notCorrected) {
	}

}
