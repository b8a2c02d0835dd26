-- q13
SELECT day, revenue, sum(revenue) OVER (ORDER BY day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
FROM (
    SELECT o.placed_at::date AS day, sum(oi.quantity * oi.unit_price) AS revenue
    FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
    WHERE o.status = 'delivered' AND o.placed_at::date BETWEEN '2026-06-24' AND '2026-06-30'
    GROUP BY o.placed_at::date
) d
ORDER BY day
