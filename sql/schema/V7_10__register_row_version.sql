-- Optimistic lock on the register records users edit (issue 16): complaints, credit records and repairs,
-- interference records, lead transfers.
ALTER TABLE complaint ADD COLUMN row_version INT NOT NULL DEFAULT 0;
ALTER TABLE credit_record ADD COLUMN row_version INT NOT NULL DEFAULT 0;
ALTER TABLE credit_repair ADD COLUMN row_version INT NOT NULL DEFAULT 0;
ALTER TABLE interference_record ADD COLUMN row_version INT NOT NULL DEFAULT 0;
ALTER TABLE lead_transfer ADD COLUMN row_version INT NOT NULL DEFAULT 0;
