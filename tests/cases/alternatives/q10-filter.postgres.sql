-- q10
SELECT method, count(*),
       count(*) FILTER (WHERE status = 'success'),
       count(*) FILTER (WHERE status = 'failed'),
       round((count(*) FILTER (WHERE status = 'success'))::numeric * 100 / count(*), 1)
FROM payments GROUP BY method ORDER BY method
