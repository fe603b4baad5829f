"""Feed bodies to items: good feeds, broken-but-usable feeds, and bodies that are no feed."""
from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from monitor.feeds.parse import MAX_CONTENT_CHARS, MAX_ITEMS, html_to_text, parse_feed
from tests.fixtures.feeds.build import build_atom, build_rss, lead_paragraph, seed_items, seed_texts

FIXTURES = Path(__file__).parents[1] / "fixtures" / "feeds"
FEED_URL = "https://news.example/feeds/world.xml"


def lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("build", [build_rss, build_atom])
def test_seed_feed_items_carry_url_title_date_summary_and_full_content(build):
    parsed = parse_feed(build(seed_items()), url=FEED_URL, content_type="application/xml")
    assert (parsed.fatal, parsed.bozo, parsed.title) == (False, False, "Seed News")
    assert len(parsed.items) == 5
    texts = seed_texts()
    by_guid = {item["guid"]: item for item in parsed.items}
    assert set(by_guid) == {f"seed:{name}" for name in texts}
    item = by_guid["seed:003_c4b98ccfb1978688.txt"]
    assert item["url"] == "https://news.example/articles/003_c4b98ccfb1978688"
    assert item["title"] == "No Regrets: Freed Belarusian Prisoners Say Challenging Lukashenko Right Decision"
    assert item["published"] == "2025-12-14"
    assert item["summary_text"] == lead_paragraph(texts["003_c4b98ccfb1978688.txt"])
    # The full content comes back as the article's lines, markup gone.
    assert lines(item["content_text"]) == lines(texts["003_c4b98ccfb1978688.txt"])
    assert by_guid["seed:001_c52346de9a38ae75.txt"]["published"] is None


def test_without_full_content_content_text_is_none():
    parsed = parse_feed(build_rss(seed_items(full_content=False)), url=FEED_URL)
    assert all(item["content_text"] is None and item["summary_text"] for item in parsed.items)


def test_item_urls_are_canonical_and_relative_links_resolve_against_the_feed_url():
    parsed = parse_feed((FIXTURES / "rss091.xml").read_bytes(), url="https://wire.example/rss/top.xml")
    assert parsed.version == "rss091n" and not parsed.fatal
    [item] = parsed.items
    assert item["url"] == "https://wire.example/2025/12/13/belarus-frees-123.html"
    assert item["summary_text"] == "Lukashenko has released 123 political prisoners."


def test_rss_1_0_with_dublin_core_date():
    parsed = parse_feed((FIXTURES / "rss10.rdf").read_bytes(), url="https://rdf.example/index.rdf")
    assert parsed.version == "rss10"
    [item] = parsed.items
    assert (item["url"], item["published"]) == ("https://rdf.example/news/1", "2025-12-14")


def test_items_without_an_http_link_are_skipped_and_duplicates_kept_once():
    items = [{"title": "no link", "description": "x"},
             {"title": "mail", "link": "mailto:desk@news.example"},
             {"title": "one", "link": "https://news.example/a?utm_source=rss"},
             {"title": "one again", "link": "https://NEWS.example/a#top"},
             {"title": "guid only", "guid": "https://news.example/b"}]
    rss = build_rss(items).replace(b'<guid isPermaLink="false">https://news.example/b',
                                   b'<guid isPermaLink="true">https://news.example/b')
    parsed = parse_feed(rss, url=FEED_URL)
    assert [(i["title"], i["url"]) for i in parsed.items] == [
        ("one", "https://news.example/a"), ("guid only", "https://news.example/b")]
    assert parsed.skipped == 3


def test_html_in_summaries_is_stripped_and_scripts_dropped():
    items = [{"title": "<b>Bold</b> &amp; brave", "link": "https://news.example/x",
              "description": "<p>Freed on <em>Saturday</em>.</p><script>alert(1)</script>"
                             "<p>Second&nbsp;paragraph &amp; more</p>"}]
    [item] = parse_feed(build_rss(items), url=FEED_URL).items
    assert item["summary_text"] == "Freed on Saturday.\nSecond paragraph & more"
    assert "alert" not in item["summary_text"]
    assert item["title"] == "Bold & brave"


def test_dates_fall_back_to_updated_and_bad_dates_are_none():
    atom = build_atom([{"title": "t", "link": "https://news.example/u", "published": "2025-12-13"}])
    atom = atom.replace(b"<published>2025-12-13T12:00:00+00:00</published>", b"")
    assert parse_feed(atom, url=FEED_URL).items[0]["published"] == "2025-12-13"
    rss = build_rss([{"title": "t", "link": "https://news.example/d", "published": "2025-12-13"}])
    rss = rss.replace(b"Sat, 13 Dec 2025 12:00:00 +0000", b"sometime last week")
    assert parse_feed(rss, url=FEED_URL).items[0]["published"] is None


def test_item_count_and_text_size_are_bounded():
    many = [{"title": f"n{i}", "link": f"https://news.example/{i}"} for i in range(MAX_ITEMS + 100)]
    parsed = parse_feed(build_rss(many), url=FEED_URL)
    assert len(parsed.items) == MAX_ITEMS and parsed.skipped == 100
    huge = [{"title": "big", "link": "https://news.example/big", "content": "<p>" + "word " * 400_000 + "</p>"}]
    [item] = parse_feed(build_rss(huge), url=FEED_URL).items
    assert len(item["content_text"]) == MAX_CONTENT_CHARS


def test_an_empty_but_valid_feed_is_not_fatal():
    parsed = parse_feed(build_rss([]), url=FEED_URL)
    assert (parsed.items, parsed.fatal, parsed.bozo, parsed.title) == ([], False, False, "Seed News")


# --- broken but usable ------------------------------------------------------------

MIS_ENCODED_TITLE = "Café – “no regrets”, say freed prisoners"


@pytest.mark.parametrize("encoding,declared", [("cp1252", "utf-8"), ("latin-1", "")],
                         ids=["cp1252-declared-utf8", "latin1-undeclared"])
def test_mis_encoded_feeds_keep_their_items_decoded_right(encoding, declared):
    title = MIS_ENCODED_TITLE if encoding == "cp1252" else "Café naïve, São Paulo"
    body = build_rss([{"title": title, "link": "https://news.example/enc", "description": "Kalesnikava’s release"
                       if encoding == "cp1252" else "Bialiatski libéré"}], encoding=encoding, declare=declared)
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    parsed = parse_feed(body, url=FEED_URL, content_type="application/rss+xml")
    assert parsed.bozo and not parsed.fatal
    assert "encoding" in parsed.bozo_reason.lower() or "windows-1252" in parsed.bozo_reason
    [item] = parsed.items
    assert item["title"] == title


def test_http_charset_wins_over_a_wrong_guess_for_text_xml():
    # RFC 7303: text/xml without a charset follows the XML declaration (feedparser
    # alone would assume us-ascii and flag every such feed).
    body = build_rss([{"title": "Zürich", "link": "https://news.example/z"}], encoding="iso-8859-1")
    parsed = parse_feed(body, url=FEED_URL, content_type="text/xml")
    assert (parsed.bozo, parsed.items[0]["title"]) == (False, "Zürich")


def test_undefined_entities_and_bare_ampersands_keep_items():
    parsed = parse_feed((FIXTURES / "undefined_entities.xml").read_bytes(), url="https://ent.example/rss")
    assert parsed.bozo and not parsed.fatal
    assert [i["url"] for i in parsed.items] == ["https://ent.example/a/1", "https://ent.example/a/2"]
    first = parsed.items[0]
    assert first["title"] == "Belarus frees prisoners — Nobel laureate among them"
    assert "était parmi les libérés" in first["summary_text"] and "AT&T" in first["summary_text"]
    assert first["published"] == "2025-12-13"


def test_mismatched_tags_are_bozo_with_the_readable_items_kept():
    parsed = parse_feed((FIXTURES / "mismatched.xml").read_bytes(), url="https://broken.example/rss")
    assert parsed.bozo and not parsed.fatal and "mismatched" in parsed.bozo_reason
    urls = [i["url"] for i in parsed.items]
    assert "https://broken.example/1" in urls and "https://broken.example/3" in urls


def test_truncated_feed_keeps_the_complete_items():
    body = build_rss(seed_items(full_content=False))
    cut = body[: body.rindex(b"<item>") + 40]
    parsed = parse_feed(cut, url=FEED_URL)
    assert parsed.bozo and not parsed.fatal
    assert len(parsed.items) >= 4


# --- nothing usable: fatal -----------------------------------------------------------

@pytest.mark.parametrize("body,reason", [
    (b"", "empty"),
    (b"  \r\n\t ", "empty"),
    (bytes(range(256)) * 8, "binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(500), "binary"),
    (gzip.compress(build_rss(seed_items(full_content=False))), "gzip"),
    (b'{"items": [{"title": "json feed"}]}', "not RSS or Atom"),
    (b"Just some plain text, no markup at all.", "not RSS or Atom"),
])
def test_bodies_that_are_no_feed_are_fatal_with_a_reason(body, reason):
    parsed = parse_feed(body, url=FEED_URL)
    assert parsed.fatal and parsed.bozo and parsed.items == []
    assert reason in parsed.bozo_reason


def test_an_html_page_is_fatal_and_names_the_feeds_it_links_to():
    parsed = parse_feed((FIXTURES / "page.html").read_bytes(), url="https://news.example/", content_type="text/html")
    assert parsed.fatal and parsed.items == []
    assert "HTML page" in parsed.bozo_reason
    assert parsed.feed_links == ["https://news.example/rss/top.xml", "https://news.example/world.atom"]


def test_a_body_naming_a_local_file_is_not_read_as_that_file(tmp_path):
    # feedparser.parse(bytes) opens bytes that name an existing path: a server
    # could make us parse (and publish) local files.
    secret = tmp_path / "secret.xml"
    secret.write_bytes(build_rss([{"title": "LOCAL SECRET", "link": "https://secret.example/"}]))
    parsed = parse_feed(str(secret).encode(), url=FEED_URL)
    assert parsed.fatal and parsed.items == []


def test_external_entities_are_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    body = (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>'
            '<rss version="2.0"><channel><title>t</title><item><title>&xxe; leak</title>'
            '<link>https://news.example/x</link></item></channel></rss>').encode()
    parsed = parse_feed(body, url=FEED_URL)
    assert all("TOP-SECRET" not in (item["title"] or "") for item in parsed.items)


def test_entity_expansion_bomb_does_not_expand():
    levels = ['<!ENTITY lol0 "lollollollollollollollollollol">'] + [
        f'<!ENTITY lol{n} "{("&lol" + str(n - 1) + ";") * 10}">' for n in range(1, 10)]
    body = ('<?xml version="1.0"?><!DOCTYPE rss [' + "".join(levels) + ']><rss version="2.0"><channel>'
            '<title>&lol9;</title><item><title>x</title><link>https://news.example/x</link></item>'
            '</channel></rss>').encode()
    parsed = parse_feed(body, url=FEED_URL)
    assert parsed.bozo
    assert len(parsed.title or "") < 10_000


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2048))
def test_never_raises_on_arbitrary_bytes(body):
    parsed = parse_feed(body, url=FEED_URL)
    assert parsed.fatal or isinstance(parsed.items, list)


_SEED_RSS = build_rss(seed_items())


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, len(_SEED_RSS)), st.integers(0, len(_SEED_RSS)), st.binary(max_size=16))
def test_never_raises_on_damaged_feeds(start, end, junk):
    start, end = sorted((start, end))
    parsed = parse_feed(_SEED_RSS[:start] + junk + _SEED_RSS[end:], url=FEED_URL)
    assert all(item["url"].startswith("https://") for item in parsed.items)


def test_html_to_text_keeps_blocks_as_lines():
    assert html_to_text("<div>a <b>b</b></div><p>c</p>d<br>e") == "a b\nc\nd\ne"
    assert html_to_text("1 < 2 &amp; 3 > 2") == "1 < 2 & 3 > 2"
    assert html_to_text("<style>p{}</style><noscript>x</noscript>ok") == "ok"
