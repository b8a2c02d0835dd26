-- dialect: mysql
-- Broken: months told apart by MONTH() alone, which puts January 2025 and January 2026 together.
-- - Answer 4 groups by MONTH(placed_at): right while the data spans at most twelve months, wrong once two
--   years share a month number: step-2/q04 must fail (the boundaries hidden dataset).
-- - Answer 15 takes "June 2026" as MONTH(placed_at) = 6, so June 2025 orders come in too: step-2/q15 must fail.
-- Everything else is correct and passes.
-- base: correct-mysql.sql (every answer not in this file is taken from it)

-- q04
SELECT CAST(DATE_FORMAT(MIN(o.placed_at), '%Y-%m-01') AS DATE) AS `month`,
       SUM(oi.quantity * oi.unit_price) AS revenue,
       COUNT(DISTINCT o.order_id) AS delivered_orders
FROM orders o
JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.`status` = 'delivered'
GROUP BY MONTH(o.placed_at)
ORDER BY `month`;

-- q15
SELECT t.order_id, t.restaurant_id, t.total
FROM (
    SELECT o.order_id, o.restaurant_id, o.placed_at, SUM(oi.quantity * oi.unit_price) AS total
    FROM orders o
    JOIN order_items oi ON oi.order_id = o.order_id
    WHERE o.`status` = 'delivered'
    GROUP BY o.order_id
) AS t
WHERE MONTH(t.placed_at) = 6
  AND t.total > (
      SELECT AVG(x.total)
      FROM (
          SELECT o2.restaurant_id, SUM(oi2.quantity * oi2.unit_price) AS total
          FROM orders o2
          JOIN order_items oi2 ON oi2.order_id = o2.order_id
          WHERE o2.`status` = 'delivered'
          GROUP BY o2.order_id
      ) AS x
      WHERE x.restaurant_id = t.restaurant_id
  )
ORDER BY t.order_id;
