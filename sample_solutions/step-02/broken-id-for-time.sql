-- dialect: mysql
-- Broken: order_id used as if it were the time order: ids usually grow with placed_at, but not always.
-- - Answer 2 orders by order_id DESC instead of placed_at DESC, then order_id: step-2/q02 must fail (a hidden
--   dataset has an order of user 1 whose id is smaller than that of an earlier one).
-- - Answer 14 orders the LAG window and the rows by order_id alone: step-2/q14 must fail on the same data.
-- Everything else is correct and passes.
-- base: correct-mysql.sql (every answer not in this file is taken from it)

-- q02
SELECT o.order_id, r.name, r.city, o.status, o.placed_at, SUM(oi.quantity * oi.unit_price) AS total
FROM orders o
JOIN restaurants r ON r.restaurant_id = o.restaurant_id
JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.user_id = 1
GROUP BY o.order_id, r.name, r.city, o.status, o.placed_at
ORDER BY o.order_id DESC;

-- q14
SELECT order_id, placed_at,
       DATEDIFF(placed_at, LAG(placed_at) OVER (ORDER BY order_id)) AS days_since_previous
FROM orders
WHERE user_id = 1
ORDER BY order_id;
