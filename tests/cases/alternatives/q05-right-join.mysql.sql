-- q05
SELECT u.user_id, u.name, u.city, u.signup_date
FROM orders o
RIGHT JOIN users u ON u.user_id = o.user_id
WHERE o.order_id IS NULL
