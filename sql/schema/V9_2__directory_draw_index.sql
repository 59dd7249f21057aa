-- The draw reads every unit of a plan's scope in credit-code order, with the few columns its exclusions and sealed
-- snapshot need (DirectoryPopulation). With only (bureau_id, credit_code) the optimizer answers a bureau that owns
-- most of the table with a full scan of the rows and a sort (bench/results.md: 1,000,000 units); this index holds
-- every column the read needs (the primary key rides along), so the read is one ordered scan of a narrow index.
CREATE INDEX ix_enterprise_draw ON enterprise (bureau_id, credit_code, risk_tags, last_inspected_on, last_inspection_result);
