"""Renderers: the same Report as a terminal table or as JSON."""
