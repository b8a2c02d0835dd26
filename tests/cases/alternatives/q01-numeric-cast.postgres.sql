-- q01
SELECT city, count(*), count(rating), avg(rating)::numeric(10,2) FROM restaurants GROUP BY city ORDER BY city
