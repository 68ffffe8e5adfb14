"""The review table of ``ctnet actors``: one row per actor found, ready to edit and feed back."""

from __future__ import annotations

import pandas as pd

from ctnet.actors.gazetteer import Gazetteer, alias_key
from ctnet.actors.mentions import Mentions

__all__ = ["ACTOR_TABLE_COLUMNS", "actor_table"]

#: Columns of :func:`actor_table` (the first seven are the gazetteer CSV columns).
ACTOR_TABLE_COLUMNS = ["id", "name", "type", "country", "parent", "aliases", "generic_aliases", "n_docs",
                       "n_mentions", "donor", "discovered"]


def actor_table(mentions: Mentions, *, gazetteer: Gazetteer | None = None) -> pd.DataFrame:
    """One row per actor found: registry fields, surfaces seen, counts and flags.

    Parameters
    ----------
    mentions : Mentions
        From :func:`ctnet.actors.extract_actors`.
    gazetteer : Gazetteer, optional
        The registry extraction ran with; defaults to ``mentions.gazetteer``, then
        to :meth:`Gazetteer.default`. It tells generic surfaces apart.

    Returns
    -------
    DataFrame
        Columns :data:`ACTOR_TABLE_COLUMNS`. ``aliases`` joins the distinct surfaces
        seen with ``|``; ``generic_aliases`` holds the surfaces that are only generic
        forms (a generic alias of the actor in the registry, such as "the Commission",
        or a surface seen for several actors, such as "Ministry of Foreign Affairs").
        The table has the columns of ``actors.csv``, so it can be edited and passed
        back as ``--gazetteer``. Sorted by ``n_docs`` (descending), then ``id``.

    Examples
    --------
    >>> from ctnet.corpus import Document
    >>> from ctnet.actors import Actor, Gazetteer, extract_actors
    >>> g = Gazetteer.from_records([Actor("eu", "European Union", "regional_org", aliases=("EU",))])
    >>> m = extract_actors([Document("a", "EU-funded."), Document("b", "The European Union met.")], gazetteer=g)
    >>> actor_table(m)[["id", "aliases", "n_docs", "n_mentions", "donor"]].values.tolist()
    [['eu', 'EU', 2, 2, True]]
    """
    t = mentions.table
    a = mentions.actors
    if len(a) == 0:
        return pd.DataFrame(columns=ACTOR_TABLE_COLUMNS)
    gaz = gazetteer if gazetteer is not None else mentions.gazetteer
    if gaz is None:
        gaz = Gazetteer.default()
    n_docs = t.groupby("actor_id")["doc_id"].nunique()
    n_ment = t.groupby("actor_id").size()
    seen: dict[str, set[str]] = {}
    for aid, surface in zip(t["actor_id"].astype(str), t["surface"].astype(str)):
        seen.setdefault(aid, set()).add(" ".join(surface.split()))
    owners: dict[str, set[str]] = {}
    for aid, forms in seen.items():
        for x in forms:
            owners.setdefault(alias_key(x), set()).add(aid)
    strong: dict[str, str] = {}
    generic: dict[str, str] = {}
    for aid, forms in seen.items():
        mine = {alias_key(x) for x, k in gaz.aliases(aid) if k == "generic"} if aid in gaz else set()
        name = a.loc[a["actor_id"] == aid, "name"]
        name_key = alias_key(str(name.iloc[0])) if len(name) else ""
        g_forms: list[str] = []
        s_forms: list[str] = []
        for x in forms:
            k = alias_key(x)
            if k == name_key:
                continue
            claim = gaz.claim(x)
            if claim is not None and claim[0] != aid and claim[1] != "generic":
                continue  # another actor's own alias: it cannot be listed here
            shared = len(owners[k]) > 1 or (claim is not None and claim[0] != aid)
            resolved = (aid, x) in mentions.generic_surfaces  # named only through a generic form
            (g_forms if k in mine or shared or resolved else s_forms).append(x)
        strong[aid] = "|".join(sorted(s_forms, key=lambda x: (x.casefold(), x)))
        generic[aid] = "|".join(sorted(g_forms, key=lambda x: (x.casefold(), x)))
    out = pd.DataFrame({
        "id": a["actor_id"].astype(str), "name": a["name"], "type": a["type"], "country": a["country"],
        "parent": a["parent"],
    })
    out["aliases"] = out["id"].map(strong).fillna("")
    out["generic_aliases"] = out["id"].map(generic).fillna("")
    out["n_docs"] = out["id"].map(n_docs).fillna(0).astype("int64")
    out["n_mentions"] = out["id"].map(n_ment).fillna(0).astype("int64")
    out["donor"] = a["donor"].astype(bool).values
    out["discovered"] = a["discovered"].astype(bool).values
    out = out.sort_values(["n_docs", "id"], ascending=[False, True], kind="mergesort").reset_index(drop=True)
    return out[ACTOR_TABLE_COLUMNS]
