-- q05
SELECT u.user_id, u.name, u.city, u.signup_date
FROM users u
ANTI JOIN orders o ON o.user_id = u.user_id
