-- Rectification as a bureau works it: a directory of responsible units and leaders (名称, optional linked
-- accounts, aliases learnt from imported sheets), measures that name directory entries instead of accounts,
-- long-term measures without a deadline, a plan coordinator (整改联络人) who works the measures of units
-- without a login, discarded drafts, approved amendments after publication and the approvers of a request.

CREATE TABLE rect_responsible (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  bureau_id   BIGINT        NOT NULL,
  kind        VARCHAR(16)   NOT NULL COMMENT 'UNIT 责任单位, LEADER 责任领导',
  name        VARCHAR(200)  NOT NULL,
  created_by  VARCHAR(64)   NOT NULL,
  created_at  DATETIME      NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_rect_responsible UNIQUE (bureau_id, kind, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE rect_responsible_alias (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  responsible_id  BIGINT        NOT NULL,
  bureau_id       BIGINT        NOT NULL,
  kind            VARCHAR(16)   NOT NULL,
  alias           VARCHAR(200)  NOT NULL COMMENT 'another name a sheet used for the entry (mapped on an import preview)',
  PRIMARY KEY (id),
  CONSTRAINT uq_rect_responsible_alias UNIQUE (bureau_id, kind, alias),
  CONSTRAINT fk_rect_alias_responsible FOREIGN KEY (responsible_id) REFERENCES rect_responsible (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE rect_responsible_account (
  responsible_id  BIGINT       NOT NULL,
  username        VARCHAR(64)  NOT NULL COMMENT 'a login that works (unit) or signs off (leader) for the entry',
  PRIMARY KEY (responsible_id, username),
  CONSTRAINT fk_rect_account_responsible FOREIGN KEY (responsible_id) REFERENCES rect_responsible (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_rect_responsible_account_user ON rect_responsible_account (username);

ALTER TABLE rect_measure ADD COLUMN owner_id BIGINT NULL COMMENT 'rect_responsible UNIT entry; NULL for an enterprise';
ALTER TABLE rect_measure ADD COLUMN leader_id BIGINT NULL COMMENT 'rect_responsible LEADER entry';
ALTER TABLE rect_measure ADD COLUMN co_units VARCHAR(500) NULL COMMENT '配合单位 named after the responsible unit';
ALTER TABLE rect_measure MODIFY COLUMN deadline DATE NULL;
CREATE INDEX ix_rect_measure_owner_entry ON rect_measure (owner_id);

ALTER TABLE rect_plan ADD COLUMN coordinator VARCHAR(64) NULL COMMENT '整改联络人: enters progress for units without a login';
ALTER TABLE rect_plan ADD COLUMN discarded_at DATETIME NULL;
ALTER TABLE rect_plan ADD COLUMN discard_reason VARCHAR(1000) NULL;

ALTER TABLE rect_progress ADD COLUMN on_behalf_of VARCHAR(200) NULL COMMENT 'the unit a coordinator entered this for (代录)';

ALTER TABLE rect_deadline_change ADD COLUMN approvers VARCHAR(500) NULL COMMENT 'comma-separated usernames who may decide (never the requester)';

CREATE TABLE rect_amendment (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  plan_id          BIGINT        NOT NULL,
  measure_id       BIGINT        NULL     COMMENT 'the measure changed, or NULL for a problem text',
  problem_id       BIGINT        NULL,
  old_text         VARCHAR(2000) NULL,
  new_text         VARCHAR(2000) NULL,
  old_owner_id     BIGINT        NULL,
  new_owner_id     BIGINT        NULL,
  old_leader_id    BIGINT        NULL,
  new_leader_id    BIGINT        NULL,
  reason           VARCHAR(1000) NOT NULL,
  requested_by     VARCHAR(64)   NOT NULL,
  requested_at     DATETIME      NOT NULL,
  approvers        VARCHAR(500)  NOT NULL,
  status           VARCHAR(16)   NOT NULL COMMENT 'PENDING, APPROVED, REJECTED',
  decided_by       VARCHAR(64)   NULL,
  decided_at       DATETIME      NULL,
  opinion          VARCHAR(1000) NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_rect_amendment_plan FOREIGN KEY (plan_id) REFERENCES rect_plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_rect_amendment_plan ON rect_amendment (plan_id);

-- measures recorded before the directory: each named unit and leader account becomes an entry linked to it
INSERT INTO rect_responsible (bureau_id, kind, name, created_by, created_at)
SELECT p.bureau_id, 'UNIT', MIN(m.owner_name), 'system', MIN(p.created_at)
  FROM rect_measure m JOIN rect_plan p ON p.id = m.plan_id
 WHERE m.owner_username IS NOT NULL
 GROUP BY p.bureau_id, m.owner_username;
INSERT INTO rect_responsible_account (responsible_id, username)
SELECT MIN(r.id), m.owner_username
  FROM rect_measure m JOIN rect_plan p ON p.id = m.plan_id
  JOIN rect_responsible r ON r.bureau_id = p.bureau_id AND r.kind = 'UNIT' AND r.name = m.owner_name
 WHERE m.owner_username IS NOT NULL
 GROUP BY m.owner_username;
UPDATE rect_measure SET owner_id = (SELECT a.responsible_id FROM rect_responsible_account a
    JOIN rect_responsible r ON r.id = a.responsible_id AND r.kind = 'UNIT' WHERE a.username = rect_measure.owner_username)
 WHERE owner_username IS NOT NULL;
INSERT INTO rect_responsible (bureau_id, kind, name, created_by, created_at)
SELECT p.bureau_id, 'LEADER', MIN(m.leader_name), 'system', MIN(p.created_at)
  FROM rect_measure m JOIN rect_plan p ON p.id = m.plan_id
 WHERE m.leader_username IS NOT NULL
 GROUP BY p.bureau_id, m.leader_username;
INSERT INTO rect_responsible_account (responsible_id, username)
SELECT MIN(r.id), m.leader_username
  FROM rect_measure m JOIN rect_plan p ON p.id = m.plan_id
  JOIN rect_responsible r ON r.bureau_id = p.bureau_id AND r.kind = 'LEADER' AND r.name = m.leader_name
 WHERE m.leader_username IS NOT NULL
 GROUP BY m.leader_username;
UPDATE rect_measure SET leader_id = (SELECT a.responsible_id FROM rect_responsible_account a
    JOIN rect_responsible r ON r.id = a.responsible_id AND r.kind = 'LEADER' WHERE a.username = rect_measure.leader_username)
 WHERE leader_username IS NOT NULL;
UPDATE rect_plan SET coordinator = plan_leader WHERE kind = 'PLAN';
