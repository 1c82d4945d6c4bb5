# Error messages and notices from the core: what went wrong and what to do, for the person using Mend.
# Each message id must exist in every language with the same placeholders.
