-- q18
SELECT DISTINCT u.user_id, u.name, u.email
FROM users u JOIN orders o USING (user_id)
WHERE u.phone IS NULL AND o.placed_at >= '2026-01-01'
