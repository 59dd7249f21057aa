-- Indexes found by the province benchmark (bench/results.md: EXPLAIN of the list and report queries over
-- 220,000 cases). The ledger sorts a bureau's cases by registration time and filters by the year of filing; the
-- year-end report counts each figure by its own defining date within the bureaus of a subtree.
CREATE INDEX ix_case_bureau_created ON enforcement_case (bureau_id, created_at);
CREATE INDEX ix_case_bureau_filed ON enforcement_case (bureau_id, filed_on);
CREATE INDEX ix_case_bureau_decided ON enforcement_case (bureau_id, decided_on);
CREATE INDEX ix_case_bureau_closed ON enforcement_case (bureau_id, closed_on);
CREATE INDEX ix_case_bureau_hearing ON enforcement_case (bureau_id, hearing_date);
CREATE INDEX ix_opinion_kind_created ON case_opinion (kind, created_at, case_id);
CREATE INDEX ix_appeal_case ON case_appeal (case_id);
CREATE INDEX ix_rect_plan_bureau_received ON rect_plan (bureau_id, received_on);
