-- q06
SELECT i.item_id, i.name, r.name AS restaurant, r.city, i.price
FROM items i JOIN restaurants r ON r.restaurant_id = i.restaurant_id
WHERE i.item_id NOT IN (SELECT item_id FROM order_items)
ORDER BY i.item_id
