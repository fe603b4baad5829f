import json

import pytest

from monitor.articles import SeedError, article_id, decode_body, load_manifest, load_seeds
from monitor.schemas import errors


def test_article_ids_are_stable_and_distinct():
    assert article_id("seed:a.txt") == article_id("seed:a.txt")
    assert article_id("seed:a.txt") != article_id("seed:b.txt")
    assert article_id("x").startswith("a_") and len(article_id("x")) == 18


def test_seeds_load_in_manifest_order_with_metadata_and_valid_schema():
    manifest = json.load(open("seeds/manifest.json"))
    seeds = load_seeds("seeds")
    assert [s["source"] for s in seeds] == manifest["replay_order"]
    meta = {a["file"]: a for a in manifest["articles"]}
    for seq, s in enumerate(seeds):
        assert s["seq"] == seq
        assert s["outlet"] == meta[s["source"]]["outlet"]
        assert s["published"] == meta[s["source"]]["published"]
        assert errors("raw_article.json", s) == []
    # Reloading gives the same ids: a replay never creates new articles.
    assert [s["id"] for s in load_seeds("seeds")] == [s["id"] for s in seeds]


def test_manifest_naming_a_missing_file_is_a_clear_error(tmp_path):
    (tmp_path / "manifest.json").write_text(json.dumps({"replay_order": ["gone.txt"], "articles": []}))
    with pytest.raises(SeedError, match="gone.txt"):
        load_manifest(tmp_path)


def test_broken_manifest_is_a_clear_error(tmp_path):
    (tmp_path / "manifest.json").write_text("{not json")
    with pytest.raises(SeedError, match="not valid JSON"):
        load_manifest(tmp_path)


def test_directory_without_manifest_replays_files_by_name(tmp_path):
    (tmp_path / "b.txt").write_text("second")
    (tmp_path / "a.txt").write_text("first")
    (tmp_path / "notes.bin").write_bytes(b"\x00")
    assert [e.file for e in load_manifest(tmp_path)] == ["a.txt", "b.txt"]


@pytest.mark.parametrize("data,expected", [
    ("Kalesnikava — freed".encode(), "Kalesnikava — freed"),
    (b"\xef\xbb\xbfBOM text", "BOM text"),
    ("caf\u00e9".encode("cp1252"), "caf\u00e9"),
    (b"\x81\x8d\x8f", "\x81\x8d\x8f"),  # undefined in cp1252: falls back to latin-1, never raises
])
def test_decode_body_never_raises(data, expected):
    assert decode_body(data) == expected


WESTERN = ("Café – “no regrets”, say freed prisoners. Kalesnikava’s release was welcomed in Zürich "
           "and São Paulo; the Gefangenen were freigelassen über Nacht. ") * 20
CYRILLIC = ("Белорусские власти в субботу освободили 52 политзаключённых, сообщила правозащитная "
            "организация Вясна. Их вывезли в Литву. ") * 5
GREEK = "Η Λευκορωσία απελευθέρωσε 52 πολιτικούς κρατούμενους το Σάββατο, ανακοίνωσαν αξιωματούχοι. " * 5


@pytest.mark.parametrize("text,encoding", [
    (WESTERN, "cp1252"),       # a detector alone reads this as cp1250 or big5; few high bytes mean Latin script
    (CYRILLIC, "cp1251"),
    (CYRILLIC, "koi8_r"),
    (GREEK, "cp1253"),
])
def test_decode_body_reads_legacy_charsets_of_long_articles(text, encoding):
    data = text.encode(encoding)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert decode_body(data) == text


def test_decode_body_honours_a_utf16_byte_order_mark():
    assert decode_body("\ufeffMinsk freed 52".encode("utf-16-le")) == "Minsk freed 52"
    assert decode_body(b"\xfe\xff" + "Вясна".encode("utf-16-be")) == "Вясна"


def test_extract_file_uses_decode_body(tmp_path):
    from monitor.extract import extract_file

    path = tmp_path / "a.txt"
    path.write_bytes("Belarus freed 52 political prisoners on Saturday – “a first step”, officials said.".encode("cp1252"))
    res = extract_file(str(path))
    assert [c["value"] for c in res["counts"] if c["metric"] == "released"] == [52]
