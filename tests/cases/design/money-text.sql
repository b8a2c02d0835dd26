-- dialect: postgres
-- expect: money-type=fail
-- feedback: money-type: Text cannot be summed
CREATE TABLE items (item_id INTEGER PRIMARY KEY, price VARCHAR(10) NOT NULL);
