-- dialect: mysql
-- Broken: answer 4 builds the month with || as in PostgreSQL, but in MySQL || means OR, so the month is
-- CAST(1 AS DATE), which is NULL, for every order. step-2/q04 must fail, and the feedback should say
-- what || means in MySQL. Everything else is correct and passes.
-- base: correct-mysql.sql (every answer not in this file is taken from it)

-- q04
SELECT CAST(YEAR(o.placed_at) || '-' || MONTH(o.placed_at) || '-01' AS DATE) AS `month`,
       SUM(oi.quantity * oi.unit_price) AS revenue,
       COUNT(DISTINCT o.order_id) AS delivered_orders
FROM orders o
JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.`status` = 'delivered'
GROUP BY `month`
ORDER BY `month`;
