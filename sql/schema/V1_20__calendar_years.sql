-- A year's holiday arrangement (国务院办公厅关于部分节假日安排的通知) is confirmed once the ADMIN has entered it, by
-- form or by importing the list. Until then the year counts only weekends and the fixed-date statutory holidays
-- (元旦, 劳动节, 国庆节), and every window computed on it is shown as provisional (暂定).
CREATE TABLE work_calendar_year (
  calendar_year  INT           NOT NULL,
  source_note    VARCHAR(200)  NULL COMMENT 'what the arrangement was entered from, e.g. the notice number',
  confirmed_by   VARCHAR(64)   NOT NULL,
  confirmed_at   DATETIME      NOT NULL,
  PRIMARY KEY (calendar_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
