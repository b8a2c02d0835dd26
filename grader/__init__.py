"""The roadmap grader: checks a learner's hands-on work step by step."""

__version__ = "0.1.0"
