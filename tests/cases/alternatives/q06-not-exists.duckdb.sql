-- q06
SELECT i.item_id, i.name, r.name, r.city, i.price
FROM items i, restaurants r
WHERE r.restaurant_id = i.restaurant_id
  AND NOT EXISTS (SELECT 1 FROM order_items oi WHERE oi.item_id = i.item_id)
ORDER BY 1
