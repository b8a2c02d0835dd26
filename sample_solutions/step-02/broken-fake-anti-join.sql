-- dialect: postgres
-- Broken: answer 5 finds the users without orders by counting their orders (a correlated COUNT(*) = 0), and
-- adds NOT EXISTS (SELECT 1 WHERE 1 = 0) only to look like an anti-join: that subquery refers to no user, so it
-- removes nothing. The rows are right; step-2/q05 must fail, saying the NOT EXISTS does not refer to the outer
-- query. Everything else is correct and passes.
-- base: correct-postgres.sql (every answer not in this file is taken from it)

-- q05
SELECT u.user_id, u.name, u.city, u.signup_date
FROM users u
WHERE (SELECT count(*) FROM orders o WHERE o.user_id = u.user_id) = 0
  AND NOT EXISTS (SELECT 1 WHERE 1 = 0);
