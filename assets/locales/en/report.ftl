# The appointment report (PDF).
# Each message id must exist in every language with the same placeholders.
