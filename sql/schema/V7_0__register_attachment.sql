-- Evidence files of the supervision registers (interference records, lead transfers, complaints, credit,
-- training and publicity), stored with the content type sniffed from their bytes and their SHA-256.
-- Access is decided by the owning register; this table is never listed on its own.

CREATE TABLE register_attachment (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  bureau_id      BIGINT        NOT NULL,
  owner_type     VARCHAR(32)   NOT NULL COMMENT 'INTERFERENCE_RECORD, LEAD_TRANSFER, COMPLAINT, CREDIT_REPAIR, CREDIT_COMMITMENT, TRAINING',
  owner_id       BIGINT        NOT NULL,
  file_name      VARCHAR(255)  NOT NULL,
  declared_type  VARCHAR(100)  NULL COMMENT 'what the browser said',
  content_type   VARCHAR(100)  NOT NULL COMMENT 'detected from the bytes',
  size_bytes     BIGINT        NOT NULL,
  sha256         CHAR(64)      NOT NULL,
  content        LONGBLOB      NOT NULL,
  uploaded_by    VARCHAR(64)   NOT NULL,
  uploaded_at    DATETIME      NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_register_attachment_bureau FOREIGN KEY (bureau_id) REFERENCES bureau (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_register_attachment_owner ON register_attachment (owner_type, owner_id);
