"""Canonical article URLs, so one article gets one id however it was linked.

Feeds and share buttons decorate links with tracking parameters, default ports,
fragments and case variations; left alone, each variant would become a
separate article downstream. ``canonical_url`` removes only what cannot change
which page a server returns (it never strips ``index.html``, trailing slashes
or unknown parameters: those can name different resources).
``article_identity`` goes one step further for ids only: http/https and a
leading ``www.`` are the same article.
"""
from __future__ import annotations

import re
from urllib.parse import quote, unquote, urlsplit, urlunsplit

import idna

# Parameters that only say who sent the reader (analytics, ads, newsletters).
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid",
    "ttclid", "li_fat_id", "igshid", "mc_cid", "mc_eid", "mkt_tok", "_ga", "_gl", "spm",
    "ref", "ref_src", "ref_url", "cmpid", "cmp", "ocid", "icid", "smid", "s_cid", "xtor",
    "wt.mc_id", "_hsenc", "_hsmi", "__hstc", "__hssc", "__hsfp", "hsctatracking",
    "oly_anon_id", "oly_enc_id", "vero_id", "rss_source", "sr_share", "fsrc",
})
# Whole families: Google (utm_), BBC/comScore (ns_), AT Internet (at_).
TRACKING_PREFIXES = ("utm_", "ns_", "at_")

DEFAULT_PORTS = {"http": 80, "https": 443}
MAX_URL_CHARS = 8192   # longer "URLs" in feeds are garbage; kept verbatim, never parsed

_UNRESERVED = "-._~"
_PATH_SAFE = "/:@!$&'()*+,;=" + _UNRESERVED   # RFC 3986 pchar + "/", left as is
_QUERY_SAFE = "/:@!$'()*,;?" + _UNRESERVED     # sub-delims minus & = + (they delimit pairs)
_C0_AND_SPACE = "".join(map(chr, range(0x21)))  # what browsers strip (not Unicode spaces: \x85 is data)
_TOKEN = re.compile(r"%[0-9A-Fa-f]{2}|.", re.DOTALL)


def is_tracking_param(name: str) -> bool:
    key = name.strip().lower()
    return key in TRACKING_PARAMS or key.startswith(TRACKING_PREFIXES)


def _host(hostname: str) -> str:
    host = hostname.rstrip(".").lower()
    if host.isascii():
        return host
    try:  # UTS 46 maps what browsers map (full-width dots, case) before encoding
        return idna.encode(host, uts46=True).decode("ascii")
    except idna.IDNAError:
        return host


def _normalise_escapes(part: str, safe: str) -> str:
    # One spelling per character: %7e, %7E and ~ become ~ (unreserved), other
    # escapes are upper-cased but kept (%2F is not a path separator), and raw
    # characters a URL cannot hold (space, non-ASCII, stray %) are escaped.
    out = []
    for token in _TOKEN.findall(part):
        if len(token) == 3 and token[0] == "%":
            char = chr(int(token[1:], 16))
            out.append(char if char.isascii() and (char.isalnum() or char in _UNRESERVED)
                       else token.upper())
        elif token.isascii() and (token.isalnum() or token in safe):
            out.append(token)
        else:
            out.append(quote(token, safe=""))
    return "".join(out)


def _remove_dot_segments(path: str) -> str:
    # RFC 3986 5.2.4: "/a/./b/../c" -> "/a/c"; empty segments ("//") are kept.
    segments = path.split("/")[1:] if path.startswith("/") else path.split("/")
    out: list[str] = []
    for segment in segments:
        if segment == "..":
            if out:
                out.pop()
        elif segment != ".":
            out.append(segment)
    if segments and segments[-1] in (".", ".."):
        out.append("")
    return "/" + "/".join(out)


def _query(query: str) -> str:
    pairs = []
    for field in query.split("&"):
        if not field:
            continue
        name, eq, value = field.partition("=")
        if is_tracking_param(unquote(name.replace("+", " "))):
            continue
        # '+' means space in a query; spell both as %20 so they compare equal.
        name = _normalise_escapes(name.replace("+", "%20"), _QUERY_SAFE)
        value = _normalise_escapes(value.replace("+", "%20"), _QUERY_SAFE)
        pairs.append((name, eq, value))
    return "&".join(n + eq + v for n, eq, v in sorted(pairs))


def canonical_url(url: str) -> str:
    """The canonical spelling of an http(s) URL; other input comes back stripped.

    Lowercases scheme and host, IDNA-encodes the host, drops userinfo, default
    ports, fragments and tracking parameters, sorts the remaining parameters
    and normalises percent-escapes and dot segments. Idempotent; never raises."""
    text = (url or "").strip(_C0_AND_SPACE)
    if len(text) > MAX_URL_CHARS:
        return text
    try:
        parts = urlsplit(text)
        scheme = parts.scheme.lower()
        if scheme not in DEFAULT_PORTS or not parts.hostname:
            return text
        host = _host(parts.hostname)
        if ":" in host:  # an IPv6 literal: urlsplit strips the brackets
            host = f"[{host}]"
        try:
            port = parts.port
        except ValueError:  # port out of range or not a number: not a URL we can fix
            return text
        netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
        path = _remove_dot_segments(_normalise_escapes(parts.path or "/", _PATH_SAFE))
        return urlunsplit((scheme, netloc, path, _query(parts.query), ""))
    except (ValueError, UnicodeError):
        return text


def article_identity(url: str) -> str:
    """What ``monitor.articles.article_id`` hashes for an article found at `url`.

    The canonical URL without its scheme and without a leading ``www.``: an
    outlet serving one story on http and https, or with and without www, is
    one article."""
    canonical = canonical_url(url)
    parts = urlsplit(canonical)
    if parts.scheme not in DEFAULT_PORTS or not parts.netloc:
        return "url:" + canonical
    netloc = parts.netloc[4:] if parts.netloc.startswith("www.") else parts.netloc
    return "url:" + urlunsplit(("", netloc, parts.path, parts.query, ""))[2:]
