-- q05
WITH buyers AS (SELECT DISTINCT user_id FROM orders)
SELECT u.user_id, u.name, u.city, u.signup_date
FROM users u LEFT JOIN buyers b ON b.user_id = u.user_id
WHERE b.user_id IS NULL
