-- Evidence files (证据文件) of enforcement cases and inspections: photos, audio and video of on-site work
-- (音像记录), scans. The bytes, detected type, size and SHA-256 are in register_attachment (owner types
-- CASE_EVIDENCE, INSPECTION_EVIDENCE); this table says at which step of the record each file was taken in.
-- Files are never changed or deleted; none can be added once the record is closed.

CREATE TABLE evidence_file (
  attachment_id  BIGINT       NOT NULL COMMENT 'register_attachment.id (no foreign key: that table is created by V7_0, after this one on a new database)',
  bureau_id      BIGINT       NOT NULL,
  record_type    VARCHAR(16)  NOT NULL COMMENT 'CASE or INSPECTION',
  record_id      BIGINT       NOT NULL,
  step_code      VARCHAR(32)  NOT NULL COMMENT 'case or inspection status at upload',
  step_label     VARCHAR(32)  NOT NULL,
  PRIMARY KEY (attachment_id),
  CONSTRAINT fk_evidence_file_bureau FOREIGN KEY (bureau_id) REFERENCES bureau (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_evidence_file_record ON evidence_file (record_type, record_id);
