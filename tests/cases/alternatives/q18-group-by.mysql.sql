-- q18
SELECT u.user_id, u.name, u.email
FROM users u JOIN orders o ON o.user_id = u.user_id
WHERE u.phone IS NULL AND o.placed_at >= '2026-01-01'
GROUP BY u.user_id, u.name, u.email
