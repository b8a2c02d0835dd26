-- A tiny food-delivery database on the published schema: few rows, chosen so that dialect differences show.
INSERT INTO users VALUES
    (1, 'Asha', 'asha@example.in', NULL, 'Mumbai', DATE '2025-07-01'),
    (2, 'Bala', 'bala@example.in', '9800000002', 'Pune', DATE '2025-08-15'),
    (3, 'Chen', 'chen@example.in', '9700000003', 'mumbai', DATE '2026-01-10');
INSERT INTO restaurants VALUES
    (1, 'Tandoor', 'Mumbai', 'North Indian', 4.5, DATE '2020-01-01'),
    (2, 'Dosa Hut', 'Pune', 'South Indian', NULL, DATE '2021-05-01'),
    (3, 'Tandoor', 'Pune', 'North Indian', 3.9, DATE '2022-01-01');
INSERT INTO items VALUES
    (1, 1, 'Naan', 'Breads', 40.00, true),
    (2, 1, 'Paneer Tikka', 'Starters', 220.00, true),
    (3, 2, 'Masala Dosa', NULL, 90.00, true),
    (4, 3, 'Chicken Tikka', 'Starters', 260.00, false);
INSERT INTO orders VALUES
    (1, 1, 1, 'delivered', TIMESTAMP '2026-06-28 12:00:00', TIMESTAMP '2026-06-28 12:40:30', 30.00, NULL),
    (2, 2, 2, 'cancelled', TIMESTAMP '2026-06-29 19:00:59', NULL, 25.00, 'SAVE10'),
    (3, 1, 3, 'delivered', TIMESTAMP '2026-05-31 23:30:00', TIMESTAMP '2026-06-01 00:10:00', 0.00, NULL),
    (4, 3, 1, 'placed', TIMESTAMP '2026-06-30 09:00:00', NULL, 30.00, 'save10');
INSERT INTO order_items VALUES
    (1, 1, 2, 40.00), (1, 2, 1, 200.00), (2, 3, 1, 90.00), (3, 4, 2, 250.00), (4, 1, 3, 40.00);
INSERT INTO payments VALUES
    (1, 1, 'upi', 'success', 310.00, TIMESTAMP '2026-06-28 12:00:10'),
    (2, 2, 'card', 'failed', 115.00, TIMESTAMP '2026-06-29 19:01:00'),
    (3, 3, 'cod', 'success', 500.00, TIMESTAMP '2026-06-01 00:10:00');
