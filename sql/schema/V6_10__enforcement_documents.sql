-- Enforcement documents (执法文书): the number register (文号, voided numbers kept), the bureau's number formats,
-- template versions uploaded by the bureau's ADMIN (version 1 of each kind ships with the application),
-- the generated DOCX files, their service (送达) and the archive bundles (归档材料包) of a case.

CREATE TABLE document_number (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  bureau_id     BIGINT       NOT NULL,
  kind          VARCHAR(40)  NOT NULL COMMENT 'DocumentKind',
  doc_year      INT          NOT NULL,
  seq           INT          NOT NULL COMMENT 'from number_sequence (bureau, kind, year): gap-free',
  doc_number    VARCHAR(80)  NOT NULL COMMENT 'the full 文号 as printed',
  subject_type  VARCHAR(32)  NOT NULL,
  subject_id    BIGINT       NOT NULL,
  status        VARCHAR(16)  NOT NULL COMMENT 'ISSUED or VOIDED; a voided number is never issued again',
  void_reason   VARCHAR(500) NULL,
  voided_by     VARCHAR(64)  NULL,
  voided_at     DATETIME     NULL,
  issued_by     VARCHAR(64)  NOT NULL,
  issued_at     DATETIME     NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_document_number_seq UNIQUE (bureau_id, kind, doc_year, seq),
  CONSTRAINT uq_document_number_text UNIQUE (bureau_id, doc_number),
  CONSTRAINT fk_document_number_bureau FOREIGN KEY (bureau_id) REFERENCES bureau (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_document_number_subject ON document_number (subject_type, subject_id, kind);

CREATE TABLE document_number_format (
  bureau_id   BIGINT       NOT NULL,
  kind        VARCHAR(40)  NOT NULL,
  pattern     VARCHAR(100) NOT NULL COMMENT 'with {机关代字} {类别代字} {年度} {序号}',
  updated_by  VARCHAR(64)  NOT NULL,
  updated_at  DATETIME     NOT NULL,
  PRIMARY KEY (bureau_id, kind),
  CONSTRAINT fk_document_number_format_bureau FOREIGN KEY (bureau_id) REFERENCES bureau (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE document_template (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  bureau_id    BIGINT       NOT NULL,
  kind         VARCHAR(40)  NOT NULL,
  version      INT          NOT NULL COMMENT '2, 3, ... per bureau and kind; 1 is the built-in template',
  file_name    VARCHAR(255) NOT NULL,
  sha256       CHAR(64)     NOT NULL,
  content      LONGBLOB     NOT NULL,
  note         VARCHAR(500) NULL,
  uploaded_by  VARCHAR(64)  NOT NULL,
  uploaded_at  DATETIME     NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_document_template_version UNIQUE (bureau_id, kind, version),
  CONSTRAINT fk_document_template_bureau FOREIGN KEY (bureau_id) REFERENCES bureau (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE enforcement_document (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  bureau_id         BIGINT       NOT NULL,
  subject_type      VARCHAR(32)  NOT NULL,
  subject_id        BIGINT       NOT NULL,
  kind              VARCHAR(40)  NOT NULL,
  number_id         BIGINT       NULL COMMENT 'document_number of a numbered kind',
  doc_number        VARCHAR(80)  NULL,
  related_document_id BIGINT     NULL COMMENT 'SERVICE_RECEIPT: the document it is the receipt of',
  template_version  INT          NOT NULL,
  file_name         VARCHAR(255) NOT NULL,
  size_bytes        BIGINT       NOT NULL,
  sha256            CHAR(64)     NOT NULL,
  content           LONGBLOB     NOT NULL,
  status            VARCHAR(16)  NOT NULL COMMENT 'CURRENT, SUPERSEDED (generated again) or VOIDED',
  void_reason       VARCHAR(500) NULL,
  voided_by         VARCHAR(64)  NULL,
  voided_at         DATETIME     NULL,
  created_by        VARCHAR(64)  NOT NULL,
  created_at        DATETIME     NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_enforcement_document_bureau FOREIGN KEY (bureau_id) REFERENCES bureau (id),
  CONSTRAINT fk_enforcement_document_number FOREIGN KEY (number_id) REFERENCES document_number (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_enforcement_document_subject ON enforcement_document (subject_type, subject_id, kind);

CREATE TABLE document_service (
  id                    BIGINT       NOT NULL AUTO_INCREMENT,
  document_id           BIGINT       NOT NULL,
  method                VARCHAR(20)  NOT NULL COMMENT 'CaseEnums.ServiceMethod',
  served_on             DATE         NOT NULL COMMENT 'the day entered (signed, left, postal receipt, notice published)',
  effective_on          DATE         NOT NULL COMMENT 'the day it counts as served (public notice: 30 days later)',
  recipient             VARCHAR(100) NOT NULL,
  witness               VARCHAR(200) NULL COMMENT '留置送达: the witnesses',
  tracking_number       VARCHAR(64)  NULL COMMENT '邮寄送达',
  consent_note          VARCHAR(300) NULL COMMENT '电子送达: the party''s consent (确认书)',
  notice_medium         VARCHAR(200) NULL COMMENT '公告送达: where the notice was published',
  receipt_attachment_id BIGINT       NULL COMMENT 'the scanned 送达回证 (register_attachment, owner DOCUMENT_SERVICE)',
  note                  VARCHAR(1000) NULL,
  recorded_by           VARCHAR(64)  NOT NULL,
  recorded_at           DATETIME     NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_document_service_document FOREIGN KEY (document_id) REFERENCES enforcement_document (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_document_service_document ON document_service (document_id);

CREATE TABLE archive_bundle (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  bureau_id        BIGINT       NOT NULL,
  case_id          BIGINT       NOT NULL,
  manifest_sha256  CHAR(64)     NOT NULL COMMENT 'digest of MANIFEST.sha256 inside the bundle',
  entries          INT          NOT NULL,
  created_by       VARCHAR(64)  NOT NULL,
  created_at       DATETIME     NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_archive_bundle_bureau FOREIGN KEY (bureau_id) REFERENCES bureau (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_archive_bundle_case ON archive_bundle (case_id);
CREATE INDEX ix_archive_bundle_manifest ON archive_bundle (manifest_sha256);
