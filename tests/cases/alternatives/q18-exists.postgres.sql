-- q18
SELECT u.user_id, u.name, u.email FROM users u
WHERE u.phone IS NULL
  AND EXISTS (SELECT 1 FROM orders o WHERE o.user_id = u.user_id AND extract(year FROM o.placed_at) = 2026)
