-- q05
SELECT user_id, name, city, signup_date FROM users
EXCEPT
SELECT u.user_id, u.name, u.city, u.signup_date FROM users u JOIN orders o ON o.user_id = u.user_id
