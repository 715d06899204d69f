"""Guessing the encoding a text export was written in.

Shops export with whatever their system was set to: GBK from Taobao, UTF-16 from Excel's
"Unicode text", cp1252 from an old till, UTF-8 (with or without a byte-order mark) from the web
platforms. The guess is made on the first few hundred kilobytes only and kept to the code pages
shops actually use, so a short ASCII-looking sample is never reported as something exotic.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

_GB = {"gb2312", "gbk", "gb18030", "hz"}
_CJK = _GB | {
    "big5", "big5hkscs", "cp950", "cp932", "shift_jis", "shift_jis_2004", "shift_jisx0213",
    "euc_jp", "euc_jis_2004", "euc_jisx0213", "iso2022_jp", "cp949", "euc_kr", "johab",
}  # fmt: skip
#: Single-byte code pages of non-Latin scripts: charset-normalizer's word is trusted for these.
#: For any Latin code page it names (cp1250, mac_roman, ...), Western cp1252 is what shops use.
_NON_LATIN = {"cp1251", "koi8_r", "koi8_u", "cp1253", "cp1255", "cp1256", "cp874", "tis_620"}
#: Guesses that are never right for a file without a byte-order mark.
_IGNORED = {"utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be", "utf_7"}


@dataclass(frozen=True)
class Encoding:
    """An encoding as reported to the user (`name`) and the codec that decodes the bytes."""

    name: str
    codec: str


def _decodes(data: bytes, codec: str, more_follows: bool) -> bool:
    """True if `data` is valid in `codec`; a character cut at the sample's end is allowed."""
    try:
        codecs.getincrementaldecoder(codec)().decode(data, final=not more_follows)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _utf16_without_bom(sample: bytes) -> str | None:
    """'utf_16_le' / 'utf_16_be' when every other byte is NUL (ASCII-heavy UTF-16 text)."""
    head = sample[:4096]
    if len(head) < 8:
        return None
    even_nul = head[0::2].count(0) / len(head[0::2])
    odd_nul = head[1::2].count(0) / len(head[1::2])
    if odd_nul > 0.6 and even_nul < 0.05:
        return "utf_16_le"
    if even_nul > 0.6 and odd_nul < 0.05:
        return "utf_16_be"
    return None


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _looks_binary(text: str) -> bool:
    """Control characters other than tabs and line ends mean the bytes are not a text table."""
    bad = len(_CONTROL.findall(text))
    return bad > max(2, len(text) // 200)


def _guess_legacy(sample: bytes, more_follows: bool) -> str | None:
    """The code page of a file that is not UTF-8, or None when the bytes are not text."""
    matches = [m for m in from_bytes(sample) if m.encoding not in _IGNORED]
    if matches:
        best = matches[0]
        if best.encoding in _CJK:
            ties = [m.encoding for m in matches if m.chaos <= best.chaos + 0.02]
            # Short samples of GBK Chinese often tie with Korean code pages: prefer GBK.
            chosen = next((e for e in ties if e in _GB), best.encoding)
            return "gb18030" if chosen in _GB else chosen
        if best.encoding in _NON_LATIN:
            return best.encoding
    elif b"\x00" in sample:
        return None
    for codec in ("cp1252", "latin_1"):
        if _decodes(sample, codec, more_follows):
            return codec
    return None  # pragma: no cover - latin_1 decodes every byte


def detect_encoding(sample: bytes, more_follows: bool = False) -> Encoding | None:
    """Guess the encoding of the first bytes of a text file; None when it is not text.

    A byte-order mark decides first; then UTF-8 if the bytes are valid UTF-8 (charset-normalizer
    names odd code pages for short ASCII-like samples, while most exports today are UTF-8);
    then charset-normalizer, kept to the code pages shops actually use.
    """
    if sample.startswith(codecs.BOM_UTF8):
        return Encoding("utf_8_sig", "utf_8_sig")
    if sample.startswith(codecs.BOM_UTF16_LE):
        return Encoding("utf_16_le", "utf_16")
    if sample.startswith(codecs.BOM_UTF16_BE):
        return Encoding("utf_16_be", "utf_16")
    utf16 = _utf16_without_bom(sample)
    if utf16 is not None:
        return Encoding(utf16, utf16)
    if b"\x00" in sample:
        return None
    if _decodes(sample, "utf_8", more_follows):
        name = "utf_8"
    else:
        found = _guess_legacy(sample, more_follows)
        if found is None:
            return None
        name = found
    text = sample.decode(name, errors="replace")
    if _looks_binary(text):
        return None
    return Encoding(name, name)
