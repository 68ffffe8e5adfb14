"""The review table of ``ctnet actors``: one row per actor found, ready to edit and feed back."""

from __future__ import annotations

import pandas as pd

from ctnet.actors.mentions import Mentions

__all__ = ["actor_table", "ACTOR_TABLE_COLUMNS"]

#: Columns of :func:`actor_table` (the first six are the gazetteer CSV columns).
ACTOR_TABLE_COLUMNS = ["id", "name", "type", "country", "parent", "aliases", "n_docs", "n_mentions", "donor",
                       "discovered"]


def actor_table(mentions: Mentions) -> pd.DataFrame:
    """One row per actor found: registry fields, surfaces seen, counts and flags.

    Parameters
    ----------
    mentions : Mentions
        From :func:`ctnet.actors.extract_actors`.

    Returns
    -------
    DataFrame
        Columns :data:`ACTOR_TABLE_COLUMNS`; ``aliases`` joins the distinct surfaces
        seen with ``|`` (so the table can be edited and passed back as ``--gazetteer``).
        Sorted by ``n_docs`` (descending), then ``id``.

    Examples
    --------
    >>> from ctnet.corpus import Document
    >>> from ctnet.actors import Actor, Gazetteer, extract_actors
    >>> g = Gazetteer.from_records([Actor("eu", "European Union", "regional_org", aliases=("EU",))])
    >>> m = extract_actors([Document("a", "EU-funded."), Document("b", "The European Union met.")], gazetteer=g)
    >>> actor_table(m)[["id", "aliases", "n_docs", "n_mentions", "donor"]].values.tolist()
    [['eu', 'EU|European Union', 2, 2, True]]
    """
    t = mentions.table
    a = mentions.actors
    if len(a) == 0:
        return pd.DataFrame(columns=ACTOR_TABLE_COLUMNS)
    n_docs = t.groupby("actor_id")["doc_id"].nunique()
    n_ment = t.groupby("actor_id").size()
    surfaces = t.groupby("actor_id")["surface"].agg(
        lambda s: "|".join(sorted({" ".join(x.split()) for x in s}, key=lambda x: (x.casefold(), x))))
    out = pd.DataFrame({
        "id": a["actor_id"].astype(str), "name": a["name"], "type": a["type"], "country": a["country"],
        "parent": a["parent"],
    })
    out["aliases"] = out["id"].map(surfaces).fillna("")
    out["n_docs"] = out["id"].map(n_docs).fillna(0).astype("int64")
    out["n_mentions"] = out["id"].map(n_ment).fillna(0).astype("int64")
    out["donor"] = a["donor"].astype(bool).values
    out["discovered"] = a["discovered"].astype(bool).values
    out = out.sort_values(["n_docs", "id"], ascending=[False, True], kind="mergesort").reset_index(drop=True)
    return out[ACTOR_TABLE_COLUMNS]
