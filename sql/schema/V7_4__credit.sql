-- 统计信用 (《统计严重失信企业信用管理办法》, 国家统计局令第35号): serious-dishonesty records identified from
-- closed cases, their publication period, credit repair / early removal, and credit commitment letters.

CREATE TABLE credit_record (
  id                  BIGINT        NOT NULL AUTO_INCREMENT,
  bureau_id           BIGINT        NOT NULL,
  record_number       VARCHAR(32)   NOT NULL COMMENT 'business key, e.g. XY430302-2026-001',
  enterprise_id       BIGINT        NOT NULL,
  enterprise_name     VARCHAR(200)  NOT NULL,
  credit_code         VARCHAR(18)   NOT NULL,
  party_type          VARCHAR(32)   NOT NULL,
  case_id             BIGINT        NOT NULL,
  case_number         VARCHAR(64)   NOT NULL,
  decision_number     VARCHAR(64)   NULL,
  basis               VARCHAR(2000) NOT NULL COMMENT '认定依据',
  proposed_by         VARCHAR(64)   NOT NULL,
  proposed_by_name    VARCHAR(64)   NOT NULL,
  proposed_at         DATETIME      NOT NULL,
  status              VARCHAR(16)   NOT NULL COMMENT 'PROPOSED, NOT_IDENTIFIED, PUBLISHED, EXPIRED, REPAIRED, REVOKED',
  approved_by         VARCHAR(64)   NULL,
  approved_by_name    VARCHAR(64)   NULL,
  approval_opinion    VARCHAR(1000) NULL,
  identified_on       DATE          NULL,
  published_from      DATE          NULL,
  published_until     DATE          NULL,
  removed_on          DATE          NULL,
  removal_reason      VARCHAR(1000) NULL,
  process_instance_id VARCHAR(64)   NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_credit_record_number UNIQUE (record_number),
  CONSTRAINT uk_credit_record_case UNIQUE (case_id),
  CONSTRAINT fk_credit_record_bureau FOREIGN KEY (bureau_id) REFERENCES bureau (id),
  CONSTRAINT fk_credit_record_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_credit_record_enterprise ON credit_record (enterprise_id);

CREATE TABLE credit_repair (
  id                  BIGINT        NOT NULL AUTO_INCREMENT,
  bureau_id           BIGINT        NOT NULL,
  repair_number       VARCHAR(32)   NOT NULL COMMENT 'business key, e.g. XF430302-2026-001',
  record_id           BIGINT        NOT NULL,
  kind                VARCHAR(16)   NOT NULL COMMENT 'REPAIR (信用修复) or REVOKED (认定依据被撤销)',
  applied_on          DATE          NOT NULL,
  applicant           VARCHAR(100)  NOT NULL,
  reason              VARCHAR(2000) NOT NULL,
  status              VARCHAR(16)   NOT NULL COMMENT 'REVIEWING, APPROVING, APPROVED, REJECTED',
  registered_by       VARCHAR(64)   NOT NULL,
  registered_at       DATETIME      NOT NULL,
  reviewed_by         VARCHAR(64)   NULL,
  review_opinion      VARCHAR(1000) NULL,
  decided_by          VARCHAR(64)   NULL,
  decision_opinion    VARCHAR(1000) NULL,
  decided_at          DATETIME      NULL,
  process_instance_id VARCHAR(64)   NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_credit_repair_number UNIQUE (repair_number),
  CONSTRAINT fk_credit_repair_record FOREIGN KEY (record_id) REFERENCES credit_record (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE credit_commitment (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  bureau_id      BIGINT        NOT NULL,
  enterprise_id  BIGINT        NOT NULL,
  kind           VARCHAR(16)   NOT NULL COMMENT 'GENERAL (主动承诺) or REPAIR (信用修复承诺)',
  signed_on      DATE          NOT NULL,
  signatory      VARCHAR(64)   NOT NULL,
  content        VARCHAR(1000) NULL,
  registered_by  VARCHAR(64)   NOT NULL,
  registered_at  DATETIME      NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_credit_commitment_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_credit_commitment_enterprise ON credit_commitment (enterprise_id, signed_on);
