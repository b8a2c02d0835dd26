-- dialect: duckdb
-- Broken: every payment attempt treated alike, so a failed attempt followed by a successful one counts twice.
-- - Answer 11 sums the amounts of all payments of the cancelled orders, not only the refunded ones:
--   step-2/q11 must fail.
-- - Answer 9 counts every other attempt of the order (the second part of a split payment, refunds) as
--   a failed attempt: step-2/q09 must fail (the payments hidden dataset has split payments).
-- Everything else is correct and passes.

-- q01
SELECT city, COUNT(*) AS restaurants, COUNT(rating) AS rated, ROUND(AVG(rating), 2) AS avg_rating
FROM restaurants
GROUP BY city
ORDER BY city;

-- q02
SELECT o.order_id, r.name, r.city, o.status, o.placed_at, SUM(oi.quantity * oi.unit_price) AS total
FROM orders o
JOIN restaurants r ON r.restaurant_id = o.restaurant_id
JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.user_id = 1
GROUP BY o.order_id, r.name, r.city, o.status, o.placed_at
ORDER BY o.placed_at DESC, o.order_id;

-- q03
SELECT r.restaurant_id, r.name, r.city, SUM(oi.quantity * oi.unit_price) AS revenue
FROM restaurants r
JOIN orders o ON o.restaurant_id = r.restaurant_id
JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status = 'delivered'
GROUP BY r.restaurant_id, r.name, r.city
ORDER BY revenue DESC, r.restaurant_id
LIMIT 5;

-- q04
SELECT CAST(DATE_TRUNC('month', o.placed_at) AS DATE) AS month,
       SUM(oi.quantity * oi.unit_price) AS revenue,
       COUNT(DISTINCT o.order_id) AS delivered_orders
FROM orders o
JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status = 'delivered'
GROUP BY CAST(DATE_TRUNC('month', o.placed_at) AS DATE)
ORDER BY month;

-- q05
SELECT u.user_id, u.name, u.city, u.signup_date
FROM users u
WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.user_id = u.user_id);

-- q06
SELECT i.item_id, i.name, r.name AS restaurant, r.city, i.price
FROM items i
JOIN restaurants r ON r.restaurant_id = i.restaurant_id
LEFT JOIN order_items oi ON oi.item_id = i.item_id
WHERE oi.item_id IS NULL
ORDER BY i.item_id;

-- q07
SELECT u.user_id, u.name, COUNT(o.order_id) AS orders,
       COUNT(CASE WHEN o.status = 'delivered' THEN 1 END) AS delivered_orders
FROM users u
LEFT JOIN orders o ON o.user_id = u.user_id
WHERE u.city = 'Pune'
GROUP BY u.user_id, u.name
ORDER BY u.user_id;

-- q08
SELECT r.restaurant_id, r.name, COUNT(o.order_id) AS delivered_orders,
       ROUND(AVG(EXTRACT(EPOCH FROM (o.delivered_at - o.placed_at)) / 60), 1) AS avg_minutes
FROM restaurants r
LEFT JOIN orders o ON o.restaurant_id = r.restaurant_id AND o.status = 'delivered'
GROUP BY r.restaurant_id, r.name
ORDER BY r.restaurant_id;

-- q09
SELECT s.order_id, s.method, s.amount, COUNT(f.payment_id) AS failed_attempts
FROM payments s
JOIN payments f ON f.order_id = s.order_id AND f.payment_id <> s.payment_id
WHERE s.status = 'success'
GROUP BY s.payment_id, s.order_id, s.method, s.amount
HAVING COUNT(CASE WHEN f.status = 'failed' THEN 1 END) > 0

-- q10
SELECT method, COUNT(*) AS attempts,
       SUM(CASE WHEN status = 'success' THEN 1 ELSE 0 END) AS successful,
       SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END) AS failed,
       ROUND(100.0 * SUM(CASE WHEN status = 'success' THEN 1 ELSE 0 END) / COUNT(*), 1) AS success_rate
FROM payments
GROUP BY method
ORDER BY method;

-- q11
SELECT r.city, COUNT(DISTINCT o.order_id) AS cancelled_orders, COALESCE(SUM(p.amount), 0) AS refunded
FROM restaurants r
LEFT JOIN orders o ON o.restaurant_id = r.restaurant_id AND o.status = 'cancelled'
LEFT JOIN payments p ON p.order_id = o.order_id
GROUP BY r.city
ORDER BY r.city

-- q12
WITH revenue AS (
    SELECT r.city, r.restaurant_id, r.name, SUM(oi.quantity * oi.unit_price) AS revenue
    FROM restaurants r
    JOIN orders o ON o.restaurant_id = r.restaurant_id
    JOIN order_items oi ON oi.order_id = o.order_id
    WHERE o.status = 'delivered'
    GROUP BY r.city, r.restaurant_id, r.name
), ranked AS (
    SELECT city, restaurant_id, name, revenue,
           RANK() OVER (PARTITION BY city ORDER BY revenue DESC) AS revenue_rank
    FROM revenue
)
SELECT city, restaurant_id, name, revenue, revenue_rank
FROM ranked
WHERE revenue_rank <= 3
ORDER BY city, revenue_rank, restaurant_id;

-- q13
WITH daily AS (
    SELECT CAST(o.placed_at AS DATE) AS day, SUM(oi.quantity * oi.unit_price) AS revenue
    FROM orders o
    JOIN order_items oi ON oi.order_id = o.order_id
    WHERE o.status = 'delivered'
      AND o.placed_at >= DATE '2026-06-24'
    GROUP BY CAST(o.placed_at AS DATE)
)
SELECT day, revenue, SUM(revenue) OVER (ORDER BY day) AS running_total
FROM daily
ORDER BY day;

-- q14
SELECT order_id, placed_at,
       CAST(placed_at AS DATE) - CAST(LAG(placed_at) OVER (ORDER BY placed_at, order_id) AS DATE) AS days_since_previous
FROM orders
WHERE user_id = 1
ORDER BY placed_at, order_id;

-- q15
WITH totals AS (
    SELECT o.order_id, o.restaurant_id, o.placed_at, SUM(oi.quantity * oi.unit_price) AS total
    FROM orders o
    JOIN order_items oi ON oi.order_id = o.order_id
    WHERE o.status = 'delivered'
    GROUP BY o.order_id, o.restaurant_id, o.placed_at
)
SELECT t.order_id, t.restaurant_id, t.total
FROM totals t
WHERE t.placed_at >= DATE '2026-06-01'
  AND t.total > (SELECT AVG(a.total) FROM totals a WHERE a.restaurant_id = t.restaurant_id)
ORDER BY t.order_id;

-- q16
SELECT u.user_id, u.name, COUNT(DISTINCT o.order_id) AS orders, SUM(oi.quantity * oi.unit_price) AS revenue
FROM users u
JOIN orders o ON o.user_id = u.user_id
JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status = 'delivered'
  AND o.placed_at >= DATE '2026-06-01'
GROUP BY u.user_id, u.name
HAVING COUNT(DISTINCT o.order_id) >= 3
ORDER BY orders DESC, u.user_id;

-- q17
WITH totals AS (
    SELECT order_id, SUM(quantity * unit_price) AS total
    FROM order_items
    GROUP BY order_id
)
SELECT COALESCE(o.coupon_code, 'none') AS coupon, COUNT(*) AS orders,
       COUNT(CASE WHEN o.status = 'delivered' THEN 1 END) AS delivered_orders,
       COALESCE(SUM(CASE WHEN o.status = 'delivered' THEN t.total END), 0) AS revenue
FROM orders o
JOIN totals t ON t.order_id = o.order_id
GROUP BY COALESCE(o.coupon_code, 'none')
ORDER BY orders DESC, coupon;

-- q18
SELECT u.user_id, u.name, u.email
FROM users u
WHERE u.phone IS NULL
  AND u.user_id IN (SELECT o.user_id FROM orders o WHERE o.placed_at >= DATE '2026-01-01');

-- q19
WITH revenue AS (
    SELECT o.restaurant_id, SUM(oi.quantity * oi.unit_price) AS revenue
    FROM orders o
    JOIN order_items oi ON oi.order_id = o.order_id
    WHERE o.status = 'delivered'
    GROUP BY o.restaurant_id
)
SELECT r.name, COUNT(DISTINCT r.city) AS cities, COUNT(*) AS branches, COALESCE(SUM(v.revenue), 0) AS revenue
FROM restaurants r
LEFT JOIN revenue v ON v.restaurant_id = r.restaurant_id
GROUP BY r.name
HAVING COUNT(DISTINCT r.city) > 1
ORDER BY revenue DESC, r.name;

-- q20
WITH counts AS (
    SELECT r.city, r.cuisine, COUNT(*) AS delivered_orders
    FROM restaurants r
    JOIN orders o ON o.restaurant_id = r.restaurant_id
    WHERE o.status = 'delivered'
    GROUP BY r.city, r.cuisine
), ranked AS (
    SELECT city, cuisine, delivered_orders,
           RANK() OVER (PARTITION BY city ORDER BY delivered_orders DESC) AS cuisine_rank
    FROM counts
)
SELECT city, cuisine, delivered_orders
FROM ranked
WHERE cuisine_rank = 1;
