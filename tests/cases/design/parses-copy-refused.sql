-- dialect: postgres
-- expect: parses-and-runs=fail, primary-keys=pass, money-type=pass
-- feedback: parses-and-runs: line 6: `COPY users FROM '/etc/passwd'` refused and not run
CREATE TABLE users (user_id INTEGER PRIMARY KEY, name TEXT NOT NULL);

COPY users FROM '/etc/passwd';
