"""Rendering: seeded layouts, the interactive HTML page, publication figures, tables and the report."""

from ctnet.viz.html import to_html
from ctnet.viz.layout import layout

__all__ = ["layout", "to_html"]
