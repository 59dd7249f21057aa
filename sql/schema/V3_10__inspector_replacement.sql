-- 更换执法人员: a leader replaces one of an inspection's two inspectors (e.g. a certificate lapsed during the
-- inspection), with the reason; kept for the file next to the timeline.
CREATE TABLE inspection_inspector_change (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  inspection_id  BIGINT       NOT NULL,
  replaced       VARCHAR(64)  NOT NULL COMMENT 'username of the inspector who left',
  replacement    VARCHAR(64)  NOT NULL COMMENT 'username of the inspector who took over',
  reason         VARCHAR(500) NOT NULL,
  changed_by     VARCHAR(64)  NOT NULL COMMENT 'the leader who decided',
  changed_at     DATETIME     NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_inspector_change_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_inspector_change ON inspection_inspector_change (inspection_id);
