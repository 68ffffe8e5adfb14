"""Gazetteer: shipped data, user CSV overrides and additions, exclude lists, every load error."""

from __future__ import annotations

from pathlib import Path

import pytest

from ctnet.actors import ACTOR_TYPES, Actor, Gazetteer
from ctnet.actors.gazetteer import alias_key, case_sensitive
from ctnet.errors import GazetteerError

HEADER = "id,name,type,country,parent,aliases,generic_aliases,notes\n"


def write(tmp_path: Path, name: str, body: str, header: str = HEADER) -> Path:
    p = tmp_path / name
    p.write_text(header + body, encoding="utf-8")
    return p


def test_default_is_cached_and_has_every_country_government():
    g = Gazetteer.default()
    assert g is Gazetteer.default()
    for iso in ("ken", "moz", "nga", "deu", "som"):
        a = g[f"gov-{iso}"]
        assert a.type == "government" and a.country == iso.upper() and a.parent is None
        assert a.name.startswith("Government of")
    assert all(a.type in ACTOR_TYPES for a in g)


def test_resolve_by_id_name_alias():
    g = Gazetteer.default()
    assert g.resolve("gov-ken").id == "gov-ken"
    assert g.resolve("Government of Kenya").id == "gov-ken"
    assert g.resolve("kenya").id == "gov-ken"
    assert g.resolve("no such actor at all") is None
    assert "gov-ken" in g and "nope" not in g
    with pytest.raises(KeyError):
        g["nope"]


def test_user_csv_adds_and_overrides(tmp_path):
    p = write(tmp_path, "mine.csv",
              "x-kpc,Kenya Peace Council,ngo,,,KPC,the Peace Council,\n"
              "gov-ken,Government of the Republic of Kenya,government,KEN,,GoK,,\n"
              "gov-ken-mfa,Ministry of Foreign Affairs (Kenya),government,KEN,gov-ken,Kenyan MFA,,\n")
    g = Gazetteer.load([p])
    assert g["x-kpc"].type == "ngo" and g.resolve("KPC").id == "x-kpc"
    assert g["gov-ken"].name == "Government of the Republic of Kenya"
    # the override keeps the registry's aliases and adds the new one
    assert g.resolve("Kenya").id == "gov-ken" and g.resolve("GoK").id == "gov-ken"
    assert g.ancestors("gov-ken-mfa") == ["gov-ken"] and g.root("gov-ken-mfa") == "gov-ken"
    # the shipped registry is not changed
    assert Gazetteer.default().resolve("GoK") is None or Gazetteer.default().resolve("GoK").id != "x-kpc"
    assert "x-kpc" not in Gazetteer.default()
    frame = g.to_frame()
    assert list(frame["id"]) == sorted(frame["id"])
    assert frame.set_index("id").loc["x-kpc", "aliases"] == "KPC"
    assert frame.set_index("id").loc["x-kpc", "generic_aliases"] == "the Peace Council"


def test_exclude_by_text_file_and_csv(tmp_path):
    ex = tmp_path / "drop.txt"
    ex.write_text("gov-ken\nGovernment of Mozambique\n# comment\n\n", encoding="utf-8")
    g = Gazetteer.load(exclude=ex)
    assert "gov-ken" not in g and "gov-moz" not in g and "gov-nga" in g
    assert g.resolve("Kenya") is None
    ex2 = write(tmp_path, "drop.csv", "Nigeria\n", header="name\n")
    assert "gov-nga" not in Gazetteer.load(exclude=ex2)


@pytest.mark.parametrize("body, field, fix", [
    (",No Id,ngo,,,,,\n", "'id'", "slug id"),
    ("x-a,,ngo,,,,,\n", "'name'", "canonical name"),
    ("x-a,A Org,charity,,,,,\n", "'type'", "un_agency"),
    ("x-a,A Org,ngo,,x-nobody,,,\n", "'parent'", "not an actor id"),
    ("x-a,A Org,ngo,,,AO,,\nx-a,A Org again,ngo,,,,,\n", "'id'", "one row per id"),
    ("x-a,A Org,ngo,,,Kenya,,\n", "'aliases'", "already claimed by actor 'gov-ken'"),
    ("x-a,A Org,ngo,,,ABC,,\nx-b,B Org,ngo,,,ABC,,\n", "'aliases'", "already claimed by actor 'x-a'"),
])
def test_every_load_error_names_file_row_field_and_fix(tmp_path, body, field, fix):
    p = write(tmp_path, "bad.csv", body)
    with pytest.raises(GazetteerError) as exc:
        Gazetteer.load([p])
    msg = str(exc.value)
    assert "\n" not in msg
    assert str(p) in msg and "row " in msg and field in msg and fix in msg


def test_missing_header_column_and_missing_file(tmp_path):
    p = write(tmp_path, "bad.csv", "x-a,A\n", header="id,name\n")
    with pytest.raises(GazetteerError, match=r"row 1: field 'type' is missing"):
        Gazetteer.load([p])
    with pytest.raises(GazetteerError, match="file not found"):
        Gazetteer.load([tmp_path / "none.csv"])


def test_unknown_exclude_name(tmp_path):
    ex = tmp_path / "drop.txt"
    ex.write_text("Atlantis Authority\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"drop.txt: line 1: 'Atlantis Authority' is not an actor"):
        Gazetteer.load(exclude=ex)


def test_case_rules():
    assert case_sensitive("EU") and case_sensitive("UN-CTITF") and case_sensitive("GoM")
    assert not case_sensitive("Kenya") and not case_sensitive("European Union")
    assert alias_key("Counter‑Terrorism  Committee") == alias_key("counter terrorism committee")


def test_a_one_word_name_matches_only_with_its_capital():
    from ctnet.actors.match import build_automaton, find_matches

    A = build_automaton([("Meta", "meta", "alias"), ("European Union", "eu", "alias"),
                         ("sénégalaises", "gov-sen", "demonym"), ("Burkinabè", "gov-bfa", "demonym")])
    found = [(m.surface, m.actor_id) for m in find_matches(
        "A meta-analysis by Meta and the european union; les autorités sénégalaises et burkinabè.", A)]
    # (several words in lower case still match, as French demonyms do)
    assert found == [("Meta", "meta"), ("european union", "eu"), ("sénégalaises", "gov-sen"),
                     ("burkinabè", "gov-bfa")]


def test_automaton_keys_are_the_folded_aliases():
    """``build_automaton`` reuses the registry's alias keys; its table is that of folding each alias."""
    from ctnet.actors.text import fold

    g = Gazetteer.default()
    expected: dict[str, list[tuple]] = {}
    for alias, aid, kind in g.alias_entries():
        if fold(alias):
            cased = fold(alias, lower=False) if case_sensitive(alias) else None
            expected.setdefault(fold(alias), []).append((cased, aid, kind, alias))
    got = dict(g.automaton.items())
    assert got == {k: (len(k), tuple(v)) for k, v in expected.items()}
    assert any(v[1][0][0] == "UNODC" for v in got.values())  # acronyms keep their case


def test_from_records_rejects_shared_alias():
    with pytest.raises(GazetteerError):
        Gazetteer.from_records([Actor("a", "A", "ngo", aliases=("X1",)), Actor("b", "B", "ngo", aliases=("X1",))])


def test_generic_alias_shared_by_two_actors_is_kept_by_both(tmp_path):
    p = write(tmp_path, "mine.csv",
              "x-a,Alpha Peace Board,ngo,,,APB,the Board,\n"
              "x-b,Beta Peace Board,ngo,,,BPB,the Board,\n")
    g = Gazetteer.load([p])
    assert ("the Board", "generic") in g.aliases("x-a") and ("the Board", "generic") in g.aliases("x-b")
    assert g.claim("the board") == ("x-a", "generic")
    # the automaton offers both actors for the shared form; the release decides
    from ctnet.actors.match import find_matches
    (m,) = find_matches("the Board met", g.automaton)
    assert {aid for aid, _ in m.alts} == {"x-a", "x-b"}
    # dropping the first owner hands the form to the other one
    ex = tmp_path / "drop.txt"
    ex.write_text("x-a\n", encoding="utf-8")
    g2 = Gazetteer.load([p], exclude=ex)
    assert g2.claim("the Board") == ("x-b", "generic")


def test_generic_alias_cannot_shadow_an_alias(tmp_path):
    p = write(tmp_path, "bad.csv", "x-a,A Org,ngo,,,the Board,,\nx-b,B Org,ngo,,,,the Board,\n")
    with pytest.raises(GazetteerError, match=r"row 3: field 'generic_aliases'.*generic_aliases"):
        Gazetteer.load([p])
    p = write(tmp_path, "bad2.csv", "x-b,B Org,ngo,,,,the Commission,\nx-a,A Org,ngo,,,the Commission,,\n")
    with pytest.raises(GazetteerError, match=r"row 3: field 'aliases'"):
        Gazetteer.load([p])


def test_shipped_generic_forms_are_shared():
    g = Gazetteer.default()
    assert ("the Commission", "generic") in g.aliases("eu") and ("the Commission", "generic") in g.aliases("au")


def test_user_csv_takes_a_shipped_alias_but_not_a_name(tmp_path):
    shipped = Gazetteer.default()
    # "OIM" is an alias of the shipped IOM row: a user row claiming it takes it over
    assert shipped.resolve("OIM").id == "iom"
    mine = write(tmp_path, "mine.csv", "iom-moz,IOM Mozambique,un_agency,MOZ,iom,OIM,,\n")
    g = Gazetteer.load([mine])
    assert g.resolve("OIM").id == "iom-moz"
    assert g.resolve("IOM").id == "iom" and "OIM" not in g["iom"].aliases
    moved = [m.split(": row 2: ")[1] for m in g.overrides]
    assert "alias 'OIM' moved from 'iom' to 'iom-moz'" in moved
    assert all(m.endswith("moved from 'iom' to 'iom-moz'") for m in moved)
    assert shipped.resolve("OIM").id == "iom"  # the shipped registry is unchanged
    # a shipped canonical name is not taken over
    bad = write(tmp_path, "bad.csv", "x-a,A Org,ngo,,,International Organization for Migration,,\n")
    with pytest.raises(GazetteerError, match=r"row 2: field 'aliases'.*already claimed by actor 'iom'"):
        Gazetteer.load([bad])
    # two user files claiming one alias is an error naming the second file's row
    other = write(tmp_path, "other.csv", "iom-x,IOM X,un_agency,,iom,OIM,,\n")
    with pytest.raises(GazetteerError, match=r"other.csv: row 2: field 'aliases'.*'iom-moz'"):
        Gazetteer.load([mine, other])


def test_french_and_portuguese_demonyms_are_also_read_in_the_plural():
    g = Gazetteer.default()
    for surface, iso in (("tchadiennes", "tcd"), ("tchadiens", "tcd"), ("maliens", "mli"),
                         ("moçambicanos", "moz"), ("mozambicaines", "moz")):
        assert g.claim(surface) == (f"gov-{iso}", "demonym"), surface
    assert g.claim("Malians") == ("gov-mli", "demonym")  # English plurals are listed as they are


def test_plural_demonyms_make_the_state_act_in_french_and_portuguese():
    from ctnet.actors import extract_document
    from ctnet.corpus import Document

    cases = [
        ("Les autorités tchadiennes ont accueilli l'atelier organisé par l'ONUDC.", {"gov-tcd", "unodc"}),
        ("Os oficiais moçambicanos participaram na formação da OIM em Maputo.", {"gov-moz", "iom"}),
        ("Des magistrats maliens et nigériens ont suivi la formation de l'ONUDC.", {"gov-mli", "gov-ner", "unodc"}),
    ]
    for text, ids in cases:
        m = extract_document(Document(id="x", text=text))
        assert set(m.table["actor_id"]) == ids, text
        for r in m.table.itertuples():
            assert text[r.start:r.end] == r.surface
