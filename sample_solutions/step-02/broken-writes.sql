-- dialect: postgres
-- Broken: answers that are not one read-only query, which the grader refuses without running them.
-- - Answer 10 wraps its query in COPY (...) TO STDOUT to export a CSV: step-2/q10 must fail.
-- - Answer 11 creates a temporary table and then selects from it (two statements): step-2/q11 must fail.
-- - Answer 17 inserts a test order before its query: step-2/q17 must fail.
-- Everything else is correct and passes.
-- base: correct-postgres.sql (every answer not in this file is taken from it)

-- q10
COPY (
    SELECT method,
           count(*)                                   AS attempts,
           count(*) FILTER (WHERE status = 'success') AS successful,
           count(*) FILTER (WHERE status = 'failed')  AS failed,
           round(100.0 * count(*) FILTER (WHERE status = 'success') / count(*), 1) AS success_rate
    FROM payments
    GROUP BY method
    ORDER BY method
) TO STDOUT WITH CSV HEADER;

-- q11
CREATE TEMP TABLE refunds AS
SELECT order_id, sum(amount) AS refunded
FROM payments
WHERE status = 'refunded'
GROUP BY order_id;

SELECT r.city,
       count(o.order_id)            AS cancelled_orders,
       coalesce(sum(f.refunded), 0) AS refunded
FROM restaurants r
LEFT JOIN orders o ON o.restaurant_id = r.restaurant_id AND o.status = 'cancelled'
LEFT JOIN refunds f ON f.order_id = o.order_id
GROUP BY r.city
ORDER BY r.city;

-- q17
INSERT INTO orders (order_id, user_id, restaurant_id, status, placed_at, delivery_fee, coupon_code)
VALUES (999999, 1, 1, 'placed', '2026-06-30 12:00', 30, 'TEST');

WITH totals AS (
    SELECT order_id, sum(quantity * unit_price) AS total
    FROM order_items
    GROUP BY order_id
)
SELECT coalesce(o.coupon_code, 'none') AS coupon,
       count(*)                                          AS orders,
       count(*) FILTER (WHERE o.status = 'delivered')     AS delivered_orders,
       coalesce(sum(t.total) FILTER (WHERE o.status = 'delivered'), 0) AS revenue
FROM orders o
JOIN totals t USING (order_id)
GROUP BY 1
ORDER BY orders DESC, coupon;
