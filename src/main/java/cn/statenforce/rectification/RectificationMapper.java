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

	int updatePlanProcess(@Param("id") long id, @Param("publishedAt") LocalDateTime publishedAt,
			@Param("processInstanceId") String processInstanceId);

	int updatePlanReported(@Param("id") long id, @Param("content") String content,
			@Param("at") LocalDateTime at, @Param("lookBackDue") LocalDate lookBackDue);

	int updatePlanLookedBack(@Param("id") long id, @Param("status") String status);

	// structure

	int insertAspect(@Param("a") AspectRow aspect);

	List<Aspect> selectAspects(@Param("planId") long planId);

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

	int insertEvidence(@Param("e") EvidenceRow evidence);

	List<Evidence> selectEvidence(@Param("measureIds") Collection<Long> measureIds);

	Evidence selectEvidenceById(@Param("id") long id);

	EvidenceContent selectEvidenceContent(@Param("id") long id);

	int countEvidence(@Param("measureId") long measureId);

	// deadline changes

	int insertDeadlineChange(@Param("c") DeadlineChangeRow change);

	DeadlineChange selectDeadlineChange(@Param("id") long id);

	List<DeadlineChange> selectDeadlineChanges(@Param("measureId") long measureId);

	int countPendingDeadlineChanges(@Param("measureId") long measureId);

	int updateDeadlineChangeDecided(@Param("id") long id, @Param("status") String status, @Param("by") String by,
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

	int updateMechanismReviewed(@Param("id") long id, @Param("reviewedOn") LocalDate reviewedOn,
			@Param("nextReviewOn") LocalDate nextReviewOn);

	// corrections

	int insertCorrection(@Param("c") Correction correction);

	Correction selectCorrection(@Param("planId") long planId);

	List<String> selectPlanNumbersByText(@Param("bureauIds") List<Long> bureauIds, @Param("pattern") String pattern);

	List<String> selectCorrectionNumbersByEnterprises(@Param("bureauIds") List<Long> bureauIds,
			@Param("enterpriseIds") List<Long> enterpriseIds);

	int updateCorrectionRechecked(@Param("planId") long planId, @Param("corrected") boolean corrected,
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

	}

	class ProgressRow {

		public Long id;

		public long measureId;

		public String kind;

		public String content;

		public String actor;

		public String actorName;

		public LocalDateTime occurredAt;

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
