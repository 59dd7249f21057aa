-- Optimistic lock on the records an administrator edits (issue 16): a stale edit of a bureau or a user answers 409.
ALTER TABLE bureau ADD COLUMN row_version INT NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN row_version INT NOT NULL DEFAULT 0;
