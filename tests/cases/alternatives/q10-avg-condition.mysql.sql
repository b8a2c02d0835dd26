-- q10
SELECT method, COUNT(*), SUM(status = 'success'), SUM(status = 'failed'),
       ROUND(AVG(status = 'success') * 100, 1)
FROM payments GROUP BY method ORDER BY method
