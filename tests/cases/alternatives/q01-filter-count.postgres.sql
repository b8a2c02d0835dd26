-- q01
SELECT city, count(*), count(*) FILTER (WHERE rating IS NOT NULL), round(avg(rating)::numeric, 2)
FROM restaurants GROUP BY city ORDER BY city
