-- q05
SELECT u.user_id, u.name, u.city, u.signup_date FROM users u
WHERE NOT EXISTS (SELECT * FROM orders o WHERE o.user_id = u.user_id)
