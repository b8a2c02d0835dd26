"""Per-step checkers: each turns a submission into outcomes."""
