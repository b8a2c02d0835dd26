-- q14
SELECT order_id, placed_at, TIMESTAMPDIFF(DAY, DATE(LAG(placed_at) OVER (ORDER BY placed_at, order_id)), DATE(placed_at))
FROM orders WHERE user_id = 1 ORDER BY placed_at, order_id
