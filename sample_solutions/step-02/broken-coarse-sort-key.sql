-- dialect: postgres
-- Broken: sort keys made coarser than the question's: the day an order was placed instead of placed_at.
-- - Answer 2 orders by placed_at::date DESC, then order_id: two orders of user 1 on one day come out by id,
--   not newest first: step-2/q02 must fail (a hidden dataset has such a day, ids in time order).
-- - Answer 14 orders (and numbers "previous") by placed_at::date, then order_id: on a day whose later order
--   has the smaller id the two swap: step-2/q14 must fail.
-- Everything else is correct and passes.
-- base: correct-postgres.sql (every answer not in this file is taken from it)

-- q02
SELECT o.order_id, r.name, r.city, o.status, o.placed_at,
       sum(oi.quantity * oi.unit_price) AS total
FROM orders o
JOIN restaurants r USING (restaurant_id)
JOIN order_items oi USING (order_id)
WHERE o.user_id = 1
GROUP BY o.order_id, r.restaurant_id
ORDER BY o.placed_at::date DESC, o.order_id;

-- q14
SELECT order_id, placed_at,
       placed_at::date - lag(placed_at::date) OVER (ORDER BY placed_at::date, order_id) AS days_since_previous
FROM orders
WHERE user_id = 1
ORDER BY placed_at::date, order_id;
