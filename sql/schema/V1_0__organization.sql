-- Platform: bureaus (统计局), users, roles, enforcement certificates (统计执法证).
-- MySQL dialect that also runs on H2 in MySQL mode. Domain tables are utf8mb4 on MySQL
-- (enterprise and person names may hold 4-byte characters); engine tables never hold such text.

CREATE TABLE bureau (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  region_code   CHAR(6)      NOT NULL COMMENT '行政区划代码',
  name          VARCHAR(100) NOT NULL COMMENT '机关名称',
  doc_prefix    VARCHAR(20)  NOT NULL COMMENT '机关代字, used in document numbers',
  level_code    VARCHAR(10)  NOT NULL COMMENT 'PROVINCE / CITY / COUNTY',
  parent_id     BIGINT       NULL,
  tree_path     VARCHAR(200) NOT NULL COMMENT 'materialised path /1/2/ for subtree reads',
  created_at    DATETIME     NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_bureau_region UNIQUE (region_code),
  CONSTRAINT fk_bureau_parent FOREIGN KEY (parent_id) REFERENCES bureau (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE app_user (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  username       VARCHAR(64)  NOT NULL COMMENT 'ASCII login name = Camunda user id',
  display_name   VARCHAR(64)  NOT NULL,
  password_hash  VARCHAR(100) NOT NULL COMMENT 'BCrypt',
  bureau_id      BIGINT       NOT NULL,
  phone          VARCHAR(30)  NULL,
  email          VARCHAR(100) NULL,
  enabled        BOOLEAN      NOT NULL DEFAULT TRUE,
  failed_logins  INT          NOT NULL DEFAULT 0,
  locked_until   DATETIME     NULL,
  created_at     DATETIME     NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_user_username UNIQUE (username),
  CONSTRAINT fk_user_bureau FOREIGN KEY (bureau_id) REFERENCES bureau (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE user_role (
  user_id  BIGINT      NOT NULL,
  role     VARCHAR(32) NOT NULL COMMENT 'INSPECTOR, LEGAL_REVIEWER, LEADER, DIRECTOR, RECTIFICATION_OWNER, ADMIN',
  PRIMARY KEY (user_id, role),
  CONSTRAINT fk_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- 统计执法证: one current certificate per inspector; history kept as rows.
CREATE TABLE enforcement_certificate (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  user_id       BIGINT       NOT NULL,
  cert_number   VARCHAR(32)  NOT NULL COMMENT '统计执法证号',
  valid_from    DATE         NOT NULL,
  valid_to      DATE         NOT NULL,
  issued_by     VARCHAR(100) NULL,
  specialties   VARCHAR(200) NULL COMMENT 'comma separated, e.g. 工业,贸易',
  PRIMARY KEY (id),
  CONSTRAINT uk_cert_number UNIQUE (cert_number),
  CONSTRAINT fk_cert_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_user_bureau ON app_user (bureau_id);
CREATE INDEX ix_cert_user ON enforcement_certificate (user_id);
