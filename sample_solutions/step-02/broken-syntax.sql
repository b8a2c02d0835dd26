-- dialect: mysql
-- Broken: two answers that do not parse.
-- - Answer 9 leaves a parenthesis open: step-2/q09 must fail, naming the line of the mistake.
-- - Answer 14 misspells ORDER BY as ORDR BY: step-2/q14 must fail the same way.
-- Everything else is correct and passes.
-- base: correct-mysql.sql (every answer not in this file is taken from it)

-- q09
SELECT s.order_id, s.method, s.amount,
       (SELECT COUNT(*) FROM payments f WHERE f.order_id = s.order_id AND f.`status` = 'failed' AS failed_attempts
FROM payments s
WHERE s.`status` = 'success'
  AND EXISTS (SELECT 1 FROM payments f WHERE f.order_id = s.order_id AND f.`status` = 'failed');

-- q14
SELECT order_id, placed_at,
       DATEDIFF(placed_at, LAG(placed_at) OVER (ORDER BY placed_at, order_id)) AS days_since_previous
FROM orders
WHERE user_id = 1
ORDR BY placed_at, order_id;
