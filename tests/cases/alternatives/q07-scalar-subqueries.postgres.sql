-- q07
SELECT u.user_id, u.name,
       (SELECT count(*) FROM orders o WHERE o.user_id = u.user_id),
       (SELECT count(*) FROM orders o WHERE o.user_id = u.user_id AND o.status = 'delivered')
FROM users u
WHERE u.city = 'Pune'
ORDER BY u.user_id
