-- 检查专题 of a plan (code of statenforce.inspection.topics; required for 专项 and 重点 checks) and the units a
-- 重点检查 names, each with the reason it was chosen: a key check is targeted, not drawn.
ALTER TABLE inspection_plan ADD COLUMN topic VARCHAR(32) NULL COMMENT 'topic code, e.g. ENTRY_EXIT';

CREATE TABLE inspection_plan_target (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  plan_id        BIGINT       NOT NULL,
  enterprise_id  BIGINT       NOT NULL,
  reason         VARCHAR(500) NOT NULL COMMENT 'why the unit is checked (lead, data anomaly, assigned from above)',
  seq_no         INT          NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_plan_target UNIQUE (plan_id, enterprise_id),
  CONSTRAINT fk_plan_target_plan FOREIGN KEY (plan_id) REFERENCES inspection_plan (id),
  CONSTRAINT fk_plan_target_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
