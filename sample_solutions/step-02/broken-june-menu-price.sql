-- dialect: postgres
-- Broken: answer 16 takes the revenue of June's orders from the menu's current price (items.price) instead
-- of the price paid (order_items.unit_price). step-2/q16 must fail: the two prices differ as soon as a
-- price changes during the month. Everything else is correct and passes.

-- q01
SELECT city,
       count(*)                                  AS restaurants,
       count(*) FILTER (WHERE rating IS NOT NULL) AS rated,
       round(avg(rating), 2)                     AS avg_rating
FROM restaurants
GROUP BY city
ORDER BY city;

-- q02
SELECT o.order_id, r.name, r.city, o.status, o.placed_at,
       sum(oi.quantity * oi.unit_price) AS total
FROM orders o
JOIN restaurants r USING (restaurant_id)
JOIN order_items oi USING (order_id)
WHERE o.user_id = 1
GROUP BY o.order_id, r.restaurant_id
ORDER BY o.placed_at DESC, o.order_id;

-- q03
SELECT r.restaurant_id, r.name, r.city, sum(oi.quantity * oi.unit_price) AS revenue
FROM restaurants r
JOIN orders o ON o.restaurant_id = r.restaurant_id AND o.status = 'delivered'
JOIN order_items oi ON oi.order_id = o.order_id
GROUP BY r.restaurant_id
ORDER BY revenue DESC, r.restaurant_id
LIMIT 5;

-- q04
SELECT date_trunc('month', o.placed_at)::date AS month,
       sum(oi.quantity * oi.unit_price)        AS revenue,
       count(DISTINCT o.order_id)              AS delivered_orders
FROM orders o
JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status = 'delivered'
GROUP BY 1
ORDER BY 1;

-- q05
SELECT u.user_id, u.name, u.city, u.signup_date
FROM users u
LEFT JOIN orders o ON o.user_id = u.user_id
WHERE o.order_id IS NULL;

-- q06
SELECT i.item_id, i.name, r.name AS restaurant, r.city, i.price
FROM items i
JOIN restaurants r ON r.restaurant_id = i.restaurant_id
WHERE NOT EXISTS (SELECT 1 FROM order_items oi WHERE oi.item_id = i.item_id)
ORDER BY i.item_id;

-- q07
SELECT u.user_id, u.name,
       count(o.order_id)                                    AS orders,
       count(o.order_id) FILTER (WHERE o.status = 'delivered') AS delivered_orders
FROM users u
LEFT JOIN orders o ON o.user_id = u.user_id
WHERE u.city = 'Pune'
GROUP BY u.user_id
ORDER BY u.user_id;

-- q08
SELECT r.restaurant_id, r.name,
       count(o.order_id) AS delivered_orders,
       round((avg(extract(epoch FROM o.delivered_at - o.placed_at)) / 60)::numeric, 1) AS avg_minutes
FROM restaurants r
LEFT JOIN orders o ON o.restaurant_id = r.restaurant_id AND o.status = 'delivered'
GROUP BY r.restaurant_id
ORDER BY r.restaurant_id;

-- q09
WITH failed AS (
    SELECT order_id, count(*) AS failed_attempts
    FROM payments
    WHERE status = 'failed'
    GROUP BY order_id
)
SELECT p.order_id, p.method, p.amount, f.failed_attempts
FROM payments p
JOIN failed f USING (order_id)
WHERE p.status = 'success';

-- q10
SELECT method,
       count(*)                                   AS attempts,
       count(*) FILTER (WHERE status = 'success') AS successful,
       count(*) FILTER (WHERE status = 'failed')  AS failed,
       round(100.0 * count(*) FILTER (WHERE status = 'success') / count(*), 1) AS success_rate
FROM payments
GROUP BY method
ORDER BY method;

-- q11
WITH refunds AS (
    SELECT order_id, sum(amount) AS refunded
    FROM payments
    WHERE status = 'refunded'
    GROUP BY order_id
)
SELECT r.city,
       count(o.order_id)            AS cancelled_orders,
       coalesce(sum(f.refunded), 0) AS refunded
FROM restaurants r
LEFT JOIN orders o ON o.restaurant_id = r.restaurant_id AND o.status = 'cancelled'
LEFT JOIN refunds f ON f.order_id = o.order_id
GROUP BY r.city
ORDER BY r.city;

-- q12
WITH revenue AS (
    SELECT r.restaurant_id, r.city, r.name, sum(oi.quantity * oi.unit_price) AS revenue
    FROM restaurants r
    JOIN orders o ON o.restaurant_id = r.restaurant_id
    JOIN order_items oi ON oi.order_id = o.order_id
    WHERE o.status = 'delivered'
    GROUP BY r.restaurant_id
)
SELECT *
FROM (
    SELECT city, restaurant_id, name, revenue,
           rank() OVER (PARTITION BY city ORDER BY revenue DESC) AS rnk
    FROM revenue
) ranked
WHERE rnk <= 3
ORDER BY city, rnk, restaurant_id;

-- q13
WITH daily AS (
    SELECT o.placed_at::date AS day, sum(oi.quantity * oi.unit_price) AS revenue
    FROM orders o
    JOIN order_items oi ON oi.order_id = o.order_id
    WHERE o.status = 'delivered'
      AND o.placed_at >= DATE '2026-06-30' - 6
      AND o.placed_at < DATE '2026-06-30' + 1
    GROUP BY 1
)
SELECT day, revenue, sum(revenue) OVER (ORDER BY day) AS running_total
FROM daily
ORDER BY day;

-- q14
SELECT order_id, placed_at,
       placed_at::date - lag(placed_at::date) OVER (ORDER BY placed_at, order_id) AS days_since_previous
FROM orders
WHERE user_id = 1
ORDER BY placed_at, order_id;

-- q15
WITH totals AS (
    SELECT o.order_id, o.restaurant_id, o.placed_at, sum(oi.quantity * oi.unit_price) AS total
    FROM orders o
    JOIN order_items oi ON oi.order_id = o.order_id
    WHERE o.status = 'delivered'
    GROUP BY o.order_id
)
SELECT t.order_id, t.restaurant_id, t.total
FROM totals t
WHERE date_trunc('month', t.placed_at) = '2026-06-01'
  AND t.total > (SELECT avg(a.total) FROM totals a WHERE a.restaurant_id = t.restaurant_id)
ORDER BY t.order_id;

-- q16
SELECT u.user_id, u.name,
       count(DISTINCT o.order_id)  AS orders,
       sum(oi.quantity * i.price)  AS revenue
FROM users u
JOIN orders o ON o.user_id = u.user_id
JOIN order_items oi ON oi.order_id = o.order_id
JOIN items i ON i.item_id = oi.item_id
WHERE o.status = 'delivered'
  AND o.placed_at >= '2026-06-01'
  AND o.placed_at < '2026-07-01'
GROUP BY u.user_id
HAVING count(DISTINCT o.order_id) >= 3
ORDER BY orders DESC, u.user_id;

-- q17
WITH totals AS (
    SELECT order_id, sum(quantity * unit_price) AS total
    FROM order_items
    GROUP BY order_id
)
SELECT coalesce(o.coupon_code, 'none') AS coupon,
       count(*)                                          AS orders,
       count(*) FILTER (WHERE o.status = 'delivered')     AS delivered_orders,
       coalesce(sum(t.total) FILTER (WHERE o.status = 'delivered'), 0) AS revenue
FROM orders o
JOIN totals t USING (order_id)
GROUP BY 1
ORDER BY orders DESC, coupon;

-- q18
SELECT DISTINCT ON (u.user_id) u.user_id, u.name, u.email
FROM users u
JOIN orders o ON o.user_id = u.user_id
WHERE u.phone IS NULL
  AND o.placed_at >= '2026-01-01'::date
ORDER BY u.user_id;

-- q19
WITH revenue AS (
    SELECT o.restaurant_id, sum(oi.quantity * oi.unit_price) AS revenue
    FROM orders o
    JOIN order_items oi USING (order_id)
    WHERE o.status = 'delivered'
    GROUP BY o.restaurant_id
)
SELECT r.name,
       count(DISTINCT r.city)       AS cities,
       count(*)                     AS branches,
       coalesce(sum(v.revenue), 0)  AS revenue
FROM restaurants r
LEFT JOIN revenue v USING (restaurant_id)
GROUP BY r.name
HAVING count(DISTINCT r.city) > 1
ORDER BY revenue DESC, r.name;

-- q20
WITH counts AS (
    SELECT r.city, r.cuisine, count(*) AS delivered_orders
    FROM restaurants r
    JOIN orders o ON o.restaurant_id = r.restaurant_id
    WHERE o.status = 'delivered'
    GROUP BY r.city, r.cuisine
)
SELECT c.city, c.cuisine, c.delivered_orders
FROM counts c
WHERE c.delivered_orders = (SELECT max(m.delivered_orders) FROM counts m WHERE m.city = c.city);
