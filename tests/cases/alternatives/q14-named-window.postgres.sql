-- q14
SELECT order_id, placed_at, placed_at::date - (lag(placed_at) OVER w)::date
FROM orders
WHERE user_id = 1
WINDOW w AS (ORDER BY placed_at, order_id)
ORDER BY placed_at, order_id
