-- q07
SELECT u.user_id, u.name, COUNT(o.order_id), COUNT(IF(o.status = 'delivered', 1, NULL))
FROM users u LEFT JOIN orders o ON o.user_id = u.user_id WHERE u.city = 'Pune' GROUP BY u.user_id, u.name ORDER BY u.user_id
