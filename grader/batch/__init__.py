"""Batch grading: a whole cohort's submissions, graded side by side, resumable, with reports for the instructor."""
