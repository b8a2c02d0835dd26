-- dialect: postgres
-- Broken: answer 9 counts every attempt that is not a success as a failed attempt, so refunded attempts
-- are counted too. step-2/q09 must fail on an order with a failed attempt, a success and a refund.
-- Everything else is correct and passes.
-- base: correct-postgres.sql (every answer not in this file is taken from it)

-- q09
SELECT s.order_id, s.method, s.amount, count(f.payment_id) AS failed_attempts
FROM payments s
JOIN payments f ON f.order_id = s.order_id AND f.status <> 'success'
WHERE s.status = 'success'
GROUP BY s.payment_id;
