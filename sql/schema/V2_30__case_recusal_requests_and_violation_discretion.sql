-- 回避申请: an inspector's own declaration (or the party's application recorded on the case) waits for the
-- decision of the bureau head or deputy (行政处罚法 Art 43); decided ones are cleared, approved ones set recused.
ALTER TABLE case_inspector ADD COLUMN recusal_requested_on DATE NULL;
ALTER TABLE case_inspector ADD COLUMN recusal_requested_by VARCHAR(64) NULL;
ALTER TABLE case_inspector ADD COLUMN recusal_request VARCHAR(500) NULL;

-- 分别裁量: the discretion benchmark's recommendation for each violation found, with the rule that matched
-- and its legal basis (the case row keeps the combined recommendation).
ALTER TABLE case_violation ADD COLUMN rec_outcome VARCHAR(32) NULL;
ALTER TABLE case_violation ADD COLUMN rec_fine_min DECIMAL(14,2) NULL;
ALTER TABLE case_violation ADD COLUMN rec_fine_max DECIMAL(14,2) NULL;
ALTER TABLE case_violation ADD COLUMN rec_rule_id VARCHAR(64) NULL;
ALTER TABLE case_violation ADD COLUMN rec_legal_basis VARCHAR(1000) NULL;
ALTER TABLE case_violation ADD COLUMN rec_explanation VARCHAR(2000) NULL;
