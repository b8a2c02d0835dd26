-- dialect: postgres
-- Broken: answer 14 orders the LAG window by placed_at alone, without the order_id tie-break the question
-- asks for, so when user 1 places two orders at the same instant either may count as the previous one.
-- step-2/q14 must fail on data where user 1 placed two orders at the same instant: the first of the pair
-- gets the gap since the order before, the second gets 0, and without the tie-break they can swap.
-- Everything else is correct and passes.
-- base: correct-postgres.sql (every answer not in this file is taken from it)

-- q14
SELECT order_id, placed_at,
       placed_at::date - lag(placed_at::date) OVER (ORDER BY placed_at) AS days_since_previous
FROM orders
WHERE user_id = 1
ORDER BY placed_at, order_id;
