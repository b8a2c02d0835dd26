-- dialect: postgres
-- expect: foreign-keys=pass
CREATE TABLE restaurants (restaurant_id INTEGER PRIMARY KEY);
CREATE TABLE menus (menu_id INTEGER PRIMARY KEY, restaurant_id INTEGER NOT NULL REFERENCES restaurants);
CREATE TABLE menu_items (item_id INTEGER PRIMARY KEY, menu_id INTEGER NOT NULL REFERENCES menus);
