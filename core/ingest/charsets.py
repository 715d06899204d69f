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


#: Frequent Hangul syllables (everyday words and the words of order exports): Korean text hits
#: them often, GBK bytes decoded as Korean almost never.
_KOREAN_COMMON = frozenset(
    "이다에의는로하을가고지서한은기으년대사시를리도인스일나내그수있어것들주문상품금액량날짜"
    "객배송결제격번호명전화소판매구합계할취반환불개원정보자우편총단위재코드카현좌입출월분초"
    "성공실패완료처중새신규회등급적립포트쿠세영증발행목록보정삭저장확검색조관설선택력내용비"
    "타국도역우라한서울부산무료유택빠른통방법간요오늘내어제아게해면만되과와게요니다까지데"
)


def _pairs(sample: bytes) -> list[tuple[int, int]]:
    """Double-byte pairs as the CJK code pages read them: a byte >= 0x81 takes the next one."""
    pairs = []
    i, end = 0, len(sample) - 1
    while i < end:
        if sample[i] >= 0x81:
            pairs.append((sample[i], sample[i + 1]))
            i += 2
        else:
            i += 1
    return pairs


def _share(text: str, low: int, high: int) -> float:
    wide = [c for c in text if ord(c) > 0x7F]
    return sum(low <= ord(c) <= high for c in wide) / max(1, len(wide))


def _guess_cjk(sample: bytes, more_follows: bool) -> str | None:
    """The East Asian code page of bytes that read as double-byte text, or None.

    charset-normalizer's statistics need more text than a short export gives: a few Big5
    product names came out as Thai, GBK as Korean (johab). Byte structure tells them apart
    without a dictionary: in CJK text most trail bytes are high (in Latin text an accented
    letter is followed by ASCII); Japanese has kana; Big5 puts many trail bytes in 0x40-0xA0,
    where GB2312 has none; Hangul in EUC-KR/cp949 uses lead bytes up to 0xC8 only, while
    common Chinese characters in GBK go on to 0xD7 and beyond.
    """
    pairs = _pairs(sample)
    if len(pairs) < 2 or sum(t >= 0x80 for _, t in pairs) / len(pairs) < 0.5:
        return None
    ok = {c for c in ("gb18030", "cp950", "cp932", "cp949") if _decodes(sample, c, more_follows)}
    if "cp932" in ok:
        kana = _share(sample.decode("cp932", errors="replace"), 0x3040, 0x30FF)
        if kana > 0.15:
            return "cp932"
    han = [(lead, t) for lead, t in pairs if lead >= 0xA1]
    low_trail = sum(0x40 <= t <= 0xA0 for _, t in han) / max(1, len(han))
    if "cp950" in ok and low_trail > 0.1:
        return "big5"
    if "cp949" in ok:
        text = sample.decode("cp949", errors="replace")
        syllables = [c for c in text if 0xAC00 <= ord(c) <= 0xD7A3]
        high_lead = sum(lead > 0xC8 for lead, _ in han) / max(1, len(han))
        common = sum(c in _KOREAN_COMMON for c in syllables) / max(1, len(syllables))
        # GBK Chinese read as Korean gives Hangul too, but rare syllables (땐, 쏜, 띨)
        if _share(text, 0xAC00, 0xD7A3) > 0.6 and high_lead < 0.05 and common > 0.3:
            return "cp949"
    if "gb18030" in ok:
        return "gb18030"
    return None


def _guess_legacy(sample: bytes, more_follows: bool) -> str | None:
    """The code page of a file that is not UTF-8, or None when the bytes are not text."""
    cjk = _guess_cjk(sample, more_follows)
    if cjk is not None:
        return cjk
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
