-- q20
SELECT r.city, r.cuisine, COUNT(*) AS n FROM restaurants r JOIN orders o ON o.restaurant_id = r.restaurant_id
WHERE o.status = 'delivered' GROUP BY r.city, r.cuisine
HAVING COUNT(*) = (SELECT MAX(c) FROM (SELECT r2.city, COUNT(*) AS c FROM restaurants r2 JOIN orders o2 ON o2.restaurant_id = r2.restaurant_id
  WHERE o2.status = 'delivered' GROUP BY r2.city, r2.cuisine) x WHERE x.city = r.city)
