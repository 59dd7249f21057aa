-- 工作日历: exceptions to the Monday-to-Friday rule, i.e. public holidays (法定节假日, including the
-- weekdays of a 调休 block) and make-up working days (调休上班) falling on a weekend. Editable by ADMIN.
CREATE TABLE work_calendar_day (
  calendar_date  DATE         NOT NULL,
  day_type       VARCHAR(10)  NOT NULL COMMENT 'HOLIDAY or WORKDAY',
  holiday_name   VARCHAR(50)  NOT NULL,
  updated_by     VARCHAR(64)  NOT NULL,
  updated_at     DATETIME     NOT NULL,
  PRIMARY KEY (calendar_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
