-- q20
WITH counts AS (
    SELECT r.city, r.cuisine, count(*) AS n
    FROM restaurants r JOIN orders o USING (restaurant_id)
    WHERE o.status = 'delivered'
    GROUP BY r.city, r.cuisine
)
SELECT c.city, c.cuisine, c.n FROM counts c
WHERE c.n >= ALL (SELECT n FROM counts d WHERE d.city = c.city)
