-- Rectification (整改): feedback → plan (整改方案) → aspects (方面) → problems (问题清单) → measures (任务清单)
-- with the responsibility view (责任清单), progress reports, evidence (佐证材料), deadline changes,
-- long-term mechanisms (长效机制) and enterprise corrections (责令改正 → 复查).

CREATE TABLE rect_plan (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  bureau_id            BIGINT        NOT NULL,
  plan_number          VARCHAR(40)   NOT NULL COMMENT 'business key, e.g. 430302-ZG-2026-001',
  kind                 VARCHAR(16)   NOT NULL COMMENT 'PLAN (feedback rectification) or CORRECTION (one-item order to correct)',
  source               VARCHAR(16)   NOT NULL COMMENT 'PATROL, AUDIT, SUPERVISION, ENFORCEMENT, SELF_CHECK',
  source_body          VARCHAR(200)  NOT NULL COMMENT '反馈单位, e.g. 区委第五巡察组',
  received_on          DATE          NOT NULL COMMENT '反馈日期',
  document_number      VARCHAR(100)  NULL     COMMENT '反馈文号',
  title                VARCHAR(300)  NOT NULL,
  plan_leader          VARCHAR(64)   NULL     COMMENT 'username of the leader responsible for the whole plan (第一责任人)',
  plan_due             DATE          NOT NULL COMMENT '整改方案 due',
  report_due           DATE          NOT NULL COMMENT '整改报告 due',
  status               VARCHAR(16)   NOT NULL,
  published_at         DATETIME      NULL,
  report_content       VARCHAR(4000) NULL,
  report_submitted_at  DATETIME      NULL,
  closed_at            DATETIME      NULL,
  look_back_due        DATE          NULL,
  look_back_round      INT           NOT NULL DEFAULT 0,
  process_instance_id  VARCHAR(64)   NULL,
  created_by           VARCHAR(64)   NOT NULL,
  created_at           DATETIME      NOT NULL,
  version              INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_rect_plan_number UNIQUE (plan_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_rect_plan_bureau ON rect_plan (bureau_id, status);

CREATE TABLE rect_aspect (
  id        BIGINT       NOT NULL AUTO_INCREMENT,
  plan_id   BIGINT       NOT NULL,
  seq       INT          NOT NULL,
  title     VARCHAR(300) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_rect_aspect_plan FOREIGN KEY (plan_id) REFERENCES rect_plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE rect_problem (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  plan_id       BIGINT        NOT NULL,
  aspect_id     BIGINT        NOT NULL,
  seq           INT           NOT NULL,
  description   VARCHAR(2000) NOT NULL,
  status        VARCHAR(16)   NOT NULL COMMENT 'OPEN, CLOSED',
  closed_at     DATETIME      NULL,
  reopen_count  INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT fk_rect_problem_plan FOREIGN KEY (plan_id) REFERENCES rect_plan (id),
  CONSTRAINT fk_rect_problem_aspect FOREIGN KEY (aspect_id) REFERENCES rect_aspect (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_rect_problem_plan ON rect_problem (plan_id);

CREATE TABLE rect_measure (
  id                  BIGINT        NOT NULL AUTO_INCREMENT,
  plan_id             BIGINT        NOT NULL,
  problem_id          BIGINT        NOT NULL,
  seq                 INT           NOT NULL,
  content             VARCHAR(2000) NOT NULL,
  owner_username      VARCHAR(64)   NULL     COMMENT 'RECTIFICATION_OWNER user = responsible unit; NULL for an enterprise',
  owner_name          VARCHAR(200)  NOT NULL COMMENT 'responsible unit as shown (unit user name or enterprise name)',
  leader_username     VARCHAR(64)   NULL,
  leader_name         VARCHAR(64)   NULL,
  deadline            DATE          NOT NULL,
  category            VARCHAR(16)   NOT NULL COMMENT 'IMMEDIATE 立行立改, DEADLINE 限期整改, LONG_TERM 长期坚持',
  required_evidence   VARCHAR(500)  NULL,
  status              VARCHAR(16)   NOT NULL COMMENT 'NOT_STARTED, IN_PROGRESS, RETURNED, SUBMITTED, SIGNED_OFF',
  latest_progress     VARCHAR(2000) NULL,
  escalation_level    INT           NOT NULL DEFAULT 0 COMMENT '0 none, 1 reminded, 2 overdue notice, 3 leader warned, 4 accountability',
  accountability      BOOLEAN       NOT NULL DEFAULT FALSE,
  mechanism_title     VARCHAR(300)  NULL     COMMENT 'long-term measures: the mechanism proposed with the completion',
  mechanism_content   VARCHAR(2000) NULL,
  submitted_at        DATETIME      NULL,
  signed_off_at       DATETIME      NULL,
  signed_off_by       VARCHAR(64)   NULL,
  version             INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT fk_rect_measure_plan FOREIGN KEY (plan_id) REFERENCES rect_plan (id),
  CONSTRAINT fk_rect_measure_problem FOREIGN KEY (problem_id) REFERENCES rect_problem (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_rect_measure_plan ON rect_measure (plan_id);
CREATE INDEX ix_rect_measure_owner ON rect_measure (owner_username);

CREATE TABLE rect_progress (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  measure_id   BIGINT        NOT NULL,
  kind         VARCHAR(16)   NOT NULL COMMENT 'PROGRESS, COMPLETION, SIGN_OFF, RETURN, REOPEN',
  content      VARCHAR(2000) NOT NULL,
  actor        VARCHAR(64)   NOT NULL,
  actor_name   VARCHAR(64)   NOT NULL,
  occurred_at  DATETIME      NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_rect_progress_measure FOREIGN KEY (measure_id) REFERENCES rect_measure (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_rect_progress_measure ON rect_progress (measure_id);

-- Evidence files live in the database (not on disk) so that a file and the step that attaches it
-- commit or roll back together; the SHA-256 is checked on every download.
CREATE TABLE rect_evidence (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  measure_id    BIGINT        NOT NULL,
  progress_id   BIGINT        NOT NULL,
  file_name     VARCHAR(255)  NOT NULL,
  content_type  VARCHAR(100)  NOT NULL,
  size_bytes    BIGINT        NOT NULL,
  sha256        CHAR(64)      NOT NULL,
  content       LONGBLOB      NOT NULL,
  uploaded_by   VARCHAR(64)   NOT NULL,
  uploaded_at   DATETIME      NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_rect_evidence_measure FOREIGN KEY (measure_id) REFERENCES rect_measure (id),
  CONSTRAINT fk_rect_evidence_progress FOREIGN KEY (progress_id) REFERENCES rect_progress (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_rect_evidence_measure ON rect_evidence (measure_id);

CREATE TABLE rect_deadline_change (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  measure_id     BIGINT        NOT NULL,
  old_deadline   DATE          NOT NULL,
  new_deadline   DATE          NOT NULL,
  reason         VARCHAR(1000) NOT NULL,
  requested_by   VARCHAR(64)   NOT NULL,
  requested_at   DATETIME      NOT NULL,
  status         VARCHAR(16)   NOT NULL COMMENT 'PENDING, APPROVED, REJECTED',
  decided_by     VARCHAR(64)   NULL,
  decided_at     DATETIME      NULL,
  opinion        VARCHAR(1000) NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_rect_change_measure FOREIGN KEY (measure_id) REFERENCES rect_measure (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_rect_change_measure ON rect_deadline_change (measure_id);

CREATE TABLE rect_mechanism (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  plan_id           BIGINT        NOT NULL,
  measure_id        BIGINT        NOT NULL,
  title             VARCHAR(300)  NOT NULL,
  content           VARCHAR(2000) NULL,
  established_on    DATE          NOT NULL,
  next_review_on    DATE          NOT NULL,
  last_reviewed_on  DATE          NULL,
  review_count      INT           NOT NULL DEFAULT 0,
  retired_on        DATE          NULL     COMMENT 'no longer under periodic review (e.g. absorbed into routine rules)',
  PRIMARY KEY (id),
  CONSTRAINT fk_rect_mechanism_plan FOREIGN KEY (plan_id) REFERENCES rect_plan (id),
  CONSTRAINT fk_rect_mechanism_measure FOREIGN KEY (measure_id) REFERENCES rect_measure (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE rect_correction (
  plan_id              BIGINT        NOT NULL,
  origin_type          VARCHAR(32)   NOT NULL COMMENT 'ENFORCEMENT_CASE, INSPECTION',
  origin_id            BIGINT        NOT NULL,
  origin_business_key  VARCHAR(64)   NOT NULL,
  enterprise_id        BIGINT        NOT NULL,
  inspectors           VARCHAR(500)  NOT NULL COMMENT 'comma-separated usernames of the re-check inspectors',
  recheck_due          DATE          NOT NULL,
  corrected            BOOLEAN       NULL,
  opinion              VARCHAR(2000) NULL,
  rechecked_by         VARCHAR(64)   NULL,
  rechecked_at         DATETIME      NULL,
  PRIMARY KEY (plan_id),
  CONSTRAINT fk_rect_correction_plan FOREIGN KEY (plan_id) REFERENCES rect_plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
