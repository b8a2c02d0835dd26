-- dialect: postgres
-- expect: no-repeating-groups=pass
CREATE TABLE users (user_id INTEGER PRIMARY KEY, address_line1 TEXT, address_line2 TEXT, password_sha256 TEXT,
    items_count INTEGER, orders INTEGER, tags TEXT[]);
