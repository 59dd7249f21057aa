-- Approval verbs of the shared task step (退回 / 撤回) and the users' common opinions (常用意见). Written by the
-- workbench only. Step ids are the model's element ids (ASCII); their Chinese names come from the deployed model.

CREATE TABLE wb_task_note (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  process_instance_id  VARCHAR(64)   NOT NULL,
  task_id              VARCHAR(64)   NOT NULL COMMENT 'the task the return or withdrawal opened',
  note_kind            VARCHAR(16)   NOT NULL COMMENT 'RETURN, WITHDRAW',
  from_step            VARCHAR(100)  NOT NULL,
  to_step              VARCHAR(100)  NOT NULL,
  opinion              VARCHAR(1000) NULL,
  actor                VARCHAR(64)   NOT NULL,
  actor_name           VARCHAR(64)   NOT NULL,
  created_at           DATETIME      NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_wb_task_note_task ON wb_task_note (task_id);
CREATE INDEX ix_wb_task_note_process ON wb_task_note (process_instance_id);

CREATE TABLE wb_opinion_phrase (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  username     VARCHAR(64)   NOT NULL,
  phrase       VARCHAR(200)  NOT NULL,
  created_at   DATETIME      NOT NULL,
  row_version  INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_wb_opinion_phrase_user ON wb_opinion_phrase (username);
