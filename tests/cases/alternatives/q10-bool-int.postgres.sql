-- q10
SELECT method, count(*), sum((status = 'success')::int), sum((status = 'failed')::int),
 round(100 * avg((status = 'success')::int), 1) FROM payments GROUP BY method ORDER BY method
