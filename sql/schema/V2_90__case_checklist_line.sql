-- 法定要件核验 kept with each approval (立案审批, 法制审核, 处罚决定审批, 结案审批): every requirement as it stood when
-- the approval was given, with its state and reason, so the approval sheet prints the checklist the approver saw.
-- A later approval of the same step (after a return) replaces it.
CREATE TABLE case_checklist_line (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  case_id       BIGINT        NOT NULL,
  step          VARCHAR(64)   NOT NULL,
  line_no       INT           NOT NULL,
  requirement   VARCHAR(200)  NOT NULL,
  met           BOOLEAN       NOT NULL,
  detail        VARCHAR(4000) NOT NULL,
  anchor        VARCHAR(64)   NULL,
  actor_name    VARCHAR(64)   NOT NULL,
  recorded_at   DATETIME      NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_checklist_case_step ON case_checklist_line (case_id, step);
