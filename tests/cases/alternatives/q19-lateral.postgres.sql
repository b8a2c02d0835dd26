-- q19
SELECT name, count(DISTINCT city), count(*), coalesce(sum(rev), 0) AS revenue FROM restaurants r
LEFT JOIN LATERAL (SELECT sum(oi.quantity * oi.unit_price) AS rev FROM orders o JOIN order_items oi USING (order_id)
  WHERE o.restaurant_id = r.restaurant_id AND o.status = 'delivered') x ON true
GROUP BY name HAVING count(DISTINCT city) > 1 ORDER BY revenue DESC, name
