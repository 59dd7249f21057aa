-- 全过程记录: the tamper-evident record of every action. Each bureau has one hash chain: an entry's
-- entry_hash is the SHA-256 of its fields and of the previous entry's hash (prev_hash), and
-- audit_chain_head keeps the last sequence number and hash, so an edited, deleted, inserted or reordered
-- row (and a cut-off tail) is found by re-walking the chain (AuditTrail.verify, page 系统管理 → 全过程记录,
-- command AuditVerifyCommand). Rows are only ever inserted.

CREATE TABLE audit_chain_head (
  bureau_id   BIGINT    NOT NULL,
  last_seq    BIGINT    NOT NULL,
  last_hash   CHAR(64)  NOT NULL,
  PRIMARY KEY (bureau_id),
  CONSTRAINT fk_audit_chain_head_bureau FOREIGN KEY (bureau_id) REFERENCES bureau (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE audit_record (
  id              BIGINT         NOT NULL AUTO_INCREMENT,
  bureau_id       BIGINT         NOT NULL COMMENT 'the chain: the bureau whose record was acted on',
  seq             BIGINT         NOT NULL COMMENT '1, 2, 3 ... within the bureau, gap-free',
  occurred_at     DATETIME       NOT NULL,
  actor_kind      VARCHAR(16)    NOT NULL COMMENT 'USER or SYSTEM (timer, job executor, start-up)',
  actor           VARCHAR(64)    NOT NULL COMMENT 'username, or system:<what>',
  actor_name      VARCHAR(64)    NOT NULL,
  actor_roles     VARCHAR(200)   NULL COMMENT 'role codes at the time, comma-separated',
  actor_bureau_id BIGINT         NULL,
  client_address  VARCHAR(64)    NULL,
  subject_type    VARCHAR(32)    NOT NULL,
  subject_id      BIGINT         NOT NULL,
  action          VARCHAR(64)    NOT NULL,
  old_value       VARCHAR(4000)  NULL,
  new_value       VARCHAR(4000)  NULL,
  prev_hash       CHAR(64)       NOT NULL,
  entry_hash      CHAR(64)       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_audit_record_seq UNIQUE (bureau_id, seq),
  CONSTRAINT fk_audit_record_bureau FOREIGN KEY (bureau_id) REFERENCES bureau (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_audit_record_subject ON audit_record (subject_type, subject_id);
