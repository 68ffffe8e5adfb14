"""Rendering: seeded layouts, the interactive HTML page, publication figures, tables and the report.

The layout function lives in :mod:`ctnet.viz.layout` (``from ctnet.viz.layout import layout``);
it is not re-exported here, so that ``ctnet.viz.layout`` always names the module.

Names are imported on first use, so that importing one module of the package (the
figures, say) does not import the others (the HTML page needs scipy).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ctnet._lazy import lazy_exports

#: public name -> module that defines it
_EXPORTS: dict[str, str] = {
    "methods_paragraph": "ctnet.viz.report",
    "metrics_table_md": "ctnet.viz.report",
    "metrics_table_tex": "ctnet.viz.report",
    "plot": "ctnet.viz.static",
    "save_figures": "ctnet.viz.static",
    "to_html": "ctnet.viz.html",
    "write_report": "ctnet.viz.report",
}

__all__ = ["methods_paragraph", "metrics_table_md", "metrics_table_tex", "plot", "save_figures", "to_html",
           "write_report"]


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())


if TYPE_CHECKING:  # pragma: no cover
    from ctnet.viz.html import to_html
    from ctnet.viz.report import (
        methods_paragraph,
        metrics_table_md,
        metrics_table_tex,
        write_report,
    )
    from ctnet.viz.static import plot, save_figures
