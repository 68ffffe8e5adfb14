"""Build ctnet/data/subdivisions.csv: the first-level subdivisions of every country (ISO 3166-2).

pycountry supplies the names and types; ctnet itself never imports it. A few sub-national
governments that ISO 3166-2 does not list (the federal member states of Somalia) are added
from ``EXTRA``. Run ``python tools/build_subdivisions.py``; ``--check`` exits 1 when the
committed file differs. The output is deterministic (sorted by country, then name).
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

__all__ = ["EXTRA", "HEADER", "build_rows", "main", "render"]

HEADER = ["iso3", "name", "type"]
OUT = Path(__file__).resolve().parent.parent / "ctnet" / "data" / "subdivisions.csv"

#: Sub-national governments missing from ISO 3166-2 (iso3, name, type).
EXTRA = [
    ("SOM", "Puntland", "State"), ("SOM", "Jubaland", "State"), ("SOM", "Galmudug", "State"),
    ("SOM", "Hirshabelle", "State"), ("SOM", "South West", "State"),
    # names releases use that ISO writes otherwise: Cameroon's regions in French, Iraq's governorates in English
    ("CMR", "Extrême-Nord", "Region"), ("CMR", "Nord-Ouest", "Region"), ("CMR", "Sud-Ouest", "Region"),
    ("IRQ", "Ninewa", "Governorate"), ("IRQ", "Nineveh", "Governorate"), ("IRQ", "Salah al-Din", "Governorate"),
]


def build_rows() -> list[tuple[str, str, str]]:
    """Rows (iso3, name, type) of first-level subdivisions, sorted."""
    import pycountry

    with open(OUT.parent / "countries.csv", encoding="utf-8", newline="") as fh:
        states = {r["iso3"] for r in csv.DictReader(fh)}  # territories (Greenland, Bonaire ...) are left out
    rows: set[tuple[str, str, str]] = set(EXTRA)
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None):
            continue  # second-level units (districts, communes) are too many and too ambiguous
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None or country.alpha_3 not in states:
            continue
        name = sub.name.split(" [")[0].strip()
        rows.add((country.alpha_3, name, sub.type))
    return sorted(rows)


def render(rows: list[tuple[str, str, str]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    w.writerows(rows)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    text = render(build_rows())
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("subdivisions.csv is up to date" if same else "subdivisions.csv differs: run tools/build_subdivisions.py")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - 1} rows)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
