-- Enforcement cases (统计执法案件): from the lead (线索) to the archive (归档). The case row is the legal
-- record; the process instance (business key = lead_number / case_code) is only the schedule.

CREATE TABLE enforcement_case (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  bureau_id            BIGINT        NOT NULL,
  lead_number          VARCHAR(32)   NOT NULL COMMENT 'ASCII lead number, first business key',
  case_code            VARCHAR(32)   NULL     COMMENT 'ASCII case code, business key after filing',
  case_number          VARCHAR(64)   NULL     COMMENT '案号 as printed, e.g. 雨统立〔2025〕1号',
  process_instance_id  VARCHAR(64)   NULL,
  source               VARCHAR(32)   NOT NULL,
  origin_type          VARCHAR(32)   NULL,
  origin_id            BIGINT        NULL,
  enterprise_id        BIGINT        NOT NULL,
  party_name           VARCHAR(200)  NOT NULL,
  party_type           VARCHAR(32)   NOT NULL,
  credit_code          VARCHAR(18)   NULL,
  legal_representative VARCHAR(64)   NULL,
  party_address        VARCHAR(300)  NULL,
  cause                VARCHAR(300)  NOT NULL COMMENT '案由',
  findings             VARCHAR(4000) NOT NULL,
  conduct_date         DATE          NOT NULL,
  reporter_name        VARCHAR(64)   NULL COMMENT 'confidential: handler and leaders only',
  reporter_contact     VARCHAR(100)  NULL COMMENT 'confidential: handler and leaders only',
  handler              VARCHAR(64)   NOT NULL COMMENT 'username of the inspector in charge',
  status               VARCHAR(32)   NOT NULL,
  procedure_type       VARCHAR(16)   NULL COMMENT 'SUMMARY or ORDINARY',
  complex_case         BOOLEAN       NOT NULL DEFAULT FALSE,
  major_case           BOOLEAN       NOT NULL DEFAULT FALSE,
  circumstance         VARCHAR(16)   NULL,
  first_offence        BOOLEAN       NULL,
  corrected_in_time    BOOLEAN       NULL,
  rec_outcome          VARCHAR(32)   NULL,
  rec_fine_min         DECIMAL(14,2) NULL,
  rec_fine_max         DECIMAL(14,2) NULL,
  rec_rule_id          VARCHAR(64)   NULL,
  rec_legal_basis      VARCHAR(1000) NULL,
  rec_regime           VARCHAR(32)   NULL,
  rec_explanation      VARCHAR(2000) NULL,
  proposal             VARCHAR(32)   NULL COMMENT 'PENALTY, NO_PENALTY, NOT_ESTABLISHED, TRANSFER',
  proposed_outcome     VARCHAR(32)   NULL,
  proposed_fine        DECIMAL(14,2) NULL,
  notice_served_on     DATE          NULL,
  defence_due          DATE          NULL,
  hearing_right        BOOLEAN       NOT NULL DEFAULT FALSE,
  hearing_request_due  DATE          NULL,
  hearing_requested    BOOLEAN       NOT NULL DEFAULT FALSE,
  hearing_date         DATE          NULL,
  hearing_chair        VARCHAR(64)   NULL,
  hearing_held         BOOLEAN       NOT NULL DEFAULT FALSE,
  legal_review_required BOOLEAN      NOT NULL DEFAULT FALSE,
  legal_review_passed  BOOLEAN       NOT NULL DEFAULT FALSE,
  discussion_required  BOOLEAN       NOT NULL DEFAULT FALSE,
  discussion_done      BOOLEAN       NOT NULL DEFAULT FALSE,
  decision_outcome     VARCHAR(32)   NULL COMMENT 'PENALTY, NO_PENALTY, NOT_ESTABLISHED, TRANSFER',
  penalty_outcome      VARCHAR(32)   NULL COMMENT 'WARNING, WARNING_AND_FINE, CIRCULATE',
  fine_amount          DECIMAL(14,2) NULL,
  decision_number      VARCHAR(64)   NULL,
  decided_by           VARCHAR(64)   NULL,
  decided_on           DATE          NULL,
  correction_ordered   BOOLEAN       NOT NULL DEFAULT FALSE,
  correction_measure   VARCHAR(1000) NULL,
  correction_deadline  DATE          NULL,
  correction_id        BIGINT        NULL COMMENT 'rectification item, when the rectification capability tracks it',
  correction_result    VARCHAR(16)   NULL COMMENT 'CORRECTED, NOT_CORRECTED',
  service_due          DATE          NULL,
  served_on            DATE          NULL,
  service_method       VARCHAR(32)   NULL,
  payment_due          DATE          NULL,
  paid_on              DATE          NULL,
  paid_amount          DECIMAL(14,2) NULL,
  late_charge          DECIMAL(14,2) NULL,
  transferred_to       VARCHAR(200)  NULL,
  filed_on             DATE          NULL,
  case_deadline        DATE          NULL COMMENT '办案期限 incl. approved extension and pauses',
  extension_months     INT           NOT NULL DEFAULT 0,
  overdue_escalated    BOOLEAN       NOT NULL DEFAULT FALSE,
  reminded_on          DATE          NULL,
  closed_on            DATE          NULL,
  publication_due      DATE          NULL,
  published_on         DATE          NULL,
  publication_text     VARCHAR(4000) NULL,
  archive_number       VARCHAR(64)   NULL,
  archived_on          DATE          NULL,
  created_at           DATETIME      NOT NULL,
  updated_at           DATETIME      NOT NULL,
  row_version          INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_case_lead_number (lead_number),
  UNIQUE KEY uk_case_code (case_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_case_bureau_status ON enforcement_case (bureau_id, status);
CREATE INDEX ix_case_enterprise ON enforcement_case (enterprise_id);

-- 执法人员 on the case: on-the-spot (SUMMARY) or investigation team (INVESTIGATOR); recusal (回避) kept.
CREATE TABLE case_inspector (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  case_id       BIGINT        NOT NULL,
  username      VARCHAR(64)   NOT NULL,
  display_name  VARCHAR(64)   NOT NULL,
  cert_number   VARCHAR(32)   NOT NULL,
  cert_valid_to DATE          NOT NULL,
  recused       BOOLEAN       NOT NULL DEFAULT FALSE,
  recusal_reason VARCHAR(500) NULL,
  added_on      DATE          NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_case_inspector (case_id, username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- 违法行为 found by the investigation, with the article of the regime in force at the conduct date.
CREATE TABLE case_violation (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  case_id        BIGINT        NOT NULL,
  violation_type VARCHAR(40)   NOT NULL,
  article        VARCHAR(100)  NOT NULL,
  regime         VARCHAR(32)   NOT NULL,
  conduct_date   DATE          NOT NULL,
  description    VARCHAR(2000) NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_violation_case ON case_violation (case_id);

-- 证据清单 and records (检查笔录, 询问笔录, documents).
CREATE TABLE case_evidence (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  case_id       BIGINT        NOT NULL,
  kind          VARCHAR(32)   NOT NULL,
  title         VARCHAR(300)  NOT NULL,
  content       VARCHAR(4000) NULL,
  collected_on  DATE          NOT NULL,
  collected_by  VARCHAR(64)   NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_evidence_case ON case_evidence (case_id);

-- Opinions given at each approval/review step (审批意见, 法制审核意见, 集体讨论记录, 陈述申辩, 听证).
CREATE TABLE case_opinion (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  case_id       BIGINT        NOT NULL,
  kind          VARCHAR(32)   NOT NULL,
  actor         VARCHAR(64)   NOT NULL,
  actor_name    VARCHAR(64)   NOT NULL,
  approved      BOOLEAN       NULL,
  opinion       VARCHAR(4000) NULL,
  created_at    DATETIME      NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_opinion_case ON case_opinion (case_id);

-- Pauses of the case clock (听证, 公告送达, 中止): every pause is logged and extends the deadline.
CREATE TABLE case_pause (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  case_id       BIGINT        NOT NULL,
  reason        VARCHAR(32)   NOT NULL COMMENT 'HEARING, PUBLIC_NOTICE, SUSPENSION',
  note          VARCHAR(500)  NULL,
  started_on    DATE          NOT NULL,
  ended_on      DATE          NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_pause_case ON case_pause (case_id);

-- 复议 / 诉讼 brought against the decision.
CREATE TABLE case_appeal (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  case_id       BIGINT        NOT NULL,
  kind          VARCHAR(32)   NOT NULL COMMENT 'REVIEW (复议), LITIGATION (诉讼)',
  filed_on      DATE          NOT NULL,
  body          VARCHAR(200)  NOT NULL COMMENT 'review organ or court',
  result        VARCHAR(1000) NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
