-- q09
SELECT p.order_id, p.method, p.amount,
       (SELECT count(*) FROM payments f WHERE f.order_id = p.order_id AND f.status = 'failed')
FROM payments p
WHERE p.status = 'success'
  AND p.order_id IN (SELECT order_id FROM payments WHERE status = 'failed')
