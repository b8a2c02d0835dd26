-- q20
SELECT r.city, r.cuisine, COUNT(*) AS n
FROM restaurants r JOIN orders o ON o.restaurant_id = r.restaurant_id
WHERE o.status = 'delivered'
GROUP BY r.city, r.cuisine
QUALIFY MAX(COUNT(*)) OVER (PARTITION BY r.city) = COUNT(*)
