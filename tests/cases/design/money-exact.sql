-- dialect: postgres
-- expect: money-type=pass
CREATE TABLE payments (payment_id INTEGER PRIMARY KEY, amount_paise BIGINT NOT NULL, tip NUMERIC(8, 2), fee MONEY, tax_rate REAL);
