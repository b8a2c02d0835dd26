-- q14
SELECT order_id, placed_at, TO_DAYS(placed_at) - TO_DAYS(LAG(placed_at) OVER (ORDER BY placed_at, order_id))
FROM orders WHERE user_id = 1 ORDER BY placed_at, order_id
