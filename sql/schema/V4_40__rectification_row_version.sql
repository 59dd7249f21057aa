-- Optimistic lock on every rectification record a user edits (issue 16): the column is called row_version as
-- everywhere else (rect_plan and rect_measure called it version), and aspects, problems, mechanisms, corrections and
-- the directory of responsible units get one.
ALTER TABLE rect_plan RENAME COLUMN version TO row_version;
ALTER TABLE rect_measure RENAME COLUMN version TO row_version;
ALTER TABLE rect_aspect ADD COLUMN row_version INT NOT NULL DEFAULT 0;
ALTER TABLE rect_problem ADD COLUMN row_version INT NOT NULL DEFAULT 0;
ALTER TABLE rect_mechanism ADD COLUMN row_version INT NOT NULL DEFAULT 0;
ALTER TABLE rect_correction ADD COLUMN row_version INT NOT NULL DEFAULT 0;
ALTER TABLE rect_responsible ADD COLUMN row_version INT NOT NULL DEFAULT 0;
