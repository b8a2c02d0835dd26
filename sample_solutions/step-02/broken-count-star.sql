-- dialect: postgres
-- Broken: count(*) on the outer side of a LEFT JOIN counts the NULL row, so "none" becomes 1.
-- - Answer 7 counts a Pune user who never ordered as 1 order: step-2/q07 must fail.
-- - Answer 11 counts 1 cancelled order for a city that has none: step-2/q11 must fail.
-- Everything else is correct and passes.
-- base: correct-postgres.sql (every answer not in this file is taken from it)

-- q07
SELECT u.user_id, u.name,
       count(*)                                       AS orders,
       count(*) FILTER (WHERE o.status = 'delivered') AS delivered_orders
FROM users u
LEFT JOIN orders o ON o.user_id = u.user_id
WHERE u.city = 'Pune'
GROUP BY u.user_id
ORDER BY u.user_id;

-- q11
WITH refunds AS (
    SELECT order_id, sum(amount) AS refunded
    FROM payments
    WHERE status = 'refunded'
    GROUP BY order_id
)
SELECT r.city,
       count(*)                     AS cancelled_orders,
       coalesce(sum(f.refunded), 0) AS refunded
FROM restaurants r
LEFT JOIN orders o ON o.restaurant_id = r.restaurant_id AND o.status = 'cancelled'
LEFT JOIN refunds f ON f.order_id = o.order_id
GROUP BY r.city
ORDER BY r.city;
