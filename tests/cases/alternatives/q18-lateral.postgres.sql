-- q18
SELECT u.user_id, u.name, u.email FROM users u,
LATERAL (SELECT 1 FROM orders o WHERE o.user_id = u.user_id AND o.placed_at >= '2026-01-01' LIMIT 1) x WHERE u.phone IS NULL
