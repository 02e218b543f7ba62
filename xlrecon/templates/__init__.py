"""Templates: what a submitted table looks like and what must hold in it, loaded from ``schemas/*.yaml``."""

from xlrecon.templates.loader import builtin_names, load_builtin, load_template, resolve
from xlrecon.templates.model import CheckSpec, ColumnSpec, Template

__all__ = ["CheckSpec", "ColumnSpec", "Template", "builtin_names", "load_builtin", "load_template", "resolve"]
