"""``chronicle actors NAME``: a canonical actor, its aliases and its roles over time."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from chronicle.cli.main import DbOption, app, user_errors
from chronicle.errors import ChronicleError


@app.command()
@user_errors
def actors(
    name: str = typer.Argument(..., help="A name or alias of the actor (\"Shoigu\", \"Sergei Shoigu\")."),
    db: str = DbOption,
    dictionary: Optional[Path] = typer.Option(
        None, "--dictionary", exists=True, dir_okay=False,
        help="Actor dictionary (YAML/CSV): its date-bounded roles for this person are shown too."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
):
    """The actor NAME across articles: aliases, and the roles the articles state for it (title,
    country, sector, first/last seen, ended by) with their evidence, oldest first."""
    from chronicle.store import Store
    from chronicle.store import queries as Q

    store = Store(db)
    try:
        found = find_actor(store, name)
        if found is None:
            raise ChronicleError(f"no actor named {name!r} in {db}")
        detail, others = found
        with store._read() as conn:
            from chronicle.link.store_adapter import actor_aliases

            detail["aliases"] = actor_aliases(conn, detail["canonical_id"]) or detail["aliases"]
            detail["members"] = Q.identity_members(conn, detail["id"])[1]
    finally:
        store.close()
    detail["other_matches"] = others
    detail["dictionary_roles"] = _dictionary_roles(dictionary, [detail["name"], *detail["aliases"]])
    if as_json:
        typer.echo(json.dumps(detail, ensure_ascii=False, indent=2, default=str))
        return
    typer.echo(_text(detail))


def find_actor(store, name: str) -> Optional[tuple[dict, list[dict]]]:
    """(actor_detail of the canonical actor NAME names, the other canonical actors matching it).
    A name or alias equal to NAME (case-insensitive) beats one containing it; then most events."""
    from chronicle.store import queries as Q

    items = Q.actors_page(store, q=name, limit=200)["items"]
    if not items:
        return None
    key = name.casefold()
    exact = [x for x in items if x["name"].casefold() == key or key in (a.casefold() for a in x["aliases"])]
    best = (exact or items)[0]
    detail = Q.actor_detail(store, best["id"])
    if detail["canonical_id"] != best["id"]:
        detail = Q.actor_detail(store, detail["canonical_id"])
    with store._read() as conn:
        seen = {detail["canonical_id"]}
        others = []
        for x in items:
            canon = Q.identity_members(conn, x["id"])[0]
            if canon not in seen:
                seen.add(canon)
                others.append({"id": canon, "name": x["name"], "country": x["country"]})
    return detail, others


def _dictionary_roles(path: Optional[Path], names: list[str]) -> list[dict]:
    if path is None:
        return []
    from chronicle.actors.dictionary import ActorDictionary

    d = ActorDictionary.load(path)
    for n in names:
        entry = d._by_key.get(n.casefold())
        if entry is not None:
            return [{"title": r.title, "country": r.country, "sector": r.sector,
                     "since": r.since.isoformat() if r.since else None,
                     "until": r.until.isoformat() if r.until else None, "source": "dictionary"}
                    for r in entry.roles]
    return []


def _text(d: dict) -> str:
    facts = " · ".join(x for x in (d["country"], d["sector"], d["kind"]) if x)
    rows = ", ".join(map(str, d["members"]))
    out = [f"{d['name']}" + (f" · {facts}" if facts else "") + f"  (actor {d['canonical_id']}; rows {rows})"]
    if d["aliases"]:
        out.append("aliases: " + ", ".join(d["aliases"]))
    if d["other_matches"]:
        out.append("also matching: " + ", ".join(f"{o['name']} ({o['country'] or '?'}, actor {o['id']})"
                                                 for o in d["other_matches"]))
    if not d["roles"]:
        out.append("roles: none stated in the stored articles")
    else:
        out.append("roles over time (stated in the articles):")
        for r in d["roles"]:
            when = f"{r['first_seen']} → {r['last_seen']}" if r["first_seen"] else "not seen as held"
            where = ", ".join(x for x in (r["country"], r["sector"]) if x)
            extra = [f"ended by {r['ended_by']}"] if r["ended_by"] else []
            extra += [q for q in r["qualifiers"] if q != "former"]
            extra.append(f"{r['articles']} article{'s' if r['articles'] != 1 else ''}")
            out.append(f"  {when}  {r['title']}" + (f" ({where})" if where else "") + " · " + " · ".join(extra))
            for e in r["evidence"]:
                flag = f" ({e['qualifier']})" if e["qualifier"] else ""
                out.append(f"      {e['date'] or 'undated'} {e['article']} [{e['start']}:{e['end']}] "
                           f"\"{e['text']}\"{flag}")
    if d["dictionary_roles"]:
        out.append("roles in the actor dictionary:")
        for r in d["dictionary_roles"]:
            where = ", ".join(x for x in (r["country"], r["sector"]) if x)
            out.append(f"  {r['since'] or '…'} → {r['until'] or '…'}  {r['title'] or '(no title)'}"
                       + (f" ({where})" if where else "") + " · dictionary")
    return "\n".join(out)
