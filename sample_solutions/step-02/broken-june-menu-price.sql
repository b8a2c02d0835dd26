-- dialect: postgres
-- Broken: answer 16 takes the revenue of June's orders from the menu's current price (items.price) instead
-- of the price paid (order_items.unit_price). step-2/q16 must fail: the two prices differ as soon as a
-- price changes during the month. Everything else is correct and passes.
-- base: correct-postgres.sql (every answer not in this file is taken from it)

-- q16
SELECT u.user_id, u.name,
       count(DISTINCT o.order_id)  AS orders,
       sum(oi.quantity * i.price)  AS revenue
FROM users u
JOIN orders o ON o.user_id = u.user_id
JOIN order_items oi ON oi.order_id = o.order_id
JOIN items i ON i.item_id = oi.item_id
WHERE o.status = 'delivered'
  AND o.placed_at >= '2026-06-01'
  AND o.placed_at < '2026-07-01'
GROUP BY u.user_id
HAVING count(DISTINCT o.order_id) >= 3
ORDER BY orders DESC, u.user_id;
