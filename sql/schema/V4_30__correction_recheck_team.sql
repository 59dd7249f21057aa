-- 复查 of an order to correct: the date it was done on and the inspectors who did it (two or more, each
-- holding a 统计执法证 valid on that date). Rows written before this migration keep NULL (the recording inspector
-- is in rechecked_by).
ALTER TABLE rect_correction ADD COLUMN rechecked_on DATE NULL;
ALTER TABLE rect_correction ADD COLUMN recheck_team VARCHAR(500) NULL COMMENT 'comma-separated usernames of the inspectors who re-checked';
