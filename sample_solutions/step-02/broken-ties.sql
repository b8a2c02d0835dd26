-- dialect: postgres
-- Broken: ties handled as if there were none.
-- - Answer 3 orders by revenue only, with no restaurant_id tie-break, so on a tie at the 5th place either
--   restaurant may come back: step-2/q03 must fail (the ties hidden dataset has such a tie).
-- - Answer 12 uses row_number() instead of rank(), so equal revenue gets different ranks: step-2/q12 must fail.
-- - Answer 20 uses DISTINCT ON (city), which keeps one cuisine when several tie for the most: step-2/q20 must fail.
-- Everything else is correct and passes.
-- base: correct-postgres.sql (every answer not in this file is taken from it)

-- q03
SELECT r.restaurant_id, r.name, r.city, sum(oi.quantity * oi.unit_price) AS revenue
FROM restaurants r
JOIN orders o ON o.restaurant_id = r.restaurant_id AND o.status = 'delivered'
JOIN order_items oi ON oi.order_id = o.order_id
GROUP BY r.restaurant_id
ORDER BY revenue DESC
LIMIT 5;

-- q12
WITH revenue AS (
    SELECT r.restaurant_id, r.city, r.name, sum(oi.quantity * oi.unit_price) AS revenue
    FROM restaurants r
    JOIN orders o ON o.restaurant_id = r.restaurant_id
    JOIN order_items oi ON oi.order_id = o.order_id
    WHERE o.status = 'delivered'
    GROUP BY r.restaurant_id
)
SELECT *
FROM (
    SELECT city, restaurant_id, name, revenue,
           row_number() OVER (PARTITION BY city ORDER BY revenue DESC, restaurant_id) AS rnk
    FROM revenue
) ranked
WHERE rnk <= 3
ORDER BY city, rnk, restaurant_id;

-- q20
SELECT DISTINCT ON (r.city) r.city, r.cuisine, count(*) AS delivered_orders
FROM restaurants r
JOIN orders o ON o.restaurant_id = r.restaurant_id
WHERE o.status = 'delivered'
GROUP BY r.city, r.cuisine
ORDER BY r.city, count(*) DESC;
