-- dialect: postgres
-- expect: parses-and-runs=pass, primary-keys=pass, not-null=pass
DROP TABLE IF EXISTS orders CASCADE;
DROP TYPE IF EXISTS order_status;
CREATE TYPE order_status AS ENUM ('placed', 'delivered', 'cancelled');
CREATE TABLE orders (
    order_id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    status   order_status NOT NULL DEFAULT 'placed',
    placed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
COMMENT ON TABLE orders IS 'one row per order';
