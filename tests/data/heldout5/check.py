#!/usr/bin/env python3
"""Self-check for the heldout5 annotation set. Run: python3 check.py"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"un_agency", "intergovernmental", "regional_org", "government", "ngo", "academic", "private", "other"}
BASES = {"explicit_financial", "support_formula"}
NA_CATS = {"country_or_place_not_acting", "programme_project_strategy_or_framework", "generic_or_unnamed_collective",
           "armed_group", "venue_or_facility", "person_role_without_org_name", "meeting_or_event",
           "byline_or_credit", "nested_in_annotated_name"}
# Parents that may legitimately be absent from a release (the guideline's fixed hierarchy; dev gold does the same,
# e.g. CTED -> Counter-Terrorism Committee in dev 012, GIABA -> ECOWAS in dev 028).
EXTERNAL_PARENTS = {"Counter-Terrorism Committee", "United Nations Security Council", "United Nations Office of Counter-Terrorism",
                    "African Union", "Southern African Development Community", "Intergovernmental Authority on Development",
                    "Eastern Africa Police Chiefs Cooperation Organisation", "Lake Chad Basin Commission", "G5 Sahel",
                    "Economic Community of West African States", "United Nations", "Commonwealth of Independent States",
                    "Shanghai Cooperation Organization", "Central African Economic and Monetary Community"}
ISO = {"AFG","BDI","BFA","BWA","CAN","CHE","CIV","CMR","COD","DEU","DJI","DNK","DZA","ESP","ETH","FRA","GBR","GHA","IDN","IRQ",
       "JPN","KAZ","KEN","KGZ","LBY","MAR","MDV","MLI","MOZ","MRT","NER","NGA","NLD","NOR","QAT","RWA","SAU","SDN","SEN","SOM",
       "SSD","SYR","TCD","TGO","TJK","TKM","TUN","TZA","UGA","USA","UZB","ZAF"}
errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)
def norm(s): return re.sub(r"\s+", " ", s).strip()
def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

doc_ids = sorted(f[:-4] for f in os.listdir(os.path.join(HERE, "docs")) if f.endswith(".txt"))
texts = {i: norm(open(os.path.join(HERE, "docs", i + ".txt"), encoding="utf-8").read()) for i in doc_ids}
meta, gold, na = load("meta.jsonl"), load("gold.jsonl"), load("not_actors.jsonl")
for label, recs in (("meta", meta), ("gold", gold), ("not_actors", na)):
    ids = [r["id"] for r in recs]
    if sorted(ids) != doc_ids or len(set(ids)) != len(ids):
        err(f"{label}: ids {sorted(ids)} != docs {doc_ids}")

# docs + meta
for m in meta:
    if set(m) != {"id", "url", "title", "publisher", "date"}:
        err(f"meta {m['id']}: keys {sorted(m)}")
    raw = open(os.path.join(HERE, "docs", m["id"] + ".txt"), encoding="utf-8").read()
    first, body = raw.split("\n", 1)
    if m["title"] != first.strip():
        err(f"meta {m['id']}: title differs from first line of doc")
    if m["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", m["date"]):
        err(f"meta {m['id']}: bad date {m['date']}")
    n = len(body.split())
    if not 350 <= n <= 650:
        err(f"doc {m['id']}: body has {n} words (want 350-650)")
    for ch in raw:
        if ord(ch) > 0x2fff:
            warn(f"doc {m['id']}: unusual char {ch!r}")

KEYS = ["name", "aliases", "type", "country", "parent", "donor", "donor_evidence", "donor_basis"]
for rec in gold:
    rid, text = rec["id"], texts.get(rec["id"], "")
    names = [a["name"] for a in rec["actors"]]
    if len(set(names)) != len(names):
        err(f"{rid}: duplicate actor names")
    alias_owner = {}
    for a in rec["actors"]:
        tag = f"{rid}/{a['name']}"
        if list(a) != KEYS:
            err(f"{tag}: keys {list(a)}")
        if a["type"] not in TYPES:
            err(f"{tag}: bad type {a['type']}")
        if not a["aliases"]:
            err(f"{tag}: no aliases")
        if len(set(a["aliases"])) != len(a["aliases"]):
            err(f"{tag}: duplicate aliases")
        for s in a["aliases"]:
            if norm(s) not in text:
                err(f"{tag}: alias not in text: {s!r}")
            if s in alias_owner and alias_owner[s] != a["name"]:
                warn(f"{rid}: alias {s!r} used by {alias_owner[s]} and {a['name']}")
            alias_owner[s] = a["name"]
        c = a["country"]
        if c is not None and (not re.fullmatch(r"[A-Z]{3}", c) or c not in ISO):
            err(f"{tag}: bad country {c}")
        if (a["type"] == "government") != (c is not None):
            err(f"{tag}: country must be set iff type == government")
        p = a["parent"]
        if a["name"].startswith("Government of "):
            if p is not None:
                err(f"{tag}: top-level government must have parent null")
        elif a["type"] == "government":
            if not (p and p.startswith("Government of ")):
                err(f"{tag}: government body needs parent 'Government of <Country>'")
            else:
                sib = [b for b in rec["actors"] if b["name"] == p]
                if sib and sib[0]["country"] != c:
                    err(f"{tag}: parent country mismatch")
        elif p is not None:
            if p not in names and p not in EXTERNAL_PARENTS:
                err(f"{tag}: parent {p!r} not an actor of this release nor a known parent")
            if p == a["name"]:
                err(f"{tag}: self parent")
        if p is not None and p not in names:
            warn(f"{tag}: parent {p!r} not annotated in this release (allowed)")
        # donor consistency
        if a["donor"] is not bool(a["donor_evidence"]):
            err(f"{tag}: donor flag vs evidence mismatch")
        if a["donor"] and a["donor_basis"] not in BASES:
            err(f"{tag}: bad donor_basis {a['donor_basis']}")
        if not a["donor"] and a["donor_basis"] is not None:
            err(f"{tag}: donor_basis set but donor false")
        for e in a["donor_evidence"]:
            if norm(e) not in text:
                err(f"{tag}: donor_evidence not in text: {e!r}")
            if a["donor"] and not any(norm(x) in norm(e) for x in a["aliases"]):
                warn(f"{tag}: evidence {e!r} contains none of the aliases")

for rec in na:
    rid, text = rec["id"], texts.get(rec["id"], "")
    g = next((r for r in gold if r["id"] == rid), {"actors": []})
    aliases = {s for a in g["actors"] for s in a["aliases"]}
    for x in rec["not_actors"]:
        if set(x) != {"string", "category"}:
            err(f"{rid}: not_actor keys {sorted(x)}")
        if norm(x["string"]) not in text:
            err(f"{rid}: not_actor string not in text: {x['string']!r}")
        if x["category"] not in NA_CATS:
            err(f"{rid}: bad not_actor category {x['category']}")
        if x["string"] in aliases:
            err(f"{rid}: not_actor string is also an alias: {x['string']!r}")

for w in warnings:
    print("WARN ", w)
for e in errors:
    print("ERROR", e)
print(f"{len(doc_ids)} docs, {sum(len(r['actors']) for r in gold)} actors, "
      f"{sum(len(r['not_actors']) for r in na)} not_actors: {'FAIL' if errors else 'OK'}")
sys.exit(1 if errors else 0)
