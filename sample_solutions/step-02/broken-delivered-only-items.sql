-- dialect: duckdb
-- Broken: answer 6 reads "never ordered" as "never in a delivered order", so an item that was only ever in
-- cancelled or still-placed orders is listed. step-2/q06 must fail: the question says the item appears in
-- no order line at all. Everything else is correct and passes.
-- base: correct-duckdb.sql (every answer not in this file is taken from it)

-- q06
SELECT i.item_id, i.name, r.name AS restaurant, r.city, i.price
FROM items i
JOIN restaurants r ON r.restaurant_id = i.restaurant_id
WHERE i.item_id NOT IN (
    SELECT oi.item_id
    FROM order_items oi
    JOIN orders o ON o.order_id = oi.order_id
    WHERE o.status = 'delivered'
)
ORDER BY i.item_id;
