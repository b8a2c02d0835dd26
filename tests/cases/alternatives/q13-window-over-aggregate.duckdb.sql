-- q13
SELECT CAST(o.placed_at AS DATE) AS day,
       SUM(oi.quantity * oi.unit_price) AS revenue,
       SUM(SUM(oi.quantity * oi.unit_price)) OVER (ORDER BY CAST(o.placed_at AS DATE)) AS running_total
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status = 'delivered' AND o.placed_at >= DATE '2026-06-30' - INTERVAL 6 DAY
GROUP BY 1
ORDER BY 1
