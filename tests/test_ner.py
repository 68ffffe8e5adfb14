"""The optional spaCy discovery pass: filtering and grouping (with a stand-in pipeline), and the real model when installed."""

from __future__ import annotations

import sys
from types import SimpleNamespace as NS

import pandas as pd
import pytest

from ctnet.actors import Actor, Gazetteer
from ctnet.actors.mentions import (
    ACTOR_COLUMNS,
    ACTOR_EXTRA_COLUMNS,
    DOCUMENT_COLUMNS,
    MENTION_COLUMNS,
    Mentions,
)
from ctnet.actors.ner import NER_COLUMNS, load_model, propose_actors
from ctnet.corpus import Document
from ctnet.errors import CtnetError, InvalidParameterError


class FakeNLP:
    """Stands in for a spaCy pipeline: tags every occurrence of the given strings."""

    def __init__(self, entities):
        self.entities = entities  # [(string, label)]

    def pipe(self, texts):
        for t in texts:
            ents = []
            for s, label in self.entities:
                k = t.find(s)
                while k >= 0:
                    ents.append(NS(text=s, start_char=k, end_char=k + len(s), label_=label))
                    k = t.find(s, k + 1)
            yield NS(ents=sorted(ents, key=lambda e: e.start_char))


DOCS = [
    Document("a", "The Kenya Moorland Rangers Service met UNODC and the UNODC Regional Office for Eastern Africa in Kenya."),
    Document("b", "Kenya Moorland Rangers Service's rangers and the Hedayah Programme. The Lowyaddo Trust attended."),
    Document("c", "The Lowyaddo Trust and the Role of Government Agencies and the Government."),
]
ENTS = [("The Kenya Moorland Rangers Service", "ORG"), ("Kenya Moorland Rangers Service's", "ORG"), ("UNODC", "ORG"),
        ("UNODC Regional Office for Eastern Africa", "ORG"), ("Kenya", "ORG"), ("Hedayah Programme", "ORG"),
        ("The Lowyaddo Trust", "ORG"), ("Role of Government Agencies and", "ORG"), ("Government", "ORG"),
        ("Eastern Africa", "LOC")]


@pytest.fixture(scope="module")
def proposals():
    return propose_actors(DOCS, nlp=FakeNLP(ENTS))


def test_registry_actors_and_non_actors_are_not_proposed(proposals):
    # UNODC (registry), an office of UNODC, Kenya alone (a country), a programme, a truncated
    # span ending in "and", a single common word and a LOC entity are all dropped
    assert proposals["id"].tolist() == ["x-kenya-moorland-rangers-service", "x-lowyaddo-trust"]
    assert list(proposals.columns) == NER_COLUMNS


def test_forms_are_grouped_counted_and_typed(proposals):
    kws = proposals.set_index("id").loc["x-kenya-moorland-rangers-service"]
    assert kws["name"] == "Kenya Moorland Rangers Service"        # "The …" and "…'s" are one name
    assert (kws["n_docs"], kws["n_mentions"], kws["docs"]) == (2, 2, "a;b")
    assert (kws["type"], kws["country"], kws["parent"]) == ("government", "KEN", "gov-ken")  # "Service" + Kenya
    trust = proposals.set_index("id").loc["x-lowyaddo-trust"]
    assert (trust["type"], trust["country"], trust["parent"], trust["n_docs"]) == ("ngo", "", "", 2)
    assert proposals["discovered"].tolist() == [True, True]


def test_sorted_by_releases_then_id():
    nlp = FakeNLP([("Alpha Foundation", "ORG"), ("Beta Foundation", "ORG")])
    docs = [Document("1", "Beta Foundation."), Document("2", "Beta Foundation and Alpha Foundation.")]
    df = propose_actors(docs, gazetteer=Gazetteer.from_records([]), nlp=nlp)
    assert df[["id", "n_docs"]].values.tolist() == [["x-beta-foundation", 2], ["x-alpha-foundation", 1]]
    assert propose_actors(docs, gazetteer=Gazetteer.from_records([]), nlp=nlp, min_docs=2)["id"].tolist() == [
        "x-beta-foundation"]


def test_labels_option():
    nlp = FakeNLP([("Alpha Foundation", "ORG"), ("Gamma Institute", "FAC")])
    docs = [Document("1", "Alpha Foundation and Gamma Institute.")]
    g = Gazetteer.from_records([])
    assert propose_actors(docs, gazetteer=g, nlp=nlp)["id"].tolist() == ["x-alpha-foundation"]
    df = propose_actors(docs, gazetteer=g, nlp=nlp, labels=["FAC"])
    assert df[["id", "type", "label"]].values.tolist() == [["x-gamma-institute", "academic", "FAC"]]


def test_entities_overlapping_extracted_mentions_are_dropped():
    text = "The Lowyaddo Trust met the Kenya Moorland Rangers Service."
    row = {"doc_id": "a", "actor_id": "x-kmrs", "actor_name": "KMRS", "actor_type": "government",
           "surface": "Kenya Moorland Rangers Service", "start": 27, "end": 57, "sentence": 0, "paragraph": 0,
           "role": "", "role_evidence": ""}
    assert text[27:57] == "Kenya Moorland Rangers Service"
    m = Mentions(pd.DataFrame([row], columns=MENTION_COLUMNS), pd.DataFrame(columns=ACTOR_COLUMNS + ACTOR_EXTRA_COLUMNS),
                 pd.DataFrame(columns=DOCUMENT_COLUMNS))
    nlp = FakeNLP([("The Lowyaddo Trust", "ORG"), ("the Kenya Moorland Rangers Service", "ORG")])
    docs = [Document("a", text)]
    assert len(propose_actors(docs, nlp=nlp)) == 2
    assert propose_actors(docs, nlp=nlp, mentions=m)["id"].tolist() == ["x-lowyaddo-trust"]


def test_proposals_feed_back_as_a_gazetteer(proposals, tmp_path):
    path = tmp_path / "new.csv"
    proposals[NER_COLUMNS[:7]].to_csv(path, index=False)
    g = Gazetteer.load([path])
    assert g.resolve("Kenya Moorland Rangers Service").id == "x-kenya-moorland-rangers-service"
    assert g["x-kenya-moorland-rangers-service"].parent == "gov-ken"
    assert g.resolve("Lowyaddo Trust").type == "ngo"


def test_empty_result_has_the_columns():
    df = propose_actors([Document("a", "Nothing here.")], nlp=FakeNLP([]))
    assert list(df.columns) == NER_COLUMNS and len(df) == 0


@pytest.mark.parametrize("kwargs, match", [
    ({"min_docs": 0}, "'min_docs' parameter of propose_actors must be an integer >= 1"),
    ({"labels": []}, "'labels' parameter of propose_actors"),
    ({"gazetteer": "actors.csv"}, "'gazetteer' parameter of propose_actors must be a Gazetteer"),
])
def test_bad_parameters(kwargs, match):
    with pytest.raises(InvalidParameterError, match=match):
        propose_actors(DOCS, nlp=FakeNLP([]), **kwargs)


def test_missing_spacy_is_a_clear_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "spacy", None)  # import spacy now raises ImportError
    with pytest.raises(CtnetError, match=r"pip install 'ctnet\[ner\]'"):
        load_model()
    with pytest.raises(CtnetError, match=r"pip install 'ctnet\[ner\]'"):
        propose_actors(DOCS)


# --- the real model (the `ner` extra); skipped when spaCy or its model is absent --------------------

@pytest.fixture(scope="module")
def nlp():
    pytest.importorskip("spacy")
    try:
        return load_model()
    except CtnetError:
        pytest.skip("no spaCy English model installed (pip install 'ctnet[ner]')")


def test_real_model_proposes_unknown_organisations_only(nlp):
    g = Gazetteer.from_records([Actor("unodc", "United Nations Office on Drugs and Crime", "un_agency",
                                      aliases=("UNODC",))])
    docs = [Document("a", "The Kenya Wildlife Service and the Bill & Melinda Gates Foundation supported UNODC "
                          "in Nairobi.")]
    df = propose_actors(docs, gazetteer=g, nlp=nlp)
    assert "x-kenya-wildlife-service" in set(df["id"])
    assert not df["name"].str.contains("UNODC").any()
    for name in df["name"]:
        assert name in docs[0].text


def test_real_model_on_seeds_never_proposes_registry_actors(nlp):
    from pathlib import Path

    from ctnet import read_corpus

    root = Path(__file__).resolve().parent.parent
    corpus = read_corpus(root / "seeds")
    g = Gazetteer.default()
    df = propose_actors(corpus, gazetteer=g, nlp=nlp)
    assert df["id"].is_unique
    for name in df["name"]:
        assert g.resolve(name) is None
    assert df.equals(propose_actors(corpus, gazetteer=g, nlp=nlp))  # deterministic
