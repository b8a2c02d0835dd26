-- q05
SELECT user_id, name, city, signup_date FROM users
WHERE user_id NOT IN (SELECT DISTINCT user_id FROM orders)
