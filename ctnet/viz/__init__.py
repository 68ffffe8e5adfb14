"""Rendering: seeded layouts, the interactive HTML page, publication figures, tables and the report."""

from ctnet.viz.html import to_html
from ctnet.viz.layout import layout
from ctnet.viz.static import plot, save_figures

__all__ = ["layout", "plot", "save_figures", "to_html"]
