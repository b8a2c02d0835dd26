-- dialect: mysql
-- Broken: the wrong columns.
-- - Answer 5 returns u.* (every column of users) instead of user_id, name, city, signup_date:
--   step-2/q05 must fail.
-- - Answer 6 returns the item's columns in another order (name before item_id): step-2/q06 must fail.
-- Everything else is correct and passes.
-- base: correct-mysql.sql (every answer not in this file is taken from it)

-- q05
SELECT u.*
FROM users u
WHERE u.user_id NOT IN (SELECT o.user_id FROM orders o);

-- q06
SELECT i.`name`, i.item_id, r.`name` AS restaurant, r.city, i.price
FROM items i
JOIN restaurants r ON r.restaurant_id = i.restaurant_id
LEFT JOIN order_items oi ON oi.item_id = i.item_id
WHERE oi.order_id IS NULL
ORDER BY i.item_id;
