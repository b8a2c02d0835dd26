-- q20
WITH counts AS (
    SELECT r.city, r.cuisine, count(*) AS n
    FROM restaurants r JOIN orders o USING (restaurant_id)
    WHERE o.status = 'delivered'
    GROUP BY r.city, r.cuisine
)
SELECT city, cuisine, n FROM counts
WHERE (city, n) IN (SELECT city, max(n) FROM counts GROUP BY city)
