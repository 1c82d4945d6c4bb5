# What the command line prints.
# Each message id must exist in every language with the same placeholders.
