-- 执法培训 and 普法宣传: each activity with its date, kind, topic, organiser and the number of people who took part
-- (trainees, or people reached by publicity); evidence in register_attachment.

CREATE TABLE training_activity (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  bureau_id         BIGINT        NOT NULL,
  activity_type     VARCHAR(16)   NOT NULL COMMENT 'TRAINING or PUBLICITY',
  category          VARCHAR(32)   NOT NULL,
  held_on           DATE          NOT NULL,
  topic             VARCHAR(200)  NOT NULL,
  organiser         VARCHAR(200)  NOT NULL,
  participants      INT           NOT NULL,
  place             VARCHAR(200)  NULL,
  summary           VARCHAR(2000) NULL,
  registered_by     VARCHAR(64)   NOT NULL,
  registered_by_name VARCHAR(64)  NOT NULL,
  registered_at     DATETIME      NOT NULL,
  updated_at        DATETIME      NOT NULL,
  row_version       INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT fk_training_activity_bureau FOREIGN KEY (bureau_id) REFERENCES bureau (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_training_activity_bureau ON training_activity (bureau_id, held_on);
