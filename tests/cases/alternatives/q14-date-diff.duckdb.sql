-- q14
SELECT order_id, placed_at,
       DATE_DIFF('day', LAG(placed_at::DATE) OVER (ORDER BY placed_at, order_id), placed_at::DATE)
FROM orders WHERE user_id = 1
ORDER BY placed_at, order_id
