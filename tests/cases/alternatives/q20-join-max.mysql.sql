-- q20
SELECT c.city, c.cuisine, c.n
FROM (
    SELECT r.city, r.cuisine, COUNT(*) AS n
    FROM restaurants r JOIN orders o ON o.restaurant_id = r.restaurant_id
    WHERE o.status = 'delivered'
    GROUP BY r.city, r.cuisine
) c
JOIN (
    SELECT city, MAX(n) AS top FROM (
        SELECT r.city, r.cuisine, COUNT(*) AS n
        FROM restaurants r JOIN orders o ON o.restaurant_id = r.restaurant_id
        WHERE o.status = 'delivered'
        GROUP BY r.city, r.cuisine
    ) x GROUP BY city
) m ON m.city = c.city AND m.top = c.n
