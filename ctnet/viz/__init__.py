"""Rendering: seeded layouts, the interactive HTML page, publication figures, tables and the report.

The layout function lives in :mod:`ctnet.viz.layout` (``from ctnet.viz.layout import layout``);
it is not re-exported here, so that ``ctnet.viz.layout`` always names the module.
"""

from ctnet.viz.html import to_html
from ctnet.viz.report import methods_paragraph, metrics_table_md, metrics_table_tex, write_report
from ctnet.viz.static import plot, save_figures

__all__ = ["methods_paragraph", "metrics_table_md", "metrics_table_tex", "plot", "save_figures", "to_html",
           "write_report"]
