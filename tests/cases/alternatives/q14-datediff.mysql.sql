-- q14
SELECT order_id, placed_at,
       DATEDIFF(DATE(placed_at), DATE(LAG(placed_at) OVER (ORDER BY placed_at, order_id))) AS gap
FROM orders WHERE user_id = 1
ORDER BY placed_at, order_id
