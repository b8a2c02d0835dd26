-- q06
SELECT i.item_id, i.name, r.name, r.city, i.price
FROM items i
JOIN restaurants r ON r.restaurant_id = i.restaurant_id
LEFT JOIN order_items oi ON oi.item_id = i.item_id
GROUP BY i.item_id, r.restaurant_id
HAVING count(oi.order_id) = 0
ORDER BY i.item_id
