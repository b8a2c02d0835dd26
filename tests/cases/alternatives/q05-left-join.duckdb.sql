-- q05
SELECT u.user_id, u.name, u.city, u.signup_date
FROM users u LEFT JOIN orders o USING (user_id)
WHERE o.order_id IS NULL
