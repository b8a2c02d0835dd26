-- dialect: mysql
-- expect: money-type=fail
-- feedback: money-type: orders: `total DOUBLE NOT NULL` (line 5)
-- feedback: money-type: items: `price FLOAT(8,2)` (line 6)
CREATE TABLE orders (id INT PRIMARY KEY, total DOUBLE NOT NULL, discount_percent FLOAT);
CREATE TABLE items (id INT PRIMARY KEY, price FLOAT(8,2));
