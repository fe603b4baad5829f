"""Article records: stable ids, decoding of untrusted bytes, and the seed set.

An article's id depends only on where it came from (canonical URL, or the seed
file's name), never on when it was read, so replaying the same input twice
yields the same ids and downstream stages can recognise repeats.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

MAX_TEXT_CHARS = 2_000_000  # raw_article.json's limit; larger bodies are cut, and say so


class SeedError(ValueError):
    """A seed directory or manifest is unusable."""


def article_id(identity: str) -> str:
    return "a_" + hashlib.sha256(identity.encode("utf-8")).hexdigest()[:16]


_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
# Above this share of non-ASCII bytes among letter bytes the text is not in a Latin script: Western
# text in cp1252/latin-1 has a few accented letters and curly quotes; Cyrillic, Greek, Arabic or CJK
# in a legacy charset is almost all high bytes.
_NON_LATIN_SHARE = 0.3
_DETECT_MIN_HIGH = 64      # fewer high bytes are too little evidence for a detector (it guesses shift_jis)
_DETECT_BYTES = 200_000
_ASCII = bytes(range(128))
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def decode_body(data: bytes) -> str:
    """Decode untrusted bytes; never raises.

    A byte-order mark wins; then strict UTF-8. Otherwise Latin-script text (few high bytes) is read
    as cp1252, or latin-1 where cp1252 leaves a byte undefined; text that is mostly high bytes is in
    another script's legacy charset, which charset_normalizer detects given enough of it (cp1251, koi8-r, cp1253, gb18030,
    ...). Detection is not used for Latin text: on short Western text it guesses wildly (utf-16, big5)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        latin = data.decode("cp1252")
    except UnicodeDecodeError:
        latin = data.decode("latin-1")
    sample = data[:_DETECT_BYTES]
    high = len(sample.translate(None, _ASCII))
    letters = high + len(sample) - len(sample.translate(None, _ASCII_LETTERS))
    if high < _DETECT_MIN_HIGH or high / letters < _NON_LATIN_SHARE:
        return latin
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(sample).best()
        if best is not None and best.encoding:
            return data.decode(best.encoding, errors="replace")
    except Exception:  # detection is best effort; the Latin reading is a safe answer
        pass
    return latin


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def raw_article(*, identity: str, source: str, text: str, source_key: str, url: str | None = None,
                feed: str | None = None, outlet: str | None = None, title: str | None = None,
                published: str | None = None, seq: int | None = None) -> dict:
    """Build a raw-articles payload (schemas/raw_article.json)."""
    return {
        "id": article_id(identity),
        "source": source,
        "source_key": source_key,
        "url": url,
        "feed": feed,
        "outlet": outlet,
        "title": title,
        "published": published,
        "fetched_at": now_iso(),
        "content_type": "text/html" if looks_like_html(text) else "text/plain",
        "seq": seq,
        "text": text[:MAX_TEXT_CHARS],
    }


@dataclass(frozen=True)
class SeedEntry:
    file: str
    outlet: str | None
    published: str | None


def load_manifest(directory: Path) -> list[SeedEntry]:
    """Seed entries in replay order; files without a manifest entry follow in name order."""
    manifest_path = directory / "manifest.json"
    if not directory.is_dir():
        raise SeedError(f"{directory} is not a directory")
    files = sorted(p.name for p in directory.iterdir()
                   if p.is_file() and p.suffix.lower() in {".txt", ".html", ".htm"})
    if not manifest_path.exists():
        return [SeedEntry(f, None, None) for f in files]
    try:
        manifest = json.loads(manifest_path.read_text())
    except ValueError as exc:
        raise SeedError(f"{manifest_path}: not valid JSON ({exc})") from exc
    meta = {a["file"]: a for a in manifest.get("articles", [])}
    order = list(manifest.get("replay_order") or sorted(meta))
    missing = [f for f in order if not (directory / f).is_file()]
    if missing:
        raise SeedError(f"{manifest_path} names files that do not exist: {', '.join(missing)}")
    order += [f for f in files if f not in order]
    return [SeedEntry(f, meta.get(f, {}).get("outlet"), meta.get(f, {}).get("published")) for f in order]


def load_seeds(directory: str | Path) -> list[dict]:
    """The seed articles as raw-articles payloads, in manifest replay order."""
    directory = Path(directory)
    source_key = f"replay:{directory.resolve().name}"
    out = []
    for seq, entry in enumerate(load_manifest(directory)):
        text = decode_body((directory / entry.file).read_bytes())
        out.append(raw_article(identity=f"seed:{entry.file}", source=entry.file, text=text,
                               source_key=source_key, outlet=entry.outlet,
                               published=entry.published, seq=seq))
    return out
