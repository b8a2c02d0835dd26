-- dialect: mysql
-- Broken: SQL that MySQL (and PostgreSQL) reject as a syntax error, though each query means the right thing.
-- - Answer 1 writes ORDER BY before GROUP BY: step-2/q01 must fail (MySQL: "You have an error in your SQL syntax").
-- - Answer 14 leaves a comma after the last column, before FROM: step-2/q14 must fail the same way.
-- Everything else is correct and passes.
-- base: correct-mysql.sql (every answer not in this file is taken from it)

-- q01
SELECT city,
       COUNT(*) AS restaurants,
       COUNT(rating) AS rated,
       ROUND(AVG(rating), 2) AS avg_rating
FROM restaurants
ORDER BY city
GROUP BY city;

-- q14
SELECT order_id, placed_at,
       DATEDIFF(placed_at, LAG(placed_at) OVER (ORDER BY placed_at, order_id)) AS days_since_previous,
FROM orders
WHERE user_id = 1
ORDER BY placed_at, order_id;
