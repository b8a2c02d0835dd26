-- dialect: postgres
-- Broken: an inner join where the question keeps every row, and an outer join where it leaves rows out.
-- - Answer 11 joins restaurants to their cancelled orders with an inner JOIN, so a city with restaurants but
--   no cancelled order vanishes instead of showing 0: step-2/q11 must fail.
-- - Answer 20 LEFT JOINs restaurants to their delivered orders and counts o.order_id, so a city whose
--   restaurants have no delivered order comes back with a count of 0 instead of being left out:
--   step-2/q20 must fail.
-- Everything else is correct and passes.
-- base: correct-postgres.sql (every answer not in this file is taken from it)

-- q11
WITH refunds AS (
    SELECT order_id, sum(amount) AS refunded
    FROM payments
    WHERE status = 'refunded'
    GROUP BY order_id
)
SELECT r.city,
       count(o.order_id)            AS cancelled_orders,
       coalesce(sum(f.refunded), 0) AS refunded
FROM restaurants r
JOIN orders o ON o.restaurant_id = r.restaurant_id AND o.status = 'cancelled'
LEFT JOIN refunds f ON f.order_id = o.order_id
GROUP BY r.city
ORDER BY r.city;

-- q20
WITH counts AS (
    SELECT r.city, r.cuisine, count(o.order_id) AS delivered_orders
    FROM restaurants r
    LEFT JOIN orders o ON o.restaurant_id = r.restaurant_id AND o.status = 'delivered'
    GROUP BY r.city, r.cuisine
)
SELECT c.city, c.cuisine, c.delivered_orders
FROM counts c
WHERE c.delivered_orders = (SELECT max(m.delivered_orders) FROM counts m WHERE m.city = c.city);
