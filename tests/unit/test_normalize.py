import json

import pytest

from monitor.articles import raw_article
from monitor.deadletter import MAX_PAYLOAD, dead_letter
from monitor.normalize import BadArticle, normalize_article, parse_raw
from monitor.schemas import errors


def _raw(text, **kw):
    return raw_article(identity="t:1", source="t.txt", text=text, source_key="test", **kw)


def test_parse_raw_rejects_non_json_and_schema_violations():
    with pytest.raises(BadArticle) as exc:
        parse_raw(b"\xff not json")
    assert exc.value.reason == "invalid_json"
    with pytest.raises(BadArticle) as exc:
        parse_raw(json.dumps({"id": "a_0123456789abcdef", "text": "x"}))
    assert exc.value.reason == "invalid_schema"
    assert "source" in str(exc.value)


def test_normalize_html_keeps_main_text_and_validates():
    html = ("<html><head><title>t</title></head><body><nav>Home | World | Sport</nav>"
            "<article><p>Authorities released 42 political prisoners on Friday, a rights group said. "
            "Most of them were taken to Vilnius.</p></article></body></html>")
    article = normalize_article(parse_raw(json.dumps(_raw(html))))
    assert "released 42 political prisoners" in article["text"]
    assert "<p>" not in article["text"]
    assert article["content_type"] == "text/plain"
    assert errors("article.json", article) == []


def test_normalize_refuses_an_empty_body():
    with pytest.raises(BadArticle) as exc:
        normalize_article(_raw("   \n  "))
    assert exc.value.reason == "empty_text"


def test_same_text_same_content_hash():
    a = normalize_article(_raw("Ten prisoners were freed on Monday."))
    b = normalize_article(_raw("Ten prisoners were freed on Monday."))
    c = normalize_article(_raw("Eleven prisoners were freed on Monday."))
    assert a["content_hash"] == b["content_hash"] != c["content_hash"]


def test_dead_letter_keeps_bad_bytes_and_truncates_huge_payloads():
    record = dead_letter(stage="normalize", reason="invalid_json", error="boom",
                         payload=b"\xff" + b"x" * (MAX_PAYLOAD + 10), key=b"k", topic="t", offset=3)
    assert record["payload_truncated"] is True
    assert len(record["payload"]) == MAX_PAYLOAD
    assert record["key"] == "k"
    assert errors("dead_letter.json", record) == []
