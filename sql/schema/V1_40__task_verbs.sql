-- Approval verbs of the shared task step (workbench): copies (抄送/传阅) with their read status, urges (催办)
-- of an open task, time-boxed proxies (委托代理) and the tasks a proxy received in someone's stead (代 X 办理).

CREATE TABLE wb_task_copy (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  bureau_id            BIGINT        NOT NULL COMMENT 'bureau of the record',
  task_id              VARCHAR(64)   NOT NULL COMMENT 'engine task the copy was made from',
  process_instance_id  VARCHAR(64)   NOT NULL,
  process_key          VARCHAR(64)   NOT NULL,
  business_key         VARCHAR(64)   NULL,
  task_name            VARCHAR(200)  NOT NULL,
  subject_type         VARCHAR(32)   NOT NULL,
  subject_id           BIGINT        NOT NULL,
  link                 VARCHAR(300)  NULL,
  sender               VARCHAR(64)   NOT NULL COMMENT 'username',
  recipient            VARCHAR(64)   NOT NULL COMMENT 'username',
  note                 VARCHAR(500)  NULL,
  created_at           DATETIME      NOT NULL,
  read_at              DATETIME      NULL,
  removed_at           DATETIME      NULL,
  row_version          INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_wb_task_copy_recipient ON wb_task_copy (recipient, removed_at);
CREATE INDEX ix_wb_task_copy_subject ON wb_task_copy (subject_type, subject_id);
CREATE INDEX ix_wb_task_copy_task ON wb_task_copy (task_id);

CREATE TABLE wb_task_urge (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  task_id      VARCHAR(64)   NOT NULL,
  urged_by     VARCHAR(64)   NOT NULL COMMENT 'username',
  urged_on     DATE          NOT NULL,
  urged_at     DATETIME      NOT NULL,
  message      VARCHAR(500)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY ux_wb_task_urge_task_day (task_id, urged_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE wb_proxy (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  bureau_id       BIGINT        NOT NULL,
  principal       VARCHAR(64)   NOT NULL COMMENT 'username of the user who is away',
  proxy           VARCHAR(64)   NOT NULL COMMENT 'username of the user who acts instead',
  valid_from      DATE          NOT NULL,
  valid_to        DATE          NOT NULL,
  reason          VARCHAR(200)  NULL,
  created_at      DATETIME      NOT NULL,
  revoked_at      DATETIME      NULL,
  row_version     INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_wb_proxy_principal ON wb_proxy (principal, valid_from, valid_to);

CREATE TABLE wb_task_proxy (
  task_id      VARCHAR(64)   NOT NULL,
  principal    VARCHAR(64)   NOT NULL COMMENT 'username the task was assigned to',
  proxy        VARCHAR(64)   NOT NULL COMMENT 'username who received it instead',
  proxy_id     BIGINT        NOT NULL,
  routed_at    DATETIME      NOT NULL,
  PRIMARY KEY (task_id, principal)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_wb_task_proxy_proxy ON wb_task_proxy (proxy);

-- 我发起: who started a process from the application (the engine keeps no start user here).
CREATE TABLE wb_process_start (
  process_instance_id  VARCHAR(64)  NOT NULL,
  process_key          VARCHAR(64)  NOT NULL,
  business_key         VARCHAR(64)  NULL,
  started_by           VARCHAR(64)  NOT NULL COMMENT 'username',
  started_at           DATETIME     NOT NULL,
  PRIMARY KEY (process_instance_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_wb_process_start_user ON wb_process_start (started_by, started_at);

-- a task's messages are cleared (marked read) by their link when the task is done
CREATE INDEX ix_notification_link ON notification (link);
