-- dialect: postgres
-- expect: parses-and-runs=pass, primary-keys=pass
-- feedback: parses-and-runs: line 6: `INSERT INTO users VALUES (1, 'Asha')` ignored
-- feedback: parses-and-runs: line 7: `SELECT * FROM users` ignored
CREATE TABLE users (user_id INTEGER PRIMARY KEY, name TEXT NOT NULL);
INSERT INTO users VALUES (1, 'Asha');
SELECT * FROM users;
