-- dialect: postgres
-- Broken: a plausible status filter the question does not ask for ("any status").
-- - Answer 5 calls a user who never got an order delivered one who never ordered: a user whose only orders
--   were cancelled is listed. step-2/q05 must fail.
-- - Answer 6 looks only at order lines of orders that were not cancelled, so an item ordered only in a
--   cancelled order is listed as never ordered. step-2/q06 must fail.
-- - Answer 18 counts only delivered orders as "at least one order (any status) in 2026": a user with no phone
--   whose only order this year is cancelled or still open is left out. step-2/q18 must fail.
-- Everything else is correct and passes.
-- base: correct-postgres.sql (every answer not in this file is taken from it)

-- q05
SELECT u.user_id, u.name, u.city, u.signup_date
FROM users u
WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.user_id = u.user_id AND o.status = 'delivered');

-- q06
SELECT i.item_id, i.name, r.name AS restaurant, r.city, i.price
FROM items i
JOIN restaurants r ON r.restaurant_id = i.restaurant_id
WHERE NOT EXISTS (SELECT 1 FROM order_items oi JOIN orders o ON o.order_id = oi.order_id
                  WHERE oi.item_id = i.item_id AND o.status <> 'cancelled')
ORDER BY i.item_id;

-- q18
SELECT DISTINCT ON (u.user_id) u.user_id, u.name, u.email
FROM users u
JOIN orders o ON o.user_id = u.user_id
WHERE u.phone IS NULL
  AND o.status = 'delivered'
  AND o.placed_at >= '2026-01-01'::date
ORDER BY u.user_id;
