-- q04
SELECT make_date(extract(year FROM o.placed_at)::int, extract(month FROM o.placed_at)::int, 1) AS month,
       sum(oi.quantity * oi.unit_price), count(DISTINCT o.order_id)
FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
WHERE o.status = 'delivered'
GROUP BY 1 ORDER BY 1
