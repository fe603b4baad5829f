"""How alerts and the fact table look in a terminal (rich markup)."""
from __future__ import annotations

from rich.table import Table

QUALIFIER = {"exact": "", "more_than": "more than ", "at_least": "at least ", "about": "about ",
             "at_most": "at most "}


def alert_line(alert: dict) -> str:
    links = ", ".join(sorted({e.get("link") or "" for e in alert.get("evidence", [])} - {""}))
    return (f"[bold yellow]ALERT[/] [cyan]{alert.get('type', 'alert'):15}[/] {alert.get('summary', '')}"
            + (f" [dim]({links})[/]" if links else ""))


def fact_tables(data: dict) -> list[Table]:
    """The /facts JSON as two tables: figures per event, and people with a known status."""
    if not data:
        return []
    figures = Table(title="Fact table", expand=True)
    for col, ratio, width in (("event", 2, 10), ("figure", 3, 10), ("value", 2, 6), ("as of", 2, 10),
                              ("sources", 1, 7), ("last change", 4, 10)):
        figures.add_column(col, ratio=ratio, min_width=width, overflow="fold")
    for r in data.get("rows", []):
        event = f"{r.get('actor') or '?'} {r.get('event_date') or ''}".strip()
        if r.get("event_scope") != "reported":
            event += " (earlier event)"
        value = f"{QUALIFIER.get(r.get('qualifier'), '')}{r.get('value'):,}"
        if r.get("conflicting_values"):
            value += f" (conflict: {', '.join(map(str, r['conflicting_values']))})"
        last = r.get("last_change") or {}
        who = last.get("outlet") or last.get("source") or last.get("article_id") or ""
        who = who if len(who) <= 40 else who[:39] + "…"
        figure = r.get("figure", "").replace("transferred:", "transferred to ")
        figures.add_row(event, figure, value, str(r.get("as_of") or r.get("effective_as_of") or ""),
                        str(r.get("sources", "")), f"{last.get('outcome', '')} {who}".strip())
    people = Table(title="People", expand=True)
    for col in ("name", "status", "also spelled"):
        people.add_column(col)
    for p in data.get("people", []):
        status = p["status"] + (" (earlier event)" if p.get("status_scope") == "background" else "")
        people.add_row(p["name"], status, ", ".join(a for a in p["aliases"] if a != p["name"]))
    return [figures, people]
