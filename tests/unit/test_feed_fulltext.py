"""Full article text for teaser-only items: a guarded fetch plus trafilatura."""
from __future__ import annotations

import html
import ipaddress
import threading

import pytest
from aiohttp import web

import monitor.feeds.fulltext as fulltext
from monitor.feeds.fetch import feed_client
from monitor.feeds.fulltext import SHORT_TEXT_CHARS, fetch_article_text, needs_full_text
from tests.fixtures.feeds.build import seed_texts
from tests.fixtures.feeds.server import FeedServer

ONLY_127_0_0_1 = [ipaddress.ip_network("127.0.0.1/32")]
STORY = seed_texts()["000_943d3c5bc92427df.txt"]
STORY_LINES = [line.strip() for line in STORY.splitlines() if len(line.split()) >= 16]


def article_page(text: str, *, charset: str = "utf-8") -> bytes:
    """A news page: navigation, a related-links box and a footer around the story."""
    body = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.splitlines() if line.strip())
    page = f"""<!DOCTYPE html><html><head><meta charset="{charset}"><title>Germany offers refuge</title></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a>
<a href="/subscribe">Subscribe to our newsletter today</a></nav></header>
<main><article><h1>Germany to offer refuge to freed Belarusian opposition leaders</h1>
{body}</article></main>
<aside><h2>Most read</h2><ul><li><a href="/a">Celebrity chef opens new restaurant downtown</a></li>
<li><a href="/b">Ten tips for a better night's sleep this winter</a></li></ul></aside>
<footer><p>Copyright 2025 Example Media Group. All rights reserved. Terms of use. Privacy policy.</p></footer>
</body></html>"""
    return page.encode(charset, errors="xmlcharrefreplace")


@pytest.fixture
async def server():
    async with FeedServer() as s:
        yield s


@pytest.fixture
async def client():
    async with feed_client(allow=ONLY_127_0_0_1) as c:
        yield c


async def test_extracts_the_story_and_leaves_the_page_chrome(server, client):
    server.serve("/article", article_page(STORY), content_type="text/html; charset=utf-8")
    text, error = await fetch_article_text(client, server.url("/article"))
    assert error is None
    for line in STORY_LINES:
        assert line in text
    assert "Celebrity chef" not in text and "Subscribe to our newsletter" not in text
    assert "All rights reserved" not in text


@pytest.mark.parametrize("content_type", ["text/html; charset=iso-8859-1", "text/html"],
                         ids=["http-charset", "meta-charset-only"])
async def test_a_gzipped_page_in_another_charset_is_decoded(server, client, content_type):
    story = "Zürich, São Paulo and Kraków reacted. " + STORY
    server.serve("/article", article_page(story, charset="iso-8859-1"), content_type=content_type,
                 encoding="gzip")
    text, error = await fetch_article_text(client, server.url("/article"))
    assert error is None and "Zürich, São Paulo and Kraków reacted." in text


async def test_redirects_are_followed_through_the_guard(server, client):
    server.serve("/article", article_page(STORY), content_type="text/html")
    server.redirect("/short", "/article", status=301)
    server.redirect("/elsewhere", server.url("/article", host="127.0.0.2"))
    text, error = await fetch_article_text(client, server.url("/short"))
    assert error is None and STORY_LINES[0] in text
    text, error = await fetch_article_text(client, server.url("/elsewhere"))
    assert text is None and error.startswith("refused")


async def test_a_page_over_max_bytes_is_not_parsed(server, client, monkeypatch):
    calls = []
    monkeypatch.setattr(fulltext, "extract_text", lambda *a: calls.append(a))
    server.serve("/huge", article_page(STORY * 200), content_type="text/html")
    text, error = await fetch_article_text(client, server.url("/huge"), max_bytes=100_000)
    assert text is None and error.startswith("too_large") and calls == []


async def test_non_html_and_empty_pages_give_a_reason(server, client):
    server.serve("/paper.pdf", b"%PDF-1.7\n" + bytes(2000), content_type="application/pdf")
    server.serve("/empty", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", content_type="text/html")
    server.serve("/missing", b"gone", status=404, content_type="text/html")
    assert await fetch_article_text(client, server.url("/paper.pdf")) == (None, "not_html: application/pdf")
    text, error = await fetch_article_text(client, server.url("/empty"))
    assert text is None and error.startswith("no_text")
    text, error = await fetch_article_text(client, server.url("/missing"))
    assert text is None and error.startswith("http") and "404" in error


async def test_slow_pages_time_out(server, client):
    async def hang(request):
        await server.release.wait()
        return web.Response(text="late")
    server.route("/slow", hang)
    text, error = await fetch_article_text(client, server.url("/slow"), timeout=0.3)
    assert text is None and error.startswith("timeout")


async def test_extraction_that_overruns_its_bound_is_abandoned(server, client, monkeypatch):
    unblock = threading.Event()

    def stuck(html, url=None):
        unblock.wait(30)  # a pathological page; released at the end of the test
        return "never used"
    monkeypatch.setattr(fulltext, "extract_text", stuck)
    server.serve("/article", article_page(STORY), content_type="text/html")
    try:
        text, error = await fetch_article_text(client, server.url("/article"), extract_timeout=0.2)
    finally:
        unblock.set()
    assert text is None and error.startswith("extract_timeout")


async def test_an_extractor_crash_is_a_reason_not_an_exception(server, client, monkeypatch):
    def broken(html, url=None):
        raise ValueError("lxml choked")
    monkeypatch.setattr(fulltext, "extract_text", broken)
    server.serve("/article", article_page(STORY), content_type="text/html")
    text, error = await fetch_article_text(client, server.url("/article"))
    assert text is None and error.startswith("extract_failed") and "lxml choked" in error


@pytest.mark.parametrize("item,expected", [
    ({"summary_text": "Short teaser.", "content_text": None}, True),
    ({"summary_text": None, "content_text": None}, True),
    ({}, True),
    ({"summary_text": "x" * (SHORT_TEXT_CHARS - 1), "content_text": "y" * 10}, True),
    ({"summary_text": "Short teaser.", "content_text": "full " * 500}, False),
    ({"summary_text": "x" * SHORT_TEXT_CHARS, "content_text": None}, False),
])
def test_needs_full_text_only_for_short_items(item, expected):
    assert needs_full_text(item) is expected
