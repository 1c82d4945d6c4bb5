# Chart titles, axes, legends and the text summaries beside them.
# Each message id must exist in every language with the same placeholders.
