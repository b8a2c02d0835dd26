-- dialect: postgres
-- expect: primary-keys=pass
CREATE TABLE orders (order_id INTEGER NOT NULL);
ALTER TABLE ONLY public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (order_id);
CREATE TABLE order_items (order_id INTEGER NOT NULL, item_id INTEGER NOT NULL, CONSTRAINT pk PRIMARY KEY (order_id, item_id));
