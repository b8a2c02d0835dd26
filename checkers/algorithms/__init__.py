"""Algorithm problems (steps 1 and 10): a problem bank, a sandboxed harness for Python and JavaScript, and a judge."""
