-- dialect: postgres
-- expect: foreign-keys=fail
-- feedback: foreign-keys: no foreign key items -> restaurants
-- feedback: foreign-keys: items.restaurant_id exists but is not declared a foreign key
CREATE TABLE restaurants (restaurant_id INTEGER PRIMARY KEY);
CREATE TABLE items (item_id INTEGER PRIMARY KEY, restaurant_id INTEGER NOT NULL);
