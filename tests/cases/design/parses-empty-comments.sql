-- dialect: postgres
-- expect: parses-and-runs=fail, entities=skipped, foreign-keys=skipped, fk-indexed=skipped, not-null=skipped
-- feedback: parses-and-runs: no CREATE TABLE statement
-- My schema will go here.
/* TODO: tables */
