-- q07
WITH per_user AS (
    SELECT user_id, COUNT(*) AS orders, COUNT(*) FILTER (WHERE status = 'delivered') AS delivered
    FROM orders GROUP BY user_id
)
SELECT u.user_id, u.name, COALESCE(p.orders, 0), COALESCE(p.delivered, 0)
FROM users u LEFT JOIN per_user p ON p.user_id = u.user_id
WHERE u.city = 'Pune'
ORDER BY u.user_id
