"""A run over many files: the worker pool, what each file contributes, the checks across files."""
