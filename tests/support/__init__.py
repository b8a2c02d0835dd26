"""Helpers shared by the tests: mutants of reference queries."""
