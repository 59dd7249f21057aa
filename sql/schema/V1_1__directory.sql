-- 名录库: the directory of statistical survey units (enterprises, institutions, individual businesses).
CREATE TABLE enterprise (
  id                     BIGINT       NOT NULL AUTO_INCREMENT,
  bureau_id              BIGINT       NOT NULL,
  credit_code            CHAR(18)     NOT NULL COMMENT '统一社会信用代码 (GB 32100, check digit validated)',
  name                   VARCHAR(200) NOT NULL,
  region_code            CHAR(6)      NOT NULL,
  industry_code          VARCHAR(10)  NULL COMMENT 'GB/T 4754 code',
  size_class             VARCHAR(10)  NULL COMMENT 'LARGE / MEDIUM / SMALL / MICRO',
  party_type             VARCHAR(24)  NOT NULL DEFAULT 'ORGANIZATION' COMMENT 'ORGANIZATION / INDIVIDUAL_BUSINESS / CITIZEN',
  legal_representative   VARCHAR(64)  NULL,
  address                VARCHAR(300) NULL,
  phone                  VARCHAR(30)  NULL,
  online_reporting       BOOLEAN      NOT NULL DEFAULT FALSE COMMENT '联网直报',
  risk_tags              VARCHAR(200) NULL COMMENT 'COMPLAINT, PRIOR_VIOLATION, DATA_ANOMALY',
  last_inspected_on      DATE         NULL,
  last_inspection_result VARCHAR(20)  NULL,
  created_at             DATETIME     NOT NULL,
  updated_at             DATETIME     NOT NULL,
  row_version            INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_enterprise_code UNIQUE (bureau_id, credit_code),
  CONSTRAINT fk_enterprise_bureau FOREIGN KEY (bureau_id) REFERENCES bureau (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_enterprise_name ON enterprise (bureau_id, name);
