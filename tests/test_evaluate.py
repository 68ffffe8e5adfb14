"""Evaluation against gold files: the matching rule, one-to-one pairing, hand-computed scores, bad gold files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from ctnet.actors.evaluate import (
    Evaluation,
    evaluate,
    match_key,
    match_release,
    read_gold,
    read_not_actors,
)
from ctnet.actors.mentions import (
    ACTOR_COLUMNS,
    ACTOR_EXTRA_COLUMNS,
    DOCUMENT_COLUMNS,
    MENTION_COLUMNS,
    SENTENCE_COLUMNS,
    Mentions,
)
from ctnet.errors import InputError, InvalidParameterError

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "tests" / "data" / "eval"


def make_mentions(rows, *, docs=(), sentences=(), actors=()):
    """Mentions from (doc_id, actor_id, name, type, surface[, role[, evidence[, start, end, sentence]]]) rows."""
    full = []
    for k, r in enumerate(rows):
        doc, aid, name, typ, surface = r[:5]
        role = r[5] if len(r) > 5 else ""
        evidence = r[6] if len(r) > 6 else ""
        start, end, sent = r[7:10] if len(r) > 7 else (10 * k, 10 * k + len(surface), 0)
        full.append({"doc_id": doc, "actor_id": aid, "actor_name": name, "actor_type": typ, "surface": surface,
                     "start": start, "end": end, "sentence": sent, "paragraph": 0, "role": role,
                     "role_evidence": evidence})
    table = pd.DataFrame(full, columns=MENTION_COLUMNS)
    documents = pd.DataFrame([{"doc_id": d} for d in docs], columns=DOCUMENT_COLUMNS)
    sents = pd.DataFrame(list(sentences), columns=SENTENCE_COLUMNS)
    acts = pd.DataFrame([dict(zip(["actor_id", "name", "type", "country", "parent"], a)) for a in actors],
                        columns=ACTOR_COLUMNS + ACTOR_EXTRA_COLUMNS)
    return Mentions(table, acts, documents, sents)


def gold_actor(name, aliases, typ, donor=False, evidence=()):
    return {"name": name, "aliases": list(aliases), "type": typ, "country": None, "parent": None,
            "donor": donor, "donor_evidence": list(evidence)}


GOLD = {
    "r1": [gold_actor("European Union", ["EU", "European Union"], "regional_org", True, ["EU-funded"]),
           gold_actor("United Nations Office on Drugs and Crime", ["UNODC"], "un_agency"),
           gold_actor("Government of Kenya", ["Kenya", "Kenyan"], "government")],
    "r2": [gold_actor("International Organization for Migration", ["IOM"], "un_agency"),
           gold_actor("Government of Germany", ["Germany"], "government", True, ["funded by Germany"])],
}
PRED = make_mentions([
    ("r1", "eu", "European Union", "regional_org", "EU", "donor", "EU-funded"),
    ("r1", "eu", "European Union", "regional_org", "European Union"),
    ("r1", "unodc", "United Nations Office on Drugs and Crime", "intergovernmental", "UNODC"),  # type error
    ("r1", "interpol", "INTERPOL", "intergovernmental", "INTERPOL"),  # false alarm
    ("r2", "iom", "International Organization for Migration", "un_agency", "IOM", "donor", "IOM supported"),
    ("r2", "gov-deu", "Government of Germany", "government", "German"),  # surface fits no gold alias
    ("r3", "eu", "European Union", "regional_org", "EU"),  # release not in gold: ignored
])


@pytest.fixture(scope="module")
def ev():
    return evaluate(PRED, GOLD)


# --- the matching rule -------------------------------------------------------------------------------

@pytest.mark.parametrize("surface, alias", [
    ("the UNODC's", "UNODC"),
    ("The  European\n Union", "European Union"),
    ("(INTERPOL)", "INTERPOL"),
    ("Kenya\u2019s", "Kenya"),
    ("\u201cGCERF\u201d,", "GCERF"),
    ("Somaliland's Immigration Department", "Somaliland\u2019s Immigration Department"),
    ("THE AFRICAN UNION", "African Union"),
    ("Co\u0302te d\u2019Ivoire", "C\u00f4te d'Ivoire"),  # decomposed and composed accents
    ("the Kenyan National Counter Terrorism Centre.", "Kenyan National Counter Terrorism Centre"),
])
def test_match_key_equal(surface, alias):
    assert match_key(surface) == match_key(alias)


@pytest.mark.parametrize("surface, alias", [
    ("UNODCs", "UNODC"),            # no 's' dropped without an apostrophe
    ("EU-funded", "EU"),            # only surrounding punctuation goes, not a hyphenated word
    ("Theatre Police", "atre Police"),  # 'the' only as a whole leading word
    ("Côte d'Ivoire", "Cote d'Ivoire"),  # accents are kept
    ("UN Women", "Women"),
])
def test_match_key_different(surface, alias):
    assert match_key(surface) != match_key(alias)


def test_match_key_values():
    assert match_key("  The  UNODC's  ") == "unodc"
    assert match_key("the") == "the"
    assert match_key("...") == ""


# --- one-to-one matching -----------------------------------------------------------------------------

def test_one_prediction_with_two_surfaces_takes_one_gold_actor():
    # a predicted actor whose surfaces name two gold actors matches only one of them
    pred = [{"surfaces": ["UNODC", "IOM"]}]
    gold = [gold_actor("IOM", ["IOM"], "un_agency"), gold_actor("UNODC", ["UNODC"], "un_agency")]
    assert match_release(pred, gold) == {0: 0}
    m = make_mentions([("a", "x", "X", "un_agency", "UNODC"), ("a", "x", "X", "un_agency", "IOM")])
    e = evaluate(m, {"a": gold})
    assert (e.micro["tp"], e.micro["fp"], e.micro["fn"]) == (1, 0, 1)


def test_two_predictions_for_one_gold_actor():
    gold = [gold_actor("European Union", ["EU", "EU Delegation"], "regional_org")]
    m = make_mentions([("a", "eu", "European Union", "regional_org", "EU"),
                       ("a", "x-eu-delegation", "EU Delegation", "regional_org", "EU Delegation")])
    e = evaluate(m, {"a": gold})
    assert (e.micro["tp"], e.micro["fp"], e.micro["fn"]) == (1, 1, 0)
    # the tie goes to the prediction with the same canonical name
    assert [x["actor_id"] for x in e.false_positives] == ["x-eu-delegation"]


def test_matching_is_maximum_not_greedy():
    # greedy would give prediction 0 the first gold actor and leave prediction 1 unmatched
    pred = [{"surfaces": ["AU", "African Union Commission"]}, {"surfaces": ["AU"]}]
    gold = [gold_actor("African Union", ["AU"], "regional_org"),
            gold_actor("AUC", ["African Union Commission"], "regional_org")]
    assert match_release(pred, gold) == {0: 1, 1: 0}


def test_matching_prefers_same_name_then_same_type():
    pred = [{"surfaces": ["EU"], "name": "European Union", "type": "regional_org"}]
    gold = [gold_actor("EU Delegation to Kenya", ["EU"], "regional_org"),
            gold_actor("European Union", ["EU"], "regional_org")]
    assert match_release(pred, gold) == {0: 1}
    pred = [{"surfaces": ["UN"], "name": "X", "type": "un_agency"}]
    gold = [gold_actor("A", ["UN"], "government"), gold_actor("B", ["UN"], "un_agency")]
    assert match_release(pred, gold) == {0: 1}


def test_gold_name_counts_as_an_alias():
    gold = [gold_actor("Government of Kenya", ["Kenya"], "government")]
    assert match_release([{"surfaces": ["the Government of Kenya"]}], gold) == {0: 0}


# --- hand-computed scores ----------------------------------------------------------------------------

def test_overall_counts(ev):
    # r1: EU, UNODC matched; INTERPOL false alarm; Kenya missed.  r2: IOM matched; "German" fits no
    # alias of Germany: one false alarm and one miss.  r3 is not in the gold file.
    assert (ev.micro["tp"], ev.micro["fp"], ev.micro["fn"]) == (3, 2, 2)
    assert (ev.micro["precision"], ev.micro["recall"], ev.micro["f1"]) == (0.6, 0.6, 0.6)
    assert ev.f1 == 0.6


def test_by_type(ev):
    # tp and fn by the gold type, fp by the predicted type
    bt = {k: (v["tp"], v["fp"], v["fn"]) for k, v in ev.by_type.items()}
    assert bt == {"regional_org": (1, 0, 0), "un_agency": (2, 0, 0), "government": (0, 1, 2),
                  "intergovernmental": (0, 1, 0)}
    assert ev.by_type["un_agency"]["f1"] == 1.0
    assert ev.by_type["government"]["precision"] == 0.0 and ev.by_type["government"]["f1"] == 0.0
    assert list(ev.by_type) == sorted(ev.by_type)


def test_donor_scores(ev):
    # EU donor in both: tp.  IOM predicted donor, gold not: fp.  Germany gold donor, unmatched: fn.
    assert (ev.donor["tp"], ev.donor["fp"], ev.donor["fn"]) == (1, 1, 1)
    assert (ev.donor["precision"], ev.donor["recall"], ev.donor["f1"]) == (0.5, 0.5, 0.5)
    assert ev.donor_errors == [{"doc_id": "r2", "name": "International Organization for Migration",
                                "actor_id": "iom", "predicted": True, "gold": False,
                                "predicted_evidence": "IOM supported", "gold_evidence": []}]


def test_donor_missed_on_a_matched_actor():
    gold = {"a": [gold_actor("Government of Japan", ["Japan"], "government", True, ["funded by Japan"])]}
    e = evaluate(make_mentions([("a", "gov-jpn", "Government of Japan", "government", "Japan")]), gold)
    assert (e.donor["tp"], e.donor["fp"], e.donor["fn"]) == (0, 0, 1)
    assert e.donor_errors[0]["gold_evidence"] == ["funded by Japan"]
    assert "funded by Japan" in e.to_text()


def test_type_accuracy(ev):
    assert ev.type_accuracy == round(2 / 3, 4)
    assert ev.type_errors == [{"doc_id": "r1", "name": "United Nations Office on Drugs and Crime",
                               "actor_id": "unodc", "predicted": "intergovernmental", "gold": "un_agency"}]


def test_misses_false_alarms_and_documents(ev):
    assert [(x["doc_id"], x["name"]) for x in ev.false_negatives] == [
        ("r1", "Government of Kenya"), ("r2", "Government of Germany")]
    assert [(x["doc_id"], x["actor_id"], x["surfaces"]) for x in ev.false_positives] == [
        ("r1", "interpol", ["INTERPOL"]), ("r2", "gov-deu", ["German"])]
    assert ev.documents == [
        {"doc_id": "r1", "n_gold": 3, "n_pred": 3, "tp": 2, "fp": 1, "fn": 1, "f1": 0.6667},
        {"doc_id": "r2", "n_gold": 2, "n_pred": 2, "tp": 1, "fp": 1, "fn": 1, "f1": 0.5},
    ]


def test_gold_release_without_predictions_is_all_missed():
    gold = {**GOLD, "r4": [gold_actor("INTERPOL", ["INTERPOL"], "intergovernmental")]}
    e = evaluate(PRED, gold)
    assert (e.micro["tp"], e.micro["fp"], e.micro["fn"]) == (3, 2, 3)
    assert e.documents[-1] == {"doc_id": "r4", "n_gold": 1, "n_pred": 0, "tp": 0, "fp": 0, "fn": 1, "f1": 0.0}


def test_normalised_surfaces_match():
    gold = {"a": [gold_actor("United Nations Office on Drugs and Crime", ["UNODC"], "un_agency"),
                  gold_actor("Government of Kenya", ["Kenya"], "government"),
                  gold_actor("European Union", ["European Union"], "regional_org")]}
    m = make_mentions([("a", "unodc", "UNODC", "un_agency", "the UNODC's"),
                       ("a", "gov-ken", "Government of Kenya", "government", "Kenya\u2019s"),
                       ("a", "eu", "European Union", "regional_org", "The European\nUnion")])
    e = evaluate(m, gold)
    assert (e.micro["tp"], e.micro["fp"], e.micro["fn"]) == (3, 0, 0)


def test_untyped_gold_is_not_a_type_error():
    gold = {"a": [{"name": "European Union", "aliases": ["EU"]}]}
    e = evaluate(make_mentions([("a", "eu", "European Union", "regional_org", "EU")]), gold)
    assert e.micro["f1"] == 1.0 and e.type_errors == [] and e.type_accuracy == 0.0
    assert e.by_type == {"untyped": {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 1, "fp": 0, "fn": 0}}


def test_empty_prediction_scores_zero():
    e = evaluate(make_mentions([]), GOLD)
    assert (e.micro["tp"], e.micro["fp"], e.micro["fn"]) == (0, 0, 5)
    assert e.micro["f1"] == 0.0 and e.donor["fn"] == 2


def test_gold_against_itself_is_perfect():
    """Predicting every gold actor with its own aliases scores 1 on the shipped seed and dev gold files."""
    for name in ("seeds", "dev"):
        gold = read_gold(EVAL / name / "gold.jsonl")
        rows = []
        for doc, actors in gold.items():
            for k, a in enumerate(actors):
                for s in a["aliases"] or [a["name"]]:
                    rows.append((doc, f"a{k}", a["name"], a["type"], s, "donor" if a["donor"] else ""))
        e = evaluate(make_mentions(rows), gold)
        n = sum(len(v) for v in gold.values())
        assert (e.micro["tp"], e.micro["fp"], e.micro["fn"]) == (n, 0, 0)
        assert e.donor["f1"] == 1.0 and e.type_accuracy == 1.0


def test_country_and_parent_accuracy():
    gold = {"a": [
        {"name": "National Counter Terrorism Centre (Kenya)", "aliases": ["NCTC"], "type": "government",
         "country": "KEN", "parent": "Government of Kenya"},
        {"name": "Government of Kenya", "aliases": ["Kenya"], "type": "government", "country": "KEN",
         "parent": None},
        {"name": "Ministry of Interior (Morocco)", "aliases": ["Ministry of Interior"], "type": "government",
         "country": "MAR", "parent": "Government of Morocco"},
        {"name": "European Union", "aliases": ["EU"], "type": "regional_org"},  # no country, no parent field
    ]}
    m = make_mentions(
        [("a", "gov-ken-nctc", "National Counter Terrorism Centre (Kenya)", "government", "NCTC"),
         ("a", "gov-ken", "Government of Kenya", "government", "Kenya"),
         ("a", "x-moi", "Ministry of Interior (Kenya)", "government", "Ministry of Interior"),
         ("a", "eu", "European Union", "regional_org", "EU")],
        actors=[("eu", "European Union", "regional_org", "", ""),
                ("gov-ken", "Government of Kenya", "government", "KEN", ""),
                ("gov-ken-nctc", "National Counter Terrorism Centre (Kenya)", "government", "KEN", "gov-ken"),
                ("x-moi", "Ministry of Interior (Kenya)", "government", "KEN", "gov-ken")])
    e = evaluate(m, gold)
    assert e.micro["f1"] == 1.0 and e.type_accuracy == 1.0
    # country: 3 pairs with a gold country, the ministry is wrong; parent: 3 pairs with the field
    assert e.country_accuracy == round(2 / 3, 4) and e.parent_accuracy == round(2 / 3, 4)
    assert e.country_errors == [{"doc_id": "a", "name": "Ministry of Interior (Morocco)", "actor_id": "x-moi",
                                 "predicted": "KEN", "gold": "MAR"}]
    assert e.parent_errors == [{"doc_id": "a", "name": "Ministry of Interior (Morocco)", "actor_id": "x-moi",
                                "predicted": "Government of Kenya", "gold": "Government of Morocco"}]
    text = e.to_text()
    assert "country accuracy on matched government actors: 0.6667" in text
    assert "  a: Ministry of Interior (Morocco): predicted KEN, gold MAR" in text


# --- not-actor strings, missing releases -------------------------------------------------------------

@pytest.mark.parametrize("gold_parent, same", [
    ("Government of the Maldives", True),  # the predicted parent's name
    ("Government of Maldives", True),  # another spelling of the same registry actor
    ("Government of Kenya", False),
])
def test_parent_accuracy_reads_the_gold_parent_through_the_registry(gold_parent, same):
    from ctnet.actors import extract_actors
    from ctnet.corpus import Document

    m = extract_actors([Document("a", "The Ministry of Defence of the Maldives hosted the course.")])
    gold = {"a": [{"name": "Ministry of Defence (Maldives)", "aliases": ["Ministry of Defence of the Maldives"],
                   "type": "government", "country": "MDV", "parent": gold_parent}]}
    e = evaluate(m, gold)
    assert e.micro["tp"] == 1 and e.parent_accuracy == (1.0 if same else 0.0)
    assert e.parent_errors == ([] if same else [{"doc_id": "a", "name": "Ministry of Defence (Maldives)",
                                                  "actor_id": "x-ministry-of-defence-maldives",
                                                  "predicted": "Government of the Maldives", "gold": gold_parent}])


def test_not_actor_hits():
    text = "Officers met at the Kenya Police Academy building. INTERPOL attended."
    gold = {"a": [gold_actor("UNODC", ["UNODC"], "un_agency")]}
    m = make_mentions(
        [("a", "gov-ken", "Government of Kenya", "government", "Kenya", "", "", 20, 25, 0),
         ("a", "interpol", "INTERPOL", "intergovernmental", "INTERPOL", "", "", 51, 59, 1),
         ("a", "unodc", "UNODC", "un_agency", "UNODC", "", "", 100, 105, 2)],
        sentences=[("a", 0, 0, 50, text[:50]), ("a", 1, 51, 69, text[51:])])
    assert text[20:25] == "Kenya" and text[51:59] == "INTERPOL"
    na = {"a": ["Kenya Police Academy building", "interpol", "Nairobi"]}
    e = evaluate(m, gold, not_actors=na)
    assert [(x["actor_id"], x["string"]) for x in e.not_actor_hits] == [
        ("gov-ken", "Kenya Police Academy building"), ("interpol", "interpol")]
    assert "not-actor strings predicted: 2" in e.to_text()
    assert evaluate(m, gold).not_actor_hits == []


def test_read_not_actors_shipped_file():
    na = read_not_actors(EVAL / "seeds" / "not_actors.jsonl")
    assert set(na) == set(read_gold(EVAL / "seeds" / "gold.jsonl"))
    assert "from Kenya, Mali and South Africa" in na["000_f48852a0b3314d0d"]


def test_missing_releases_are_listed():
    m = make_mentions([("r1", "eu", "European Union", "regional_org", "EU")], docs=["r1", "r9"])
    e = evaluate(m, GOLD)
    assert e.missing_releases == ["r2"]
    assert "gold releases not in the corpus" in e.to_text()


def test_no_gold_release_in_corpus_is_an_input_error():
    m = make_mentions([], docs=["001", "002"])
    with pytest.raises(InputError, match=r"none of the 2 gold release ids .*'r1'.*'001'"):
        evaluate(m, GOLD)


def test_bad_parameters():
    with pytest.raises(InvalidParameterError, match="'mentions' parameter of evaluate must be a Mentions"):
        evaluate(pd.DataFrame(), GOLD)
    with pytest.raises(InvalidParameterError, match="'gold' parameter of evaluate"):
        evaluate(PRED, [])


# --- reports -----------------------------------------------------------------------------------------

def test_to_dict_is_json_and_deterministic(ev):
    d = ev.to_dict()
    assert list(d) == ["matching", "micro", "by_type", "donor", "type_accuracy", "documents", "false_positives",
                       "false_negatives", "type_errors", "donor_errors", "not_actor_hits", "missing_releases",
                       "country_accuracy", "parent_accuracy", "country_errors", "parent_errors"]
    assert "one to one" in d["matching"] and "possessive" in d["matching"]
    assert json.dumps(d, sort_keys=False) == json.dumps(evaluate(PRED, GOLD).to_dict(), sort_keys=False)
    assert d["micro"] == {"precision": 0.6, "recall": 0.6, "f1": 0.6, "tp": 3, "fp": 2, "fn": 2}
    assert isinstance(ev, Evaluation)


def test_to_text(ev):
    text = ev.to_text()
    lines = text.splitlines()
    assert lines[0] == "releases: 2   gold actors: 5   predicted: 5"
    assert all(len(x) <= 100 for x in lines[:5]) and lines[1].startswith("matching: a predicted actor")
    row = next(x for x in lines if x.startswith("all actors"))
    assert row.split()[2:] == ["0.6000", "0.6000", "0.6000", "3", "2", "2"]
    donors = next(x for x in lines if x.startswith("donors"))
    assert donors.split()[1:] == ["0.5000", "0.5000", "0.5000", "1", "1", "1"]
    assert "type accuracy on matched actors: 0.6667" in text
    i = lines.index("missed (false negatives):")
    assert lines[i + 1] == "  r1: Government of Kenya (government)  [Kenya; Kenyan]"
    j = lines.index("false alarms (false positives):")
    assert lines[j + 1] == "  r1: interpol (INTERPOL, intergovernmental)  [INTERPOL]"
    assert "  r1: United Nations Office on Drugs and Crime: predicted intergovernmental, gold un_agency" in lines


# --- bad gold files ----------------------------------------------------------------------------------

GOOD = '{"id": "a", "actors": [{"name": "European Union", "aliases": ["EU"], "type": "regional_org"}]}'


@pytest.mark.parametrize("second_line, expect", [
    ('{"id": "b", "actors": [', r"line 2: not valid JSON"),
    ('["b", []]', r"line 2: is not a JSON object"),
    ('{"actors": []}', r"line 2: field 'id' is missing"),
    ('{"id": "a", "actors": []}', r"line 2: field 'id': release 'a' is already on line 1"),
    ('{"id": "b", "actors": {"name": "EU"}}', r"line 2: field 'actors' is missing or not a list"),
    ('{"id": "b", "actors": [{"aliases": ["EU"]}]}', r"line 2: actor 1: field 'name' is missing"),
    ('{"id": "b", "actors": ["EU"]}', r"line 2: actor 1: is not a JSON object"),
    ('{"id": "b", "actors": [{"name": "EU", "aliases": "EU"}]}', r"line 2: actor 1 \(EU\): field 'aliases'"),
    ('{"id": "b", "actors": [{"name": "EU", "type": "regional"}]}', r"line 2: actor 1 \(EU\): field 'type' is 'regional'"),
    ('{"id": "b", "actors": [{"name": "EU", "donor": "yes"}]}', r"line 2: actor 1 \(EU\): field 'donor' is 'yes'"),
    ('{"id": "b", "actors": [{"name": "EU"}, {"name": "the EU"}]}', r"line 2: actor 2: field 'name': 'the EU' is listed twice"),
])
def test_bad_gold_file(tmp_path, second_line, expect):
    p = tmp_path / "gold.jsonl"
    p.write_text(GOOD + "\n" + second_line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=expect) as info:
        read_gold(p)
    msg = str(info.value)
    assert msg.startswith(str(p) + ": ") and "\n" not in msg


def test_missing_and_unreadable_gold(tmp_path):
    with pytest.raises(InputError, match=r"nope\.jsonl: file not found"):
        read_gold(tmp_path / "nope.jsonl")
    with pytest.raises(InputError, match="is a folder"):
        read_gold(tmp_path)
    bad = tmp_path / "latin1.jsonl"
    bad.write_bytes('{"id": "a", "actors": [{"name": "Côte"}]}'.encode("latin-1"))
    with pytest.raises(InputError, match="cannot be read as UTF-8"):
        read_gold(bad)


def test_bad_not_actors_file(tmp_path):
    p = tmp_path / "na.jsonl"
    p.write_text('{"id": "a", "not_actors": [{"category": "venue"}]}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"na\.jsonl: line 1: item 1: field 'string'"):
        read_not_actors(p)


def test_gold_blank_lines_and_bom(tmp_path):
    p = tmp_path / "g.jsonl"
    p.write_text("\ufeff" + GOOD + "\n\n" + '{"id": 7, "actors": []}\n', encoding="utf-8")
    g = read_gold(p)
    assert list(g) == ["a", "7"] and g["7"] == []


def test_cli_bad_gold_is_one_line_exit_1(tmp_path):
    p = tmp_path / "gold.jsonl"
    p.write_text(GOOD + "\n" + '{"id": "b", "actors": [{"name": "EU", "type": "bogus"}]}\n', encoding="utf-8")
    doc = tmp_path / "docs"
    doc.mkdir()
    (doc / "a.txt").write_text("The European Union met.\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "ctnet", "evaluate", str(doc), "--gold", str(p)],
                       capture_output=True, text=True, cwd=ROOT, check=False)
    assert r.returncode == 1
    err = r.stderr.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("ctnet: error: ")
    assert "gold.jsonl: line 2: actor 1 (EU): field 'type' is 'bogus'" in err[0]
