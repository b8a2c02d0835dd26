-- dialect: mysql
-- Broken: joins that repeat rows.
-- - Answer 18 joins users to their orders without DISTINCT, so a user with two orders in 2026 comes
--   back twice: step-2/q18 must fail.
-- - Answer 19 joins restaurants to their delivered order lines before counting, so COUNT(*) counts
--   order lines, not branches: step-2/q19 must fail.
-- Everything else is correct and passes.
-- base: correct-mysql.sql (every answer not in this file is taken from it)

-- q18
SELECT u.user_id, u.`name`, u.email
FROM users u
JOIN orders o ON o.user_id = u.user_id
WHERE u.phone IS NULL
  AND YEAR(o.placed_at) = 2026;

-- q19
SELECT r.`name`,
       COUNT(DISTINCT r.city) AS cities,
       COUNT(*) AS branches,
       IFNULL(SUM(oi.quantity * oi.unit_price), 0) AS revenue
FROM restaurants r
LEFT JOIN orders o ON o.restaurant_id = r.restaurant_id AND o.`status` = 'delivered'
LEFT JOIN order_items oi ON oi.order_id = o.order_id
GROUP BY r.`name`
HAVING cities > 1
ORDER BY revenue DESC, r.`name`;
