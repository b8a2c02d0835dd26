"""Steps 3 and 4: probes that hold a learner's bookstore API to the published contract."""
