-- 领导干部干预统计工作记录 (NBS 2023 《领导干部干预统计工作记录报告制度》): the designated recorders of a bureau,
-- the records (real-name, with evidence; late entries within the configured period after the obstacle ended)
-- and the periodic reports (quarterly by default, with an explicit zero report).

CREATE TABLE interference_recorder (
  bureau_id      BIGINT       NOT NULL,
  username       VARCHAR(64)  NOT NULL,
  designated_by  VARCHAR(64)  NOT NULL,
  designated_at  DATETIME     NOT NULL,
  PRIMARY KEY (bureau_id, username),
  CONSTRAINT fk_interference_recorder_bureau FOREIGN KEY (bureau_id) REFERENCES bureau (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE interference_record (
  id                 BIGINT        NOT NULL AUTO_INCREMENT,
  bureau_id          BIGINT        NOT NULL,
  record_number      VARCHAR(32)   NOT NULL,
  occurred_on        DATE          NOT NULL,
  leader_name        VARCHAR(64)   NOT NULL,
  leader_post        VARCHAR(100)  NOT NULL,
  leader_unit        VARCHAR(200)  NOT NULL,
  interference_type  VARCHAR(32)   NOT NULL COMMENT 'ALTER_DATA, DEMAND_FALSE_DATA, OBSTRUCT_WORK, OTHER_INTRUSION',
  method             VARCHAR(32)   NOT NULL COMMENT 'MEETING, DOCUMENT, PHONE, MESSAGE, IN_PERSON, OTHER',
  content            VARCHAR(2000) NOT NULL,
  refused            BOOLEAN       NOT NULL,
  reported_to        VARCHAR(200)  NULL,
  late_entry         BOOLEAN       NOT NULL,
  obstacle_ended_on  DATE          NULL,
  late_reason        VARCHAR(500)  NULL,
  recorder           VARCHAR(64)   NOT NULL,
  recorder_name      VARCHAR(64)   NOT NULL COMMENT 'real name at the time of recording',
  recorded_at        DATETIME      NOT NULL,
  follow_up          VARCHAR(2000) NULL,
  follow_up_by       VARCHAR(64)   NULL,
  follow_up_at       DATETIME      NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_interference_record_number UNIQUE (record_number),
  CONSTRAINT fk_interference_record_bureau FOREIGN KEY (bureau_id) REFERENCES bureau (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_interference_record_bureau ON interference_record (bureau_id, occurred_on);

CREATE TABLE interference_report (
  id                  BIGINT        NOT NULL AUTO_INCREMENT,
  bureau_id           BIGINT        NOT NULL,
  report_number       VARCHAR(32)   NOT NULL COMMENT 'business key, e.g. GY430302-2026-Q1',
  period_year         INT           NOT NULL,
  period_index        INT           NOT NULL,
  period_months       INT           NOT NULL,
  period_start        DATE          NOT NULL,
  period_end          DATE          NOT NULL,
  due_on              DATE          NOT NULL,
  status              VARCHAR(16)   NOT NULL COMMENT 'DUE, SUBMITTED',
  record_count        INT           NULL,
  late_count          INT           NULL,
  zero_report         BOOLEAN       NULL,
  statement           VARCHAR(2000) NULL,
  submitted_by        VARCHAR(64)   NULL,
  submitted_by_name   VARCHAR(64)   NULL,
  submitted_at        DATETIME      NULL,
  process_instance_id VARCHAR(64)   NULL,
  created_at          DATETIME      NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_interference_report_period UNIQUE (bureau_id, period_year, period_months, period_index),
  CONSTRAINT uk_interference_report_number UNIQUE (report_number),
  CONSTRAINT fk_interference_report_bureau FOREIGN KEY (bureau_id) REFERENCES bureau (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
