"""Clean article -> claims message: the pure core of the `extract_claims` agent."""
from __future__ import annotations



def build_claims(article: dict) -> dict:
    """The claims message (schemas/claims.json) for one cleaned article."""
    from monitor.extract import extract_article

    result = extract_article(article["text"], title=article.get("title"),
                             published=article.get("published"))
    return {
        "article_id": article["id"],
        "source": article["source"],
        "url": article.get("url"),
        "outlet": article.get("outlet"),
        "published": article.get("published"),
        "title": article.get("title"),
        "fingerprint": article.get("fingerprint"),
        "relevant": bool(result.get("relevant", True)),
        "event": result.get("event") or {"kind": None, "actor": None, "date": None},
        "counts": result.get("counts", []),
        "people": result.get("people", []),
    }
