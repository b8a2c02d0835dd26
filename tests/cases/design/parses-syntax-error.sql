-- dialect: postgres
-- expect: parses-and-runs=fail, entities=skipped, primary-keys=skipped, not-null=skipped
-- feedback: parses-and-runs: line 7: syntax error
CREATE TABLE users (
    user_id INTEGER PRIMARY KEY,
    name    VARCHAR(100) NOT NULL
    email   VARCHAR(255) NOT NULL
);
