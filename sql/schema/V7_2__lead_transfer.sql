-- 移送统计违纪违法问题线索 (统计法 2024 第四十六条, 监察法第三十七条, 实施条例第五十一条): the transfer, its
-- materials, the transfer letter number (文号), the written reply awaited and recorded.

CREATE TABLE lead_transfer (
  id                  BIGINT        NOT NULL AUTO_INCREMENT,
  bureau_id           BIGINT        NOT NULL,
  transfer_number     VARCHAR(32)   NOT NULL COMMENT 'register number = business key',
  case_id             BIGINT        NULL,
  case_number         VARCHAR(64)   NULL,
  person_name         VARCHAR(64)   NOT NULL,
  person_post         VARCHAR(100)  NOT NULL,
  person_unit         VARCHAR(200)  NOT NULL,
  party_member        BOOLEAN       NOT NULL,
  public_servant      BOOLEAN       NOT NULL,
  conduct             VARCHAR(2000) NOT NULL,
  recipient_type      VARCHAR(32)   NOT NULL COMMENT 'DISCIPLINE_SUPERVISION, APPOINTING_ORGAN, JUDICIAL',
  recipient_name      VARCHAR(200)  NOT NULL,
  status              VARCHAR(16)   NOT NULL COMMENT 'PENDING, REJECTED, SENT, REPLIED',
  handler             VARCHAR(64)   NOT NULL,
  handler_name        VARCHAR(64)   NOT NULL,
  approved_by         VARCHAR(64)   NULL,
  approved_by_name    VARCHAR(64)   NULL,
  approval_opinion    VARCHAR(1000) NULL,
  letter_number       VARCHAR(64)   NULL COMMENT '文号, e.g. 雨统移〔2026〕1号',
  sent_on             DATE          NULL,
  reply_due           DATE          NULL,
  reminded_on         DATE          NULL,
  escalated_on        DATE          NULL,
  reply_on            DATE          NULL,
  reply_document      VARCHAR(100)  NULL,
  reply_result        VARCHAR(32)   NULL,
  sanction_type       VARCHAR(32)   NULL,
  reply_summary       VARCHAR(2000) NULL,
  reply_recorded_by   VARCHAR(64)   NULL,
  process_instance_id VARCHAR(64)   NULL,
  created_at          DATETIME      NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_lead_transfer_number UNIQUE (transfer_number),
  CONSTRAINT fk_lead_transfer_bureau FOREIGN KEY (bureau_id) REFERENCES bureau (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_lead_transfer_bureau ON lead_transfer (bureau_id, sent_on);

CREATE TABLE lead_transfer_material (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  transfer_id  BIGINT        NOT NULL,
  seq          INT           NOT NULL,
  source       VARCHAR(16)   NOT NULL COMMENT 'CASE (from the case evidence list) or OTHER',
  title        VARCHAR(300)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_lead_transfer_material FOREIGN KEY (transfer_id) REFERENCES lead_transfer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_lead_transfer_material ON lead_transfer_material (transfer_id);
