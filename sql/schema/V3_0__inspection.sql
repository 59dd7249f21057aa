-- 执法检查 (双随机、一公开): item list, recusal declarations, plans, draws, inspections, directory imports.
-- The unit directory itself is the platform's `enterprise` table (名录库); the draw reads it and the bulk
-- import writes it. The inspector directory is app_user (role INSPECTOR) + enforcement_certificate.

-- 检查事项清单: default items (bureau_id NULL, every bureau) and a bureau's own items.
CREATE TABLE inspection_item (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  bureau_id    BIGINT       NULL COMMENT 'NULL = default item of the NBS random-inspection list',
  title        VARCHAR(200) NOT NULL,
  basis        VARCHAR(300) NULL COMMENT 'legal basis',
  active       BOOLEAN      NOT NULL DEFAULT TRUE,
  sort_order   INT          NOT NULL,
  updated_by   VARCHAR(64)  NOT NULL,
  updated_at   DATETIME     NOT NULL,
  row_version  INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- 回避声明: an inspector declares a conflict of interest with a unit; the draw never pairs them.
CREATE TABLE inspector_recusal (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  bureau_id      BIGINT       NOT NULL,
  username       VARCHAR(64)  NOT NULL,
  enterprise_id  BIGINT       NOT NULL,
  reason         VARCHAR(500) NOT NULL,
  declared_by    VARCHAR(64)  NOT NULL,
  declared_at    DATETIME     NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_recusal UNIQUE (username, enterprise_id),
  CONSTRAINT fk_recusal_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- 执法检查计划 (annual or ad hoc). Status DRAFT → SUBMITTED → APPROVED → DRAWN → STARTED.
CREATE TABLE inspection_plan (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  bureau_id            BIGINT        NOT NULL,
  plan_number          VARCHAR(32)   NOT NULL COMMENT 'ASCII, e.g. 430302-JH-2026-0001',
  title                VARCHAR(200)  NOT NULL,
  plan_type            VARCHAR(16)   NOT NULL COMMENT 'RANDOM, JOINT, SPECIAL, KEY',
  plan_year            INT           NOT NULL,
  partner_departments  VARCHAR(500)  NULL COMMENT 'joint inspections: partner departments',
  basis                VARCHAR(1000) NULL,
  scope_regions        VARCHAR(500)  NULL COMMENT 'comma separated region codes; empty = whole directory',
  scope_industries     VARCHAR(200)  NULL COMMENT 'comma separated GB/T 4754 code prefixes',
  scope_sizes          VARCHAR(100)  NULL COMMENT 'comma separated size classes',
  scope_online_only    BOOLEAN       NOT NULL DEFAULT FALSE,
  scope_risk_only      BOOLEAN       NOT NULL DEFAULT FALSE,
  sample_size          INT           NULL,
  sample_ratio         DECIMAL(5,2)  NULL COMMENT 'percent of eligible units',
  risk_weight          INT           NOT NULL DEFAULT 1,
  stage_one_count      INT           NULL COMMENT 'upper bureau: subordinate bureaus drawn first',
  planned_date         DATE          NOT NULL,
  status               VARCHAR(16)   NOT NULL,
  approved_by          VARCHAR(64)   NULL,
  approved_at          DATETIME      NULL,
  approval_opinion     VARCHAR(1000) NULL,
  published_on         DATE          NULL,
  publish_due          DATE          NULL,
  created_by           VARCHAR(64)   NOT NULL,
  created_at           DATETIME      NOT NULL,
  updated_at           DATETIME      NOT NULL,
  row_version          INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_plan_number UNIQUE (plan_number),
  CONSTRAINT fk_plan_bureau FOREIGN KEY (bureau_id) REFERENCES bureau (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE inspection_plan_item (
  plan_id  BIGINT NOT NULL,
  item_id  BIGINT NOT NULL,
  PRIMARY KEY (plan_id, item_id),
  CONSTRAINT fk_plan_item_plan FOREIGN KEY (plan_id) REFERENCES inspection_plan (id),
  CONSTRAINT fk_plan_item_item FOREIGN KEY (item_id) REFERENCES inspection_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- 抽取记录: every draw of a plan is kept; a redraw supersedes the previous one (leader, with a reason).
CREATE TABLE inspection_draw (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  plan_id          BIGINT        NOT NULL,
  draw_no          INT           NOT NULL,
  seed             BIGINT        NOT NULL,
  parameters       VARCHAR(1000) NOT NULL COMMENT 'DrawParameters.canonical()',
  snapshot_hash    CHAR(64)      NOT NULL COMMENT 'SHA-256 of the canonical snapshot text',
  population       INT           NOT NULL,
  eligible         INT           NOT NULL,
  excluded         VARCHAR(500)  NULL,
  drawn_groups     VARCHAR(2000) NULL,
  unit_count       INT           NOT NULL,
  status           VARCHAR(16)   NOT NULL COMMENT 'CURRENT or SUPERSEDED',
  redraw_reason    VARCHAR(1000) NULL,
  approved_by      VARCHAR(64)   NULL COMMENT 'leader who approved a redraw',
  drawn_by         VARCHAR(64)   NOT NULL,
  drawn_at         DATETIME      NOT NULL,
  verified_at      DATETIME      NULL,
  verified_ok      BOOLEAN       NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_draw_no UNIQUE (plan_id, draw_no),
  CONSTRAINT fk_draw_plan FOREIGN KEY (plan_id) REFERENCES inspection_plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE inspection_draw_snapshot (
  draw_id  BIGINT   NOT NULL,
  content  LONGBLOB NOT NULL COMMENT 'gzip of the canonical snapshot text',
  PRIMARY KEY (draw_id),
  CONSTRAINT fk_snapshot_draw FOREIGN KEY (draw_id) REFERENCES inspection_draw (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE inspection_draw_unit (
  id             BIGINT      NOT NULL AUTO_INCREMENT,
  draw_id        BIGINT      NOT NULL,
  seq_no         INT         NOT NULL COMMENT '1-based place in the drawn list',
  enterprise_id  BIGINT      NOT NULL,
  credit_code    CHAR(18)    NOT NULL,
  group_code     CHAR(6)     NOT NULL,
  inspector1     VARCHAR(64) NOT NULL,
  inspector2     VARCHAR(64) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_draw_seq UNIQUE (draw_id, seq_no),
  CONSTRAINT fk_draw_unit_draw FOREIGN KEY (draw_id) REFERENCES inspection_draw (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One inspection of one unit (business key = inspection_number). Status NOTICE → ONSITE → RESULT → CLOSED.
CREATE TABLE inspection (
  id                       BIGINT        NOT NULL AUTO_INCREMENT,
  bureau_id                BIGINT        NOT NULL,
  plan_id                  BIGINT        NOT NULL,
  enterprise_id            BIGINT        NOT NULL,
  inspection_number        VARCHAR(32)   NOT NULL COMMENT 'ASCII, e.g. 430302-JC-2026-0001',
  inspector1               VARCHAR(64)   NOT NULL,
  inspector2               VARCHAR(64)   NOT NULL,
  planned_date             DATE          NOT NULL,
  due_date                 DATE          NOT NULL,
  status                   VARCHAR(16)   NOT NULL,
  notice_number            VARCHAR(64)   NULL COMMENT '统计执法检查通知书文号',
  notice_served_on         DATE          NULL,
  notice_recipient         VARCHAR(64)   NULL,
  inspected_on             DATE          NULL,
  result                   VARCHAR(16)   NULL COMMENT 'NO_PROBLEM, MINOR, SUMMARY, SUSPECTED',
  result_summary           VARCHAR(2000) NULL,
  correction_measure       VARCHAR(1000) NULL,
  correction_deadline      DATE          NULL,
  correction_ref_id        BIGINT        NULL,
  correction_ref_number    VARCHAR(64)   NULL,
  corrected                BOOLEAN       NULL,
  recheck_opinion          VARCHAR(1000) NULL,
  summary_decision_number  VARCHAR(64)   NULL,
  summary_penalty          VARCHAR(16)   NULL COMMENT 'WARNING or FINE',
  summary_fine             DECIMAL(12,2) NULL,
  lead_id                  BIGINT        NULL,
  lead_number              VARCHAR(64)   NULL,
  closed_on                DATE          NULL,
  created_at               DATETIME      NOT NULL,
  updated_at               DATETIME      NOT NULL,
  row_version              INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_inspection_number UNIQUE (inspection_number),
  CONSTRAINT fk_inspection_plan FOREIGN KEY (plan_id) REFERENCES inspection_plan (id),
  CONSTRAINT fk_inspection_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_inspection_unit ON inspection (bureau_id, enterprise_id, closed_on);
CREATE INDEX ix_inspection_plan ON inspection (plan_id);

-- 现场检查记录: one row per check item.
CREATE TABLE inspection_check (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  inspection_id  BIGINT        NOT NULL,
  item_id        BIGINT        NOT NULL,
  item_title     VARCHAR(200)  NOT NULL,
  conforming     BOOLEAN       NOT NULL,
  finding        VARCHAR(2000) NULL,
  evidence       VARCHAR(2000) NULL COMMENT 'evidence collected: records, copies, photos (numbers/descriptions)',
  recorded_by    VARCHAR(64)   NOT NULL,
  recorded_at    DATETIME      NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_check_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- 名录导入: one row per uploaded file; progress is committed separately from the import itself.
CREATE TABLE directory_import (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  bureau_id       BIGINT        NOT NULL,
  file_name       VARCHAR(255)  NOT NULL,
  file_format     VARCHAR(8)    NOT NULL COMMENT 'CSV or XLSX',
  status          VARCHAR(16)   NOT NULL COMMENT 'RUNNING, DONE, FAILED',
  processed_rows  BIGINT        NOT NULL DEFAULT 0,
  inserted_rows   BIGINT        NOT NULL DEFAULT 0,
  updated_rows    BIGINT        NOT NULL DEFAULT 0,
  rejected_rows   BIGINT        NOT NULL DEFAULT 0,
  failure         VARCHAR(1000) NULL,
  started_by      VARCHAR(64)   NOT NULL,
  started_at      DATETIME      NOT NULL,
  finished_at     DATETIME      NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE directory_import_error (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  import_id    BIGINT       NOT NULL,
  line_no      BIGINT       NOT NULL,
  column_name  VARCHAR(64)  NOT NULL,
  reason       VARCHAR(300) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_import_error FOREIGN KEY (import_id) REFERENCES directory_import (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_import_error ON directory_import_error (import_id, line_no);
