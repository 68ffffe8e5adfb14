"""Data checks on the shipped registry (ctnet/data/actors.csv, countries.csv), read with the csv module."""

from __future__ import annotations

import csv
import importlib.util
import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "ctnet" / "data"
GOLD = [ROOT / "tests" / "data" / "eval" / "seeds" / "gold.jsonl",
        ROOT / "tests" / "data" / "eval" / "dev" / "gold.jsonl"]

ACTOR_HEADER = ["id", "name", "type", "country", "parent", "aliases", "generic_aliases", "notes"]
COUNTRY_HEADER = ["iso3", "iso2", "name", "official_name", "government_name",
                  "aliases", "government_aliases", "demonyms", "status", "bodies_under", "capitals"]
TYPES = {"un_agency", "intergovernmental", "regional_org", "government", "ngo", "academic",
         "private", "other"}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

#: The 193 UN member states (ISO 3166-1 alpha-3).
UN_MEMBERS = set("""
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN
BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA
DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND
HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU
LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER
NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP
SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO
TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split())
OBSERVERS = {"VAT", "PSE"}
OTHERS = {"XKX", "TWN", "XSL"}

#: Gold surfaces that no registry row should hold: bare common nouns and office fragments that
#: only the extraction rules can resolve (anaphora, "<org> <office words>").
RULE_SURFACES = {"police", "defence", "mission in niger"}
#: Head nouns that follow a demonym or country name in acting mentions ("Togolese authorities").
GOV_HEADS = {"officials", "official", "authorities", "delegation", "delegations", "government",
             "immigration officials", "experts", "representatives", "officers", "cooperation"}


def _read(name):
    with open(DATA / name, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        rows = [dict(zip(header, r)) for r in reader]
    return header, rows


def _split(cell):
    return [x for x in cell.split("|")] if cell else []


def _key(s):
    """Comparison key: lower case for strings longer than 5 chars, exact for acronyms."""
    return s.lower() if len(s) > 5 else s


def _norm(s):
    """The CONTRACT evaluation normalisation (case, spaces, punctuation, leading "the", "'s")."""
    s = re.sub(r"\s+", " ", s.replace("\u2019", "'")).strip().lower()
    s = s.strip(" .,;:!?\"'()[]")
    s = re.sub(r"^the ", "", s)
    return re.sub(r"'s\b", "", s)


@pytest.fixture(scope="module")
def actors():
    header, rows = _read("actors.csv")
    assert header == ACTOR_HEADER
    return rows


@pytest.fixture(scope="module")
def countries():
    header, rows = _read("countries.csv")
    assert header == COUNTRY_HEADER
    return rows


def test_headers_and_cells_are_clean(actors, countries):
    for fname, rows in (("actors.csv", actors), ("countries.csv", countries)):
        for i, r in enumerate(rows, start=2):
            assert None not in r, f"{fname} line {i}: wrong number of fields"
            for field, cell in r.items():
                assert cell == cell.strip(), f"{fname} line {i} {field}: surrounding spaces"
                assert "\n" not in cell, f"{fname} line {i} {field}: line break"
                if "|" in cell:
                    parts = cell.split("|")
                    assert all(p and p == p.strip() for p in parts), (
                        f"{fname} line {i} {field}: empty or padded item in {cell!r}")


def test_countries_codes_and_status(countries):
    iso3 = [c["iso3"] for c in countries]
    assert len(iso3) == len(set(iso3)) == 198
    assert set(iso3) == UN_MEMBERS | OBSERVERS | OTHERS
    status = {c["iso3"]: c["status"] for c in countries}
    assert {k for k, v in status.items() if v == "member"} == UN_MEMBERS
    assert {k for k, v in status.items() if v == "observer"} == OBSERVERS
    assert {k for k, v in status.items() if v == "other"} == OTHERS
    iso2 = [c["iso2"] for c in countries if c["iso2"]]
    assert len(iso2) == len(set(iso2)) == 197  # Somaliland has no ISO 3166 code
    assert all(re.fullmatch(r"[A-Z]{2}", x) for x in iso2)


def test_countries_names_and_demonyms(countries):
    by = {c["iso3"]: c for c in countries}
    for c in countries:
        assert c["name"] and c["official_name"], c["iso3"]
        assert re.fullmatch(r"Government of (the )?" + re.escape(c["name"]), c["government_name"]), c
        assert _split(c["demonyms"]), f"{c['iso3']} has no demonym"
    assert by["KEN"]["government_name"] == "Government of Kenya"
    assert by["USA"]["government_name"] == "Government of the United States"
    assert by["TZA"]["government_name"] == "Government of Tanzania"
    assert by["CIV"]["name"] == "Côte d'Ivoire"
    assert {"Côte d’Ivoire", "Cote d’Ivoire", "Ivory Coast"} <= set(_split(by["CIV"]["aliases"]))
    assert "Moçambique" in _split(by["MOZ"]["aliases"])
    assert {"Governo de Moçambique", "Mozambican Government"} <= set(
        _split(by["MOZ"]["government_aliases"]))
    assert "US" not in _split(by["USA"]["aliases"])
    assert "Nigerien" in _split(by["NER"]["demonyms"])
    assert "Nigerian" in _split(by["NGA"]["demonyms"])
    assert "Congolese" in _split(by["COD"]["demonyms"]) and "Congolese" in _split(
        by["COG"]["demonyms"])


def test_country_forms_not_claimed_twice(countries):
    """A country form belongs to one country; only demonyms may be shared (then ambiguous)."""
    owner = defaultdict(set)
    for c in countries:
        forms = [c["name"], c["government_name"], *_split(c["aliases"]),
                 *_split(c["government_aliases"])]
        for f in forms:
            owner[_key(f)].add(c["iso3"])
    clashes = {k: v for k, v in owner.items() if len(v) > 1}
    assert not clashes
    dem_owner = defaultdict(set)
    for c in countries:
        for d in _split(c["demonyms"]):
            dem_owner[_key(d)].add(c["iso3"])
    for k, v in dem_owner.items():
        assert k not in owner or owner[k] == v, f"demonym {k!r} is another country's name"


def test_actor_ids_types_countries(actors, countries):
    ids = [a["id"] for a in actors]
    assert len(ids) == len(set(ids)), "duplicate ids"
    iso3 = {c["iso3"] for c in countries}
    gov_ids = {f"gov-{x.lower()}" for x in iso3}
    for a in actors:
        assert SLUG.match(a["id"]), f"id {a['id']!r} is not a slug"
        assert a["id"] not in gov_ids, f"{a['id']}: governments come from countries.csv"
        assert a["name"], a["id"]
        assert a["type"] in TYPES, f"{a['id']}: bad type {a['type']!r}"
        if a["type"] == "government":
            assert a["country"] in iso3, f"{a['id']}: government body needs an ISO3 country"
            assert a["parent"], f"{a['id']}: government body needs a parent"
        else:
            assert a["country"] == "" or a["country"] in iso3, a["id"]
    names = [a["name"] for a in actors]
    assert len(names) == len(set(names)), "duplicate canonical names"


def test_parents_exist_and_are_acyclic(actors, countries):
    known = {a["id"] for a in actors} | {f"gov-{c['iso3'].lower()}" for c in countries}
    parent = {a["id"]: a["parent"] for a in actors}
    for a in actors:
        assert a["parent"] == "" or a["parent"] in known, f"{a['id']}: unknown parent {a['parent']!r}"
        seen, cur = {a["id"]}, a["parent"]
        while cur in parent and parent[cur]:
            assert cur not in seen, f"parent cycle through {a['id']}"
            seen.add(cur)
            cur = parent[cur]


def test_aliases_unique_and_distinct_from_countries(actors, countries):
    owner = defaultdict(set)
    for a in actors:
        for s in [a["name"], *_split(a["aliases"])]:
            owner[_key(s)].add(a["id"])
    clashes = {k: sorted(v) for k, v in owner.items() if len(v) > 1}
    assert not clashes, f"aliases claimed by several actors: {clashes}"
    country_forms = {}
    for c in countries:
        for field in ("name", "government_name", "aliases", "government_aliases", "demonyms"):
            for s in _split(c[field]) if field not in ("name", "government_name") else [c[field]]:
                country_forms[_key(s)] = c["iso3"]
    for a in actors:
        for s in [a["name"], *_split(a["aliases"]), *_split(a["generic_aliases"])]:
            assert _key(s) not in country_forms, (
                f"{a['id']}: {s!r} is a form of country {country_forms[_key(s)]}")


def test_generic_aliases_do_not_shadow_aliases(actors):
    """A generic form must not be another actor's unambiguous alias."""
    alias_owner = {}
    for a in actors:
        for s in [a["name"], *_split(a["aliases"])]:
            alias_owner[_key(s)] = a["id"]
    for a in actors:
        for g in _split(a["generic_aliases"]):
            assert _key(g) not in alias_owner or alias_owner[_key(g)] == a["id"], (
                f"{a['id']}: generic {g!r} is an alias of {alias_owner[_key(g)]}")


def test_known_rows(actors):
    by = {a["id"]: a for a in actors}
    assert by["unodc"]["type"] == "un_agency" and "ONUDC" in _split(by["unodc"]["aliases"])
    assert by["iom"]["type"] == "un_agency" and "OIM" in _split(by["iom"]["aliases"])
    assert by["uncct"]["parent"] == "unoct"
    assert by["cted"]["parent"] == "unsc-ctc" and by["unsc-ctc"]["parent"] == "unsc"
    assert by["au-acsrt"]["parent"] == "au" and "CAERT" in _split(by["au-acsrt"]["aliases"])
    assert by["giaba"]["parent"] == "ecowas"
    assert by["gov-ken-nctc"]["parent"] == "gov-ken" and by["gov-ken-nctc"]["country"] == "KEN"
    assert by["gcerf"]["type"] == "other"
    assert by["interpol"]["type"] == "intergovernmental"
    assert by["usaid"]["type"] == "government" and by["usaid"]["parent"] == "gov-usa"
    eu = set(_split(by["eu"]["aliases"]))
    assert {"Union européenne", "União Europeia", "FPI", "EU Delegation to Kenya"} <= eu
    assert by["danish-rc"]["aliases"].find("DRC") == -1


def _registry_forms(actors, countries):
    name_to_id, forms, place = {}, {}, {}
    for a in actors:
        name_to_id[a["name"]] = a["id"]
        forms[a["id"]] = {_norm(s) for s in [a["name"], *_split(a["aliases"]),
                                             *_split(a["generic_aliases"])]}
    for c in countries:
        gid = f"gov-{c['iso3'].lower()}"
        name_to_id[c["government_name"]] = gid
        place[c["iso3"]] = {_norm(s) for s in [c["name"], *_split(c["aliases"]),
                                               *_split(c["demonyms"])]}
        forms[gid] = place[c["iso3"]] | {_norm(s) for s in [
            c["government_name"], *_split(c["government_aliases"])]}
    return name_to_id, forms, place


def _covered(surface, actor_id, country, forms, place):
    s = _norm(surface)
    if s in forms[actor_id] or s in RULE_SURFACES:
        return True
    own = forms[actor_id]
    # "<org alias> <office words>" (IOM Mombasa sub-office) resolves to the organisation
    if not actor_id.startswith("gov-") and any(s.startswith(f + " ") for f in own if len(f) >= 3):
        return True
    # "<demonym or country>['s] <alias or head noun>" (Togolese authorities, Kenyan National ...)
    for f in place.get(country or "", ()):
        for sep in (" ", "'s ", "s "):
            if s.startswith(f + sep):
                rest = s[len(f) + len(sep):]
                if rest in own or rest in GOV_HEADS:
                    return True
    return False


def test_gold_actors_are_covered(actors, countries):
    """Every actor of the seeds and dev gold files has a row, and its surfaces are registry forms."""
    name_to_id, forms, place = _registry_forms(actors, countries)
    type_of = {a["id"]: a["type"] for a in actors}
    parent_of = {a["id"]: a["parent"] for a in actors}
    missing, wrong = [], []
    for path in GOLD:
        for line in path.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            for g in doc["actors"]:
                aid = name_to_id.get(g["name"])
                if aid is None:
                    missing.append((doc["id"], g["name"]))
                    continue
                if aid in type_of:
                    assert type_of[aid] == g["type"], (aid, g["type"])
                    if g["parent"]:
                        assert name_to_id.get(g["parent"]) == parent_of[aid], (aid, g["parent"])
                for s in [g["name"], *g["aliases"]]:
                    if not _covered(s, aid, g["country"], forms, place):
                        wrong.append((doc["id"], aid, s))
    assert not missing, f"gold actors without a row: {missing}"
    assert not wrong, f"gold surfaces not covered: {wrong}"


def test_coverage_check_can_fail(actors, countries):
    """The coverage helper rejects a surface that no row holds."""
    _, forms, place = _registry_forms(actors, countries)
    assert not _covered("Kenyan bakery", "gov-ken", "KEN", forms, place)
    assert not _covered("Office on Drugs", "unodc", None, forms, place)
    assert not _covered("Kenyan Ministry of Tourism", "gov-ken-nctc", "KEN", forms, place)
    assert _covered("Togolese authorities", "gov-tgo", "TGO", forms, place)


@pytest.mark.skipif(importlib.util.find_spec("pycountry") is None,
                    reason="tools/build_countries.py needs pycountry (build-time only)")
def test_build_tool_reproduces_countries_csv():
    spec = importlib.util.spec_from_file_location("build_countries",
                                                  ROOT / "tools" / "build_countries.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    text = mod.render(mod.build_rows())
    assert text == (DATA / "countries.csv").read_text(encoding="utf-8")


@pytest.mark.skipif(importlib.util.find_spec("pycountry") is None,
                    reason="tools/build_subdivisions.py needs pycountry (build-time only)")
def test_build_tool_reproduces_subdivisions_csv():
    spec = importlib.util.spec_from_file_location("build_subdivisions", ROOT / "tools" / "build_subdivisions.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.render(mod.build_rows()) == (DATA / "subdivisions.csv").read_text(encoding="utf-8")


def test_subdivisions_table_is_well_formed():
    import csv

    with open(DATA / "countries.csv", encoding="utf-8") as fh:
        iso3 = {r["iso3"] for r in csv.DictReader(fh)}
    with open(DATA / "subdivisions.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) > 3000
    assert all(r["iso3"] in iso3 and r["name"].strip() == r["name"] and r["name"] and r["type"] for r in rows)
    assert len({(r["iso3"], r["name"], r["type"]) for r in rows}) == len(rows)
    known = {(r["iso3"], r["name"]) for r in rows}
    assert {("NGA", "Borno"), ("MOZ", "Cabo Delgado"), ("KEN", "Mombasa"), ("SOM", "Puntland")} <= known


# ----------------------------------------------------------------------------- issue 3 bodies
#: Every body that issue 3 ("Registry of actors") names, as (surface, id, type). The surface
#: is how releases usually write it; it must resolve to that id through the public lookup.
#: World Bank and IMF are UN specialized agencies, so they are typed ``un_agency``
#: (GUIDELINES §4: the UN system is ``un_agency``); Danida is the Danish MFA's development arm.
ISSUE_BODIES = [
    # UN system: secretariat offices, agencies, funds, programmes
    ("United Nations", "un", "un_agency"),
    ("UN Secretary-General", "unsg", "un_agency"),
    ("OCHA", "ocha", "un_agency"),
    ("DPPA", "dppa", "un_agency"),
    ("Department of Peace Operations", "dpo", "un_agency"),
    ("UNODC", "unodc", "un_agency"),
    ("IOM", "iom", "un_agency"),
    ("UNDP", "undp", "un_agency"),
    ("UNICEF", "unicef", "un_agency"),
    ("UNHCR", "unhcr", "un_agency"),
    ("UN Women", "unwomen", "un_agency"),
    ("UNESCO", "unesco", "un_agency"),
    ("UNICRI", "unicri", "un_agency"),
    ("ICAO", "icao", "un_agency"),
    ("IMO", "imo", "un_agency"),
    ("Peacebuilding Fund", "pbf", "un_agency"),
    ("World Bank", "worldbank", "un_agency"),
    ("IMF", "imf", "un_agency"),
    # peace operations and political missions
    ("MINUSMA", "minusma", "un_agency"),
    ("MONUSCO", "monusco", "un_agency"),
    ("MINUSCA", "minusca", "un_agency"),
    ("UNMISS", "unmiss", "un_agency"),
    ("UNSOM", "unsom", "un_agency"),
    ("UNOWAS", "unowas", "un_agency"),
    ("UNAMA", "unama", "un_agency"),
    ("UNIFIL", "unifil", "un_agency"),
    # Security Council, its committees, CTED, UNOCT/UNCCT
    ("UN Security Council", "unsc", "un_agency"),
    ("Counter-Terrorism Committee", "unsc-ctc", "un_agency"),
    ("1267 Committee", "unsc-1267", "un_agency"),
    ("1540 Committee", "unsc-1540", "un_agency"),
    ("1988 Committee", "unsc-1988", "un_agency"),
    ("Libya Sanctions Committee", "unsc-1970", "un_agency"),
    ("Analytical Support and Sanctions Monitoring Team", "unsc-mt", "un_agency"),
    ("CTED", "cted", "un_agency"),
    ("UNOCT", "unoct", "un_agency"),
    ("UNCCT", "uncct", "un_agency"),
    # other intergovernmental bodies
    ("INTERPOL", "interpol", "intergovernmental"),
    ("World Customs Organization", "wco", "intergovernmental"),
    ("FATF", "fatf", "intergovernmental"),
    ("GCTF", "gctf", "intergovernmental"),
    ("Hedayah", "hedayah", "intergovernmental"),
    ("GCERF", "gcerf", "other"),
    # regional organisations and their organs
    ("African Union", "au", "regional_org"),
    ("ACSRT", "au-acsrt", "regional_org"),
    ("CAERT", "au-acsrt", "regional_org"),
    ("AFRIPOL", "afripol", "regional_org"),
    ("CISSA", "cissa", "regional_org"),
    ("European Union", "eu", "regional_org"),
    ("EU Delegation to Kenya", "eu", "regional_org"),
    ("EEAS", "eu", "regional_org"),
    ("FPI", "eu", "regional_org"),
    ("SADC", "sadc", "regional_org"),
    ("ECOWAS", "ecowas", "regional_org"),
    ("GIABA", "giaba", "regional_org"),
    ("IGAD", "igad", "regional_org"),
    ("ICEPCVE", "igad-icepcve", "regional_org"),
    ("East African Community", "eac", "regional_org"),
    ("EAPCCO", "eapcco", "regional_org"),
    ("G5 Sahel", "g5s", "regional_org"),
    ("Lake Chad Basin Commission", "lcbc", "regional_org"),
    ("MNJTF", "mnjtf", "regional_org"),
    ("ECCAS", "eccas", "regional_org"),
    ("ASEAN", "asean", "regional_org"),
    ("OSCE", "osce", "regional_org"),
    ("NATO", "nato", "regional_org"),
    ("Organisation of Islamic Cooperation", "oic", "regional_org"),
    ("Arab League", "las", "regional_org"),
    # bilateral donors and their agencies
    ("USAID", "usaid", "government"),
    ("US State Department", "usa-state", "government"),
    ("Bureau of Counterterrorism", "usa-state-ct", "government"),
    ("INL", "usa-state-inl", "government"),
    ("FCDO", "gbr-fcdo", "government"),
    ("GIZ", "deu-giz", "government"),
    ("German Federal Foreign Office", "deu-ffo", "government"),
    ("AFD", "fra-afd", "government"),
    ("JICA", "jpn-jica", "government"),
    ("Global Affairs Canada", "can-gac", "government"),
    ("Norad", "nor-norad", "government"),
    ("Sida", "swe-sida", "government"),
    ("Danida", "dnk-mfa", "government"),
    ("Netherlands Ministry of Foreign Affairs", "nld-mfa", "government"),
    ("SDC", "che-sdc", "government"),
    ("KOICA", "kor-koica", "government"),
    ("DFAT", "aus-dfat", "government"),
    ("Irish Aid", "irl-aid", "government"),
    ("AECID", "esp-aecid", "government"),
    ("Enabel", "bel-enabel", "government"),
    ("Expertise France", "fra-ef", "government"),
    # NGOs and think tanks of the field
    ("ISS Africa", "iss-africa", "ngo"),
    ("RUSI", "rusi", "ngo"),
    ("ICCT", "icct", "ngo"),
    ("Global Center on Cooperative Security", "gccs", "ngo"),
    ("Small Arms Survey", "sas", "ngo"),
    ("International Crisis Group", "crisisgroup", "ngo"),
    ("ACLED", "acled", "ngo"),
    ("Saferworld", "saferworld", "ngo"),
    ("Human Rights Watch", "hrw", "ngo"),
    ("Amnesty International", "amnesty", "ngo"),
    ("ICRC", "icrc", "ngo"),
    ("IFRC", "ifrc", "ngo"),
    ("The Soufan Center", "soufan", "ngo"),
    ("Institute for Economics and Peace", "iep", "ngo"),
]

#: French and Portuguese forms (issue 3: "this field writes in all three"), with the id they name
#: and the alias kind the registry must give them (``gov`` forms always make the government an actor).
FR_PT_ALIASES = [
    ("ONUDC", "unodc", "alias"),
    ("OIM", "iom", "alias"),
    ("Organização Internacional para as Migrações", "iom", "alias"),
    ("UA", "au", "alias"),
    ("Comissão da União Africana", "au", "alias"),
    ("CEDEAO", "ecowas", "alias"),
    ("Union européenne", "eu", "alias"),
    ("União Europeia", "eu", "alias"),
    ("Nações Unidas", "un", "alias"),
    ("Organisation des Nations Unies", "un", "alias"),
    ("Conseil de sécurité des Nations Unies", "unsc", "alias"),
    ("Bureau des Nations Unies de lutte contre le terrorisme", "unoct", "alias"),
    ("Direction exécutive du Comité contre le terrorisme", "cted", "alias"),
    ("Centre africain d'études et de recherche sur le terrorisme", "au-acsrt", "alias"),
    ("Comunidade de Desenvolvimento da África Austral", "sadc", "alias"),
    ("Commission du bassin du lac Tchad", "lcbc", "alias"),
    ("Force multinationale mixte", "mnjtf", "alias"),
    ("Banque mondiale", "worldbank", "alias"),
    ("Organisation mondiale des douanes", "wco", "alias"),
    ("Affaires mondiales Canada", "can-gac", "alias"),
    ("Departamento de Estado dos Estados Unidos", "usa-state", "alias"),
    ("Agence allemande de coopération internationale", "deu-giz", "alias"),
    ("Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation au Mali",
     "minusma", "alias"),
    ("Governo de Moçambique", "gov-moz", "gov"),
    ("Gouvernement du Mali", "gov-mli", "gov"),
    ("Gouvernement du Niger", "gov-ner", "gov"),
    ("Gouvernement de la Côte d'Ivoire", "gov-civ", "gov"),
    ("Gouvernement des États-Unis", "gov-usa", "gov"),
    ("Gouvernement d'Haïti", "gov-hti", "gov"),
    ("Gouvernement de l'Algérie", "gov-dza", "gov"),
    ("Governo do Quénia", "gov-ken", "gov"),
    ("Governo dos Estados Unidos", "gov-usa", "gov"),
    ("Governo da Guiné-Bissau", "gov-gnb", "gov"),
    ("Governo de Angola", "gov-ago", "gov"),
    ("Moçambique", "gov-moz", "place"),
    ("Quénia", "gov-ken", "place"),
]


@pytest.fixture(scope="module")
def gazetteer():
    from ctnet.actors.gazetteer import Gazetteer

    return Gazetteer.default()


@pytest.mark.parametrize("surface,actor_id,actor_type", ISSUE_BODIES)
def test_issue_bodies_present_with_type(gazetteer, surface, actor_id, actor_type):
    actor = gazetteer.resolve(surface)
    assert actor is not None, f"{surface!r} names no actor"
    assert (actor.id, actor.type) == (actor_id, actor_type)


@pytest.mark.parametrize("surface,actor_id,kind", FR_PT_ALIASES)
def test_french_portuguese_aliases_resolve(gazetteer, surface, actor_id, kind):
    actor = gazetteer.resolve(surface)
    assert actor is not None and actor.id == actor_id, (surface, actor)
    assert (surface, kind) in gazetteer.aliases(actor_id)


def test_shipped_registry_has_no_unexplained_conflicts(gazetteer):
    """The only shipped conflicts are the demonyms two countries share (then ambiguous)."""
    shared = {"Congolese", "congolais", "congolaise", "congolaises", "Dominican", "Dominicans"}
    for line in gazetteer.conflicts:
        assert any(f"alias {d!r} " in line for d in shared), line


def test_lookup_rejects_unknown_forms(gazetteer):
    """The lookup is not lenient to the point of accepting anything (guards the tests above)."""
    assert gazetteer.resolve("Gouvernement du Atlantis") is None
    assert gazetteer.resolve("Organisation des Nations Désunies") is None
    assert gazetteer.resolve("ONUDC").id != gazetteer.resolve("OIM").id


def test_docs_coverage_table_matches_the_data(actors, gazetteer):
    """docs/registry.md gives the coverage counts by type; they must be the data's counts."""
    text = (ROOT / "docs" / "registry.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([a-z_]+)` \| ([\d,]+) \| ([\d,]+) \|$", text, flags=re.M)
    table = {t: (int(a.replace(",", "")), int(b.replace(",", ""))) for t, a, b in rows}
    in_csv = defaultdict(int)
    for a in actors:
        in_csv[a["type"]] += 1
    in_registry = defaultdict(int)
    for a in gazetteer:
        in_registry[a.type] += 1
    assert set(table) == TYPES
    assert table == {t: (in_csv[t], in_registry[t]) for t in TYPES}
    total = re.search(r"^\| \*\*total\*\* \| \*\*([\d,]+)\*\* \| \*\*([\d,]+)\*\* \|$", text, flags=re.M)
    assert (int(total[1].replace(",", "")), int(total[2].replace(",", ""))) == (len(actors), len(gazetteer))
    assert f"**{len(gazetteer):,} actors**" in text


def test_every_country_has_french_and_portuguese_government_forms(countries):
    for c in countries:
        gov = _split(c["government_aliases"])
        assert any(g.startswith("Gouvernement ") for g in gov), f"{c['iso3']}: no French government form"
        assert any(g.startswith("Governo ") for g in gov), f"{c['iso3']}: no Portuguese government form"
    by = {c["iso3"]: c for c in countries}
    # articles and elision follow the language: du / de la / de l' / des / d'; do / da / dos / de
    assert {"Gouvernement du Tchad", "Governo do Chade"} <= set(_split(by["TCD"]["government_aliases"]))
    assert {"Gouvernement de la Guinée", "Governo da Guiné"} <= set(_split(by["GIN"]["government_aliases"]))
    assert {"Gouvernement des Comores", "Governo das Comores"} <= set(_split(by["COM"]["government_aliases"]))
    assert {"Gouvernement d'Israël", "Governo de Israel"} <= set(_split(by["ISR"]["government_aliases"]))
    assert "Gouvernement des Pays-Bas" in _split(by["NLD"]["government_aliases"])
    # a French or Portuguese name that is also a common word or first name is no bare place name
    assert "Maurice" not in _split(by["MUS"]["aliases"])
    assert "Grenade" not in _split(by["GRD"]["aliases"]) and "Granada" not in _split(by["GRD"]["aliases"])


def test_docs_parent_chains_match_the_data(gazetteer):
    """Every chain "`a` → `b` → `c`" written in docs/registry.md is the registry's parent chain."""
    text = (ROOT / "docs" / "registry.md").read_text(encoding="utf-8")
    chains = [re.findall(r"`([a-z0-9-]+)`", m) for m in re.findall(r"`[a-z0-9-]+`(?: → `[a-z0-9-]+`)+", text)]
    assert len(chains) >= 5
    for chain in chains:
        for child, parent in zip(chain, chain[1:]):
            assert gazetteer[child].parent == parent, (child, parent)


def test_every_country_has_a_capital_and_no_city_names_two_countries(countries):
    from ctnet.actors.text import fold

    owner: dict[str, set[str]] = {}
    for c in countries:
        cities = [x for x in c["capitals"].split("|") if x]
        assert cities, f"{c['iso3']} has no capital"
        for city in cities:
            owner.setdefault(fold(city).lower(), set()).add(c["iso3"])
    assert {k: v for k, v in owner.items() if len(v) > 1} == {}
