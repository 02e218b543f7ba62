"""Built-in templates: data files only (one YAML file per template), shipped as ``xlrecon.schemas``."""
