-- q01
SELECT c.city,
       (SELECT COUNT(*) FROM restaurants r WHERE r.city = c.city),
       (SELECT COUNT(*) FROM restaurants r WHERE r.city = c.city AND r.rating IS NOT NULL),
       (SELECT ROUND(AVG(r.rating), 2) FROM restaurants r WHERE r.city = c.city)
FROM (SELECT DISTINCT city FROM restaurants) c
ORDER BY c.city
