-- 停用 of entries of the responsible-unit directory (整改责任单位与领导): a deactivated entry stays on the measures that
-- name it but is no longer offered for new ones. A table of its own (the directory's table comes with a later
-- version of the schema, so it cannot be altered from this version range); the entry's row_version moves with
-- every change, as for its other edits.
CREATE TABLE rect_responsible_inactive (
  responsible_id  BIGINT       NOT NULL,
  deactivated_by  VARCHAR(64)  NOT NULL,
  deactivated_at  DATETIME     NOT NULL,
  PRIMARY KEY (responsible_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
