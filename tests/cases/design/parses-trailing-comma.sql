-- dialect: mysql
-- expect: parses-and-runs=fail, money-type=skipped
-- feedback: parses-and-runs: line 6: syntax error
CREATE TABLE users (
    id INT PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
);
