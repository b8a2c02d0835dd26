"""Step 2: SQL answers and schema designs graded against a seeded food-delivery DuckDB database."""
