"""The food-delivery datasets: the public one learners query and the hidden edge-case ones."""
