-- dialect: mysql
-- Broken: revenue from the menu's current price (items.price) instead of the price paid (order_items.unit_price).
-- Prices changed since many orders were placed, so the sums differ on the public dataset:
-- step-2/q03 and step-2/q19 must fail. Everything else is correct and passes.
-- base: correct-mysql.sql (every answer not in this file is taken from it)

-- q03
SELECT r.restaurant_id, r.`name`, r.city, SUM(oi.quantity * i.price) AS revenue
FROM restaurants r
INNER JOIN orders o ON o.restaurant_id = r.restaurant_id
INNER JOIN order_items oi ON oi.order_id = o.order_id
INNER JOIN items i ON i.item_id = oi.item_id
WHERE o.`status` = 'delivered'
GROUP BY r.restaurant_id
ORDER BY revenue DESC, r.restaurant_id
LIMIT 5;

-- q19
SELECT r.`name`,
       COUNT(DISTINCT r.city) AS cities,
       COUNT(*) AS branches,
       IFNULL(SUM(v.revenue), 0) AS revenue
FROM restaurants r
LEFT JOIN (
    SELECT o.restaurant_id, SUM(oi.quantity * i.price) AS revenue
    FROM orders o
    JOIN order_items oi ON oi.order_id = o.order_id
    JOIN items i ON i.item_id = oi.item_id
    WHERE o.`status` = 'delivered'
    GROUP BY o.restaurant_id
) AS v ON v.restaurant_id = r.restaurant_id
GROUP BY r.`name`
HAVING cities > 1
ORDER BY revenue DESC, r.`name`;
