-- dialect: postgres
-- expect: not-null=pass
CREATE TABLE users (user_id INTEGER PRIMARY KEY, name TEXT, email TEXT NOT NULL);
ALTER TABLE users ALTER COLUMN name SET NOT NULL;
