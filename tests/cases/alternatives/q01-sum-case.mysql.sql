-- q01
SELECT city, COUNT(*) AS restaurants, SUM(CASE WHEN rating IS NOT NULL THEN 1 ELSE 0 END) AS rated,
       ROUND(SUM(rating) / NULLIF(COUNT(rating), 0), 2) AS avg_rating
FROM restaurants GROUP BY city ORDER BY 1
