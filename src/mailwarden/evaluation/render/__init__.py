"""Renderers of the eval report: terminal tables, self-contained HTML with curves."""
