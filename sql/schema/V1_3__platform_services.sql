-- Platform services shared by every capability: in-app notifications (站内消息), the activity
-- timeline (办理记录) and gap-free number sequences (案号 / 文号).

CREATE TABLE notification (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  bureau_id     BIGINT        NOT NULL,
  recipient     VARCHAR(64)   NOT NULL COMMENT 'username',
  category      VARCHAR(32)   NOT NULL COMMENT 'TASK, REMINDER, OVERDUE, ESCALATION, COPY, URGE, INFO',
  title         VARCHAR(200)  NOT NULL,
  body          VARCHAR(1000) NULL,
  link          VARCHAR(300)  NULL,
  subject_type  VARCHAR(32)   NULL,
  subject_id    BIGINT        NULL,
  created_at    DATETIME      NOT NULL,
  read_at       DATETIME      NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_notification_recipient ON notification (recipient, read_at);

CREATE TABLE activity_log (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  bureau_id     BIGINT        NOT NULL,
  subject_type  VARCHAR(32)   NOT NULL COMMENT 'ENFORCEMENT_CASE, RECTIFICATION_PLAN, INSPECTION, ...',
  subject_id    BIGINT        NOT NULL,
  action        VARCHAR(64)   NOT NULL,
  actor         VARCHAR(64)   NOT NULL COMMENT 'username or system',
  actor_name    VARCHAR(64)   NOT NULL,
  opinion       VARCHAR(2000) NULL,
  detail        VARCHAR(4000) NULL,
  occurred_at   DATETIME      NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_activity_subject ON activity_log (subject_type, subject_id);

CREATE TABLE number_sequence (
  bureau_id   BIGINT      NOT NULL,
  seq_type    VARCHAR(32) NOT NULL COMMENT 'CASE, PENALTY_DECISION, ...',
  seq_year    INT         NOT NULL,
  last_value  INT         NOT NULL,
  PRIMARY KEY (bureau_id, seq_type, seq_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
