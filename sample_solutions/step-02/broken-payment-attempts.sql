-- dialect: duckdb
-- Broken: every payment attempt treated alike, so a failed attempt followed by a successful one counts twice.
-- - Answer 11 sums the amounts of all payments of the cancelled orders, not only the refunded ones:
--   step-2/q11 must fail.
-- - Answer 9 counts every other attempt of the order (the second part of a split payment, refunds) as
--   a failed attempt: step-2/q09 must fail (the payments hidden dataset has split payments).
-- Everything else is correct and passes.
-- base: correct-duckdb.sql (every answer not in this file is taken from it)

-- q09
SELECT s.order_id, s.method, s.amount, COUNT(f.payment_id) AS failed_attempts
FROM payments s
JOIN payments f ON f.order_id = s.order_id AND f.payment_id <> s.payment_id
WHERE s.status = 'success'
GROUP BY s.payment_id, s.order_id, s.method, s.amount
HAVING COUNT(CASE WHEN f.status = 'failed' THEN 1 END) > 0

-- q11
SELECT r.city, COUNT(DISTINCT o.order_id) AS cancelled_orders, COALESCE(SUM(p.amount), 0) AS refunded
FROM restaurants r
LEFT JOIN orders o ON o.restaurant_id = r.restaurant_id AND o.status = 'cancelled'
LEFT JOIN payments p ON p.order_id = o.order_id
GROUP BY r.city
ORDER BY r.city
