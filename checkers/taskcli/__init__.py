"""Step 1's task-manager checker: drives a learner's CLI through scenarios, each in a fresh folder."""
