-- 违法行为类型: the violations of statistical survey subjects the discretion benchmark knows
-- (cn.statenforce.penalty.ViolationType; PenaltyDiscretionTest keeps both in step). Reference data for pages,
-- reports and foreign keys; the fine ranges live in processes/penalty-discretion.dmn.
CREATE TABLE penalty_violation_type (
  code          VARCHAR(40)   NOT NULL COMMENT 'ViolationType name',
  label         VARCHAR(200)  NOT NULL COMMENT '违法行为',
  article_2024  VARCHAR(50)   NOT NULL COMMENT '《统计法》(2024) article',
  article_2009  VARCHAR(50)   NOT NULL COMMENT '《统计法》(2009) article, conduct before 2024-09-13',
  sort_no       INT           NOT NULL,
  PRIMARY KEY (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
