-- dialect: mysql
-- expect: fk-indexed=pass
-- feedback: fk-indexed: InnoDB creates an index for every foreign key
CREATE TABLE orders (id INT PRIMARY KEY);
CREATE TABLE payments (id INT PRIMARY KEY, order_id INT NOT NULL, FOREIGN KEY (order_id) REFERENCES orders (id));
