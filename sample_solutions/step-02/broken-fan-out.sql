-- dialect: mysql
-- Broken: joins that repeat rows.
-- - Answer 18 joins users to their orders without DISTINCT, so a user with two orders in 2026 comes
--   back twice: step-2/q18 must fail.
-- - Answer 19 joins restaurants to their delivered order lines before counting, so COUNT(*) counts
--   order lines, not branches: step-2/q19 must fail.
-- Everything else is correct and passes.

-- q01
SELECT city,
       COUNT(*) AS restaurants,
       COUNT(rating) AS rated,
       ROUND(AVG(rating), 2) AS avg_rating
FROM restaurants
GROUP BY city
ORDER BY city;

-- q02
SELECT o.order_id, r.`name`, r.city, o.`status`, o.placed_at,
       SUM(oi.quantity * oi.unit_price) AS total
FROM orders AS o
INNER JOIN restaurants AS r ON r.restaurant_id = o.restaurant_id
INNER JOIN order_items AS oi ON oi.order_id = o.order_id
WHERE o.user_id = 1
GROUP BY o.order_id, r.restaurant_id
ORDER BY o.placed_at DESC, o.order_id ASC;

-- q03
SELECT r.restaurant_id, r.`name`, r.city, SUM(oi.quantity * oi.unit_price) AS revenue
FROM restaurants r
INNER JOIN orders o ON o.restaurant_id = r.restaurant_id
INNER JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.`status` = 'delivered'
GROUP BY r.restaurant_id
ORDER BY revenue DESC, r.restaurant_id
LIMIT 5;

-- q04
SELECT CAST(DATE_FORMAT(o.placed_at, '%Y-%m-01') AS DATE) AS `month`,
       SUM(oi.quantity * oi.unit_price) AS revenue,
       COUNT(DISTINCT o.order_id) AS delivered_orders
FROM orders o
JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.`status` = 'delivered'
GROUP BY `month`
ORDER BY `month`;

-- q05
SELECT u.user_id, u.`name`, u.city, u.signup_date
FROM users u
WHERE u.user_id NOT IN (SELECT o.user_id FROM orders o);

-- q06
SELECT i.item_id, i.`name`, r.`name` AS restaurant, r.city, i.price
FROM items i
JOIN restaurants r ON r.restaurant_id = i.restaurant_id
LEFT JOIN order_items oi ON oi.item_id = i.item_id
WHERE oi.order_id IS NULL
ORDER BY i.item_id;

-- q07
SELECT u.user_id, u.`name`,
       COUNT(o.order_id) AS orders,
       IFNULL(SUM(o.`status` = 'delivered'), 0) AS delivered_orders
FROM users u
LEFT JOIN orders o ON o.user_id = u.user_id
WHERE u.city = 'Pune'
GROUP BY u.user_id
ORDER BY u.user_id;

-- q08
SELECT r.restaurant_id, r.`name`,
       COUNT(o.order_id) AS delivered_orders,
       ROUND(AVG(TIMESTAMPDIFF(SECOND, o.placed_at, o.delivered_at)) / 60, 1) AS avg_minutes
FROM restaurants r
LEFT JOIN orders o ON o.restaurant_id = r.restaurant_id AND o.`status` = 'delivered'
GROUP BY r.restaurant_id
ORDER BY r.restaurant_id;

-- q09
SELECT s.order_id, s.method, s.amount,
       (SELECT COUNT(*) FROM payments f WHERE f.order_id = s.order_id AND f.`status` = 'failed') AS failed_attempts
FROM payments s
WHERE s.`status` = 'success'
  AND EXISTS (SELECT 1 FROM payments f WHERE f.order_id = s.order_id AND f.`status` = 'failed');

-- q10
SELECT method,
       COUNT(*) AS attempts,
       SUM(`status` = 'success') AS successful,
       SUM(`status` = 'failed') AS failed,
       ROUND(SUM(`status` = 'success') * 100 / COUNT(*), 1) AS success_rate
FROM payments
GROUP BY method
ORDER BY method;

-- q11
SELECT r.city,
       COUNT(DISTINCT o.order_id) AS cancelled_orders,
       IFNULL(SUM(p.amount), 0) AS refunded
FROM restaurants r
LEFT JOIN orders o ON o.restaurant_id = r.restaurant_id AND o.`status` = 'cancelled'
LEFT JOIN payments p ON p.order_id = o.order_id AND p.`status` = 'refunded'
GROUP BY r.city
ORDER BY r.city;

-- q12
WITH revenue AS (
    SELECT r.city, r.restaurant_id, r.`name`, SUM(oi.quantity * oi.unit_price) AS revenue
    FROM restaurants r
    JOIN orders o ON o.restaurant_id = r.restaurant_id
    JOIN order_items oi ON oi.order_id = o.order_id
    WHERE o.`status` = 'delivered'
    GROUP BY r.restaurant_id
),
ranked AS (
    SELECT city, restaurant_id, `name`, revenue,
           RANK() OVER (PARTITION BY city ORDER BY revenue DESC) AS `rank`
    FROM revenue
)
SELECT city, restaurant_id, `name`, revenue, `rank`
FROM ranked
WHERE `rank` <= 3
ORDER BY city, `rank`, restaurant_id;

-- q13
SELECT `day`, revenue, SUM(revenue) OVER (ORDER BY `day`) AS running_total
FROM (
    SELECT DATE(o.placed_at) AS `day`, SUM(oi.quantity * oi.unit_price) AS revenue
    FROM orders o
    JOIN order_items oi ON oi.order_id = o.order_id
    WHERE o.`status` = 'delivered'
      AND DATE(o.placed_at) BETWEEN DATE_SUB('2026-06-30', INTERVAL 6 DAY) AND '2026-06-30'
    GROUP BY DATE(o.placed_at)
) AS daily
ORDER BY `day`;

-- q14
SELECT order_id, placed_at,
       DATEDIFF(placed_at, LAG(placed_at) OVER (ORDER BY placed_at, order_id)) AS days_since_previous
FROM orders
WHERE user_id = 1
ORDER BY placed_at, order_id;

-- q15
SELECT t.order_id, t.restaurant_id, t.total
FROM (
    SELECT o.order_id, o.restaurant_id, o.placed_at, SUM(oi.quantity * oi.unit_price) AS total
    FROM orders o
    JOIN order_items oi ON oi.order_id = o.order_id
    WHERE o.`status` = 'delivered'
    GROUP BY o.order_id
) AS t
WHERE YEAR(t.placed_at) = 2026 AND MONTH(t.placed_at) = 6
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

-- q16
SELECT u.user_id, u.`name`,
       COUNT(DISTINCT o.order_id) AS orders,
       SUM(oi.quantity * oi.unit_price) AS revenue
FROM users u
JOIN orders o ON o.user_id = u.user_id
JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.`status` = 'delivered'
  AND DATE_FORMAT(o.placed_at, '%Y-%m') = '2026-06'
GROUP BY u.user_id
HAVING orders >= 3
ORDER BY orders DESC, u.user_id;

-- q17
SELECT IFNULL(o.coupon_code, 'none') AS coupon,
       COUNT(*) AS orders,
       SUM(o.`status` = 'delivered') AS delivered_orders,
       IFNULL(SUM(IF(o.`status` = 'delivered', t.total, NULL)), 0) AS revenue
FROM orders o
JOIN (
    SELECT order_id, SUM(quantity * unit_price) AS total
    FROM order_items
    GROUP BY order_id
) AS t ON t.order_id = o.order_id
GROUP BY coupon
ORDER BY orders DESC, coupon;

-- q18
SELECT u.user_id, u.`name`, u.email
FROM users u
JOIN orders o ON o.user_id = u.user_id
WHERE u.phone IS NULL
  AND YEAR(o.placed_at) = 2026;

-- q19
SELECT r.`name`,
       COUNT(DISTINCT r.city) AS cities,
       COUNT(*) AS branches,
       IFNULL(SUM(oi.quantity * oi.unit_price), 0) AS revenue
FROM restaurants r
LEFT JOIN orders o ON o.restaurant_id = r.restaurant_id AND o.`status` = 'delivered'
LEFT JOIN order_items oi ON oi.order_id = o.order_id
GROUP BY r.`name`
HAVING cities > 1
ORDER BY revenue DESC, r.`name`;

-- q20
SELECT city, cuisine, delivered_orders
FROM (
    SELECT r.city, r.cuisine, COUNT(*) AS delivered_orders,
           RANK() OVER (PARTITION BY r.city ORDER BY COUNT(*) DESC) AS pos
    FROM restaurants r
    JOIN orders o ON o.restaurant_id = r.restaurant_id
    WHERE o.`status` = 'delivered'
    GROUP BY r.city, r.cuisine
) AS ranked
WHERE pos = 1;
