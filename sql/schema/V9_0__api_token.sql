-- API tokens (signed JWTs, see system.ApiTokenConfig): one row per token issued, so that a token can be
-- revoked (logout) before it expires. The token itself is never stored; rows past their expiry are deleted.
CREATE TABLE api_token (
  jti         CHAR(36)     NOT NULL COMMENT 'the token id (JWT jti claim)',
  username    VARCHAR(64)  NOT NULL,
  issued_at   DATETIME     NOT NULL,
  expires_at  DATETIME     NOT NULL,
  revoked_at  DATETIME     NULL,
  PRIMARY KEY (jti)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_api_token_user ON api_token (username);
CREATE INDEX ix_api_token_expiry ON api_token (expires_at);
