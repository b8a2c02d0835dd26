-- q10
WITH counts AS (
    SELECT method, COUNT(*) AS attempts,
           COUNT(CASE WHEN status = 'success' THEN 1 END) AS ok,
           COUNT(CASE WHEN status = 'failed' THEN 1 END) AS ko
    FROM payments GROUP BY method
)
SELECT method, attempts, ok, ko, ROUND(ok * 100.0 / attempts, 1) FROM counts ORDER BY method
