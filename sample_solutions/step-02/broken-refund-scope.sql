-- dialect: postgres
-- Broken: answer 11 counts the city's cancelled orders but sums the refunds of ALL its orders, where the
-- question asks for the amount refunded on those cancelled orders: a refund on a delivered order (say, for a
-- missing item) is added too. step-2/q11 must fail (a hidden dataset has such a refund).
-- Everything else is correct and passes.
-- base: correct-postgres.sql (every answer not in this file is taken from it)

-- q11
SELECT r.city,
       count(DISTINCT o.order_id) FILTER (WHERE o.status = 'cancelled') AS cancelled_orders,
       coalesce(sum(p.amount), 0)                                      AS refunded
FROM restaurants r
LEFT JOIN orders o ON o.restaurant_id = r.restaurant_id
LEFT JOIN payments p ON p.order_id = o.order_id AND p.status = 'refunded'
GROUP BY r.city
ORDER BY r.city;
