"""Text from files, made safe wherever it lands: a terminal, Markdown, CSV, HTML, a workbook.

Answer files, PDFs and workbooks carry text people typed; some of it could be markup, a
formula, or a terminal escape sequence. Every renderer passes such text through one of these.
"""

from __future__ import annotations

import re
import unicodedata

_CONTROL = (
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069"
    "\ufeff\ufff9-\ufffb\ud800-\udfff\ufffe\uffff]"
)
"""Characters that change how a terminal or an editor shows the text around them: C0/C1
controls (escape sequences included) but tab and newline, zero-width characters, and the
bidirectional overrides and isolates (Trojan Source). The patterns here are compiled on
first use (re's own cache): a run whose text is plain ASCII never needs them."""


def visible(text: str) -> str:
    """Text for a terminal or a message: every control, escape or bidi character shown as a
    visible escape (`\\x1b`, `\\u202e`), so it cannot move the cursor or reorder the line."""
    if text.isascii() and text.isprintable():  # none of them: the common case
        return text
    return re.sub(_CONTROL, _escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def json_safe(document: str, ascii_only: bool = False) -> str:
    """A JSON document whose control, escape and bidi characters (every non-ASCII character
    with `ascii_only`) are written as `\\u` escapes: the same strings to a JSON reader, and
    nothing that moves a terminal's cursor or reorders its line when the JSON is shown."""
    if document.isascii() and "\x7f" not in document:  # json.dumps escaped the C0 controls
        return document
    return re.sub(_NON_ASCII if ascii_only else _CONTROL, _json_escape, document)


_NON_ASCII = "[^\x00-\x7f]|" + _CONTROL


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code > 0xFFFF:  # outside the BMP: a surrogate pair, as JSON writes it
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def one_line(text: str) -> str:
    """Text on one line: line breaks and runs of spaces as single spaces, then `visible`."""
    return visible(" ".join(text.split()))


def markdown(text: str) -> str:
    """Text safe in a Markdown line or table cell (GitHub): on one line, markup characters
    backslash-escaped, `&` and `<` as entities, so it shows as written and never becomes a
    link, an image, a tag, an entity or a column break (a `>` opens nothing without a `<`, and
    sentences such as "indeks >= 3.50 -> 3.51" stay readable)."""
    text = one_line(text)
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    return re.sub(_MARKUP, r"\\\1", text)


_MARKUP = r"([\\`*_\[\]|~])"


def html_text(text: str) -> str:
    """Text for HTML: characters that are markup as entities, quotes included, controls shown
    as visible escapes."""
    import html  # (and html.entities) loaded only for HTML output

    return html.escape(visible(text), quote=True)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    """A CSV cell: numbers stay numbers; text that a spreadsheet would run as a formula
    (starting with = + - @, tab or carriage return) gets a leading apostrophe, as OWASP
    advises, and controls are shown as escapes."""
    if not isinstance(value, str):
        return value
    text = visible(value)
    return f"'{text}" if text.startswith(_FORMULA_START) else text


def needs_quote_prefix(text: str) -> bool:
    """Whether a spreadsheet would read this text cell as a formula (xlsx: quotePrefix)."""
    return text.startswith(_FORMULA_START)


def xlsx_text(text: str) -> str:
    """Text a workbook can hold: XML 1.0 forbids most control characters, so they are shown
    as visible escapes."""
    return visible(text)


def for_encoding(text: str, encoding: str) -> str:
    """Text an output in `encoding` can hold (a Windows console or redirection in cp1252 or
    cp437, PYTHONIOENCODING): every character the encoding has stays as it is ("Ñ" in cp1252),
    each other one as ascii_fallback gives it ("≤" as "<=")."""
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        pass
    except LookupError:
        return ascii_fallback(text)
    else:
        return text
    out = []
    for char in text:
        try:
            char.encode(encoding)
        except UnicodeEncodeError:
            out.append(ascii_fallback(char))
        else:
            out.append(char)
    return "".join(out)


def ascii_fallback(text: str) -> str:
    """Text for an output that can only encode ASCII (PYTHONIOENCODING=ascii, some Windows
    redirections): arrows and dashes as ASCII, accents dropped, anything else as "?"."""
    out = []
    for char in unicodedata.normalize("NFKD", text.translate(_ASCII)):
        if char.isascii():
            out.append(char)
        elif not unicodedata.combining(char):
            out.append("?")
    return "".join(out)


_ASCII = str.maketrans(
    {
        "→": "->",
        "←": "<-",
        "—": "-",
        "–": "-",
        "…": "...",
        "≥": ">=",
        "≤": "<=",
        "≈": "~",
        "×": "x",
        "·": "*",
        "▲": "^",
        "▼": "v",
        "Σ": "sum",
        "│": "|",
        "─": "-",
        "━": "=",
        "╭": "+",
        "╮": "+",
        "╰": "+",
        "╯": "+",
        "«": '"',
        "»": '"',
        "“": '"',
        "”": '"',
        "‘": "'",
        "’": "'",
        "\u00a0": " ",
    }
)
