-- q05
SELECT user_id, name, city, signup_date
FROM users
WHERE user_id <> ALL (SELECT o.user_id FROM orders o)
