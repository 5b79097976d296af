"""Turning raw bytes into text: BOMs first, a declared charset next, then UTF-8, then detection.

The order is the WHATWG encoding sniffing order browsers follow: a byte-order mark, then the
charset the server or the document declares, then a guess.
"""

from __future__ import annotations

import codecs

import charset_normalizer

from newsbrief.errors import InputError
from newsbrief.parsers.base import RawInput

#: Byte-order marks and the codec that decodes them (UTF-32 first: its LE BOM starts like UTF-16's).
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: When detection ties, the encodings news text most often comes in win, in this order.
_PREFERRED: tuple[str, ...] = (
    "cp1252",
    "latin_1",
    "iso8859_15",
    "cp1251",
    "koi8_r",
    "koi8_u",
    "cp1250",
    "iso8859_2",
)

#: C0 controls that plain text does not contain (tab, newlines, form feed and ESC excepted).
_CONTROLS = frozenset(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B}

#: How many bytes the binary check looks at (enough to see a file header and some content).
_SAMPLE = 8192


def decode(raw: RawInput, declared: str | None = None) -> tuple[str, str]:
    """Decode ``raw.data`` into ``(text, encoding name)``.

    A byte-order mark decides the codec (``utf-8-sig``, ``utf-16``, ``utf-32``); otherwise the
    ``declared`` charset label (``windows-1251``, read by :func:`charset_codec`) is used when it
    decodes the bytes cleanly; otherwise strict UTF-8 is tried, then charset-normalizer guesses
    (``cp1251``, ``cp1252``...). The text is returned whole and unmodified, apart from a BOM the
    codec consumes.

    Undecodable bytes are replaced with U+FFFD only when the encoding is known to be right: a BOM
    names it, or the text is UTF-8 with far more valid multi-byte characters than bad bytes. The
    encoding name then says so: ``"utf-8 (2 undecodable bytes replaced)"``.

    Raises :class:`InputError` with ``"empty input"`` for empty or whitespace-only input and
    ``"binary data, not text"`` for bytes that are not text in any encoding.
    """
    data = raw.data
    if not data.strip():
        raise InputError(raw.name, "empty input")
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as error:
                text = data.decode(codec, errors="replace")
                bad = text.count("\ufffd")
                if bad > max(1, len(text) // 100):
                    raise InputError(raw.name, f"invalid {codec} text: {error.reason}") from None
                return _checked(raw, text), _replaced(codec, bad)
            return _checked(raw, text), codec
    if _looks_binary(data):
        raise InputError(raw.name, "binary data, not text")
    declared_codec = charset_codec(declared) if declared else None
    if declared_codec is not None:
        try:
            return _checked(raw, data.decode(declared_codec)), declared_codec
        except UnicodeDecodeError:
            pass  # a wrong declaration: fall back to what the bytes say
    try:
        return _checked(raw, data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    damaged = _damaged_utf8(data)
    if damaged is not None:
        return _checked(raw, damaged[0]), _replaced("utf-8", damaged[1])
    detected, encoding = _detect(data)
    if detected is None:
        raise InputError(raw.name, "binary data, not text")
    return _checked(raw, detected), encoding


def charset_codec(label: str) -> str | None:
    """The Python codec for a charset label as the web reads it, or ``None`` for an unknown one.

    Labels mean what the WHATWG Encoding Standard says (via ``webencodings``), as in browsers:
    ``iso-8859-1``, ``latin1`` and ``ascii`` are ``cp1252``, ``gb2312`` is ``gbk``. A label of
    UTF-16 or UTF-32 is read as UTF-8: a document that can state its charset in ASCII bytes is
    not in UTF-16 (a UTF-16 text carries a byte-order mark, which decides before any label).
    """
    import webencodings

    encoding = webencodings.lookup(label.strip())
    if encoding is None or encoding.name == "x-user-defined":
        return None
    if encoding.name.startswith(("utf-16", "utf-32")):
        return "utf-8"
    return encoding.codec_info.name


def looks_like_text(data: bytes) -> bool:
    """Whether ``data`` may be text, judged without decoding it (for sniffers).

    False for empty or whitespace-only data and for what :func:`decode` calls binary by its
    bytes (NUL bytes, many C0 controls in the head); data with a byte-order mark is text. Only
    the head is examined for controls and the NUL search is a byte scan, so the cost is small
    even for a large input; :func:`decode` still has the last word when the input is parsed.
    """
    if not data or data.isspace():
        return False
    if data.startswith(tuple(bom for bom, _ in BOMS)):
        return True
    return not _looks_binary(data)


def _damaged_utf8(data: bytes) -> tuple[str, int] | None:
    # UTF-8 with a stray byte (a truncated or pasted-together file) is still UTF-8: guessing a
    # legacy codec would garble every accented letter to save one.
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    multibyte = sum(1 for char in text if char > "\x7f") - bad
    if multibyte >= 2 * bad and bad <= max(1, len(data) // 1000):
        return text, bad
    return None


def _replaced(codec: str, count: int) -> str:
    return f"{codec} ({count} undecodable byte{'s' if count != 1 else ''} replaced)"


def _looks_binary(data: bytes) -> bool:
    # NUL never occurs in text in a single-byte or UTF-8 encoding; other C0 controls only rarely.
    sample = data[:_SAMPLE]
    if b"\x00" in data:
        return True
    controls = sum(byte in _CONTROLS for byte in sample)
    return controls > max(2, len(sample) // 100)


def _detect(data: bytes) -> tuple[str | None, str]:
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        return None, ""
    # Several codecs often decode Latin text equally well; break ties by how common they are.
    best = min((match.chaos, -match.coherence) for match in matches)
    tied = [match for match in matches if (match.chaos, -match.coherence) == best]
    tied.sort(key=lambda match: _rank(match.encoding))
    chosen = tied[0]
    return str(chosen), chosen.encoding


def _rank(encoding: str) -> int:
    return _PREFERRED.index(encoding) if encoding in _PREFERRED else len(_PREFERRED)


def _checked(raw: RawInput, text: str) -> str:
    if not text.strip():
        raise InputError(raw.name, "empty input")
    if "\x00" in text:
        raise InputError(raw.name, "binary data, not text")
    return text
