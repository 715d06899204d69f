"""Translated words for values that come from core in English (field names, methods, formats).

Core speaks English in its data (field labels, how a column was found, file formats); the window
shows them in the user's language. The QT_TRANSLATE_NOOP markers let lupdate collect them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.errors import MissingFieldsError, ShopLensError
from core.importer import FilePreview
from core.schema import FIELD_LABELS

translate = QCoreApplication.translate

_FIELD_WORDS = {
    "order_id": QT_TRANSLATE_NOOP("Fields", "order number"),
    "order_date": QT_TRANSLATE_NOOP("Fields", "order date"),
    "customer_id": QT_TRANSLATE_NOOP("Fields", "customer"),
    "sku": QT_TRANSLATE_NOOP("Fields", "product code (SKU)"),
    "product_name": QT_TRANSLATE_NOOP("Fields", "product name"),
    "category": QT_TRANSLATE_NOOP("Fields", "category"),
    "quantity": QT_TRANSLATE_NOOP("Fields", "quantity"),
    "unit_price": QT_TRANSLATE_NOOP("Fields", "unit price"),
    "amount": QT_TRANSLATE_NOOP("Fields", "line amount"),
    "discount": QT_TRANSLATE_NOOP("Fields", "discount"),
    "refund_amount": QT_TRANSLATE_NOOP("Fields", "refund amount"),
    "currency": QT_TRANSLATE_NOOP("Fields", "currency"),
    "country": QT_TRANSLATE_NOOP("Fields", "country / region"),
    "channel": QT_TRANSLATE_NOOP("Fields", "sales channel"),
    "status": QT_TRANSLATE_NOOP("Fields", "order status"),
}

#: Phrases core writes into `missing` and `rows_excluded` (core.ingest.mapping / clean); listed
#: here only so that lupdate collects them for `plain_words`.
_CORE_PHRASES = (
    QT_TRANSLATE_NOOP("Fields", "line amount (or quantity and unit price to compute it)"),
    QT_TRANSLATE_NOOP("Fields", "line amount (or quantity to compute it)"),
    QT_TRANSLATE_NOOP("Fields", "line amount (or unit price to compute it)"),
    QT_TRANSLATE_NOOP("Fields", "empty row"),
    QT_TRANSLATE_NOOP("Fields", "no order date"),
    QT_TRANSLATE_NOOP("Fields", "order date not readable"),
    QT_TRANSLATE_NOOP("Fields", "amount not readable"),
    QT_TRANSLATE_NOOP("Fields", "quantity or unit price not readable"),
    QT_TRANSLATE_NOOP("Fields", "no amount (and no quantity × unit price)"),
    QT_TRANSLATE_NOOP("Fields", "cancelled order"),
    QT_TRANSLATE_NOOP("Fields", "unpaid order"),
    QT_TRANSLATE_NOOP("Fields", "order date after the day of the import"),
    QT_TRANSLATE_NOOP("Fields", "order date before 1990 (the rest of the file is recent)"),
    QT_TRANSLATE_NOOP(
        "Fields", "amount, quantity or price not a finite number or beyond any real sale"
    ),
    QT_TRANSLATE_NOOP("Fields", "negative unit price (accounting adjustment)"),
    QT_TRANSLATE_NOOP(
        "Fields", "zero-value line without a customer (stock adjustment or till correction)"
    ),
    QT_TRANSLATE_NOOP(
        "Fields", "zero-value line of a customer that is no sale (a free item given back)"
    ),
    QT_TRANSLATE_NOOP(
        "Fields", "Every line of this file was already in the shop: nothing new was added."
    ),
    QT_TRANSLATE_NOOP("Fields", "There are no orders to summarise yet: import an order export."),
    QT_TRANSLATE_NOOP("Fields", "The file has no customer column, so customers cannot be counted."),
    QT_TRANSLATE_NOOP("Fields", "The file has no quantity column, so units sold are not known."),
    QT_TRANSLATE_NOOP(
        "Fields",
        "Fees and adjustments (marketplace fees, bank charges, manual credits, discounts, "
        "postage given back) are shown apart from product returns.",
    ),
)

_METHOD_WORDS = {
    "preset": QT_TRANSLATE_NOOP("Methods", "known export layout"),
    "synonym": QT_TRANSLATE_NOOP("Methods", "column name"),
    "values": QT_TRANSLATE_NOOP("Methods", "guessed from the values"),
    "user": QT_TRANSLATE_NOOP("Methods", "your choice"),
    "saved": QT_TRANSLATE_NOOP("Methods", "your choice last time"),
}

_FORMAT_WORDS = {
    "csv": QT_TRANSLATE_NOOP("Formats", "CSV text"),
    "tsv": QT_TRANSLATE_NOOP("Formats", "tab-separated text"),
    "txt": QT_TRANSLATE_NOOP("Formats", "text"),
    "xlsx": QT_TRANSLATE_NOOP("Formats", "Excel workbook (.xlsx)"),
    "xlsm": QT_TRANSLATE_NOOP("Formats", "Excel workbook (.xlsm)"),
    "xls": QT_TRANSLATE_NOOP("Formats", "Excel 97-2003 workbook (.xls)"),
    "ods": QT_TRANSLATE_NOOP("Formats", "OpenDocument spreadsheet (.ods)"),
}

_DELIMITER_WORDS = {
    ",": QT_TRANSLATE_NOOP("Formats", "comma"),
    ";": QT_TRANSLATE_NOOP("Formats", "semicolon"),
    "\t": QT_TRANSLATE_NOOP("Formats", "tab"),
    "|": QT_TRANSLATE_NOOP("Formats", "vertical bar"),
    "whitespace": QT_TRANSLATE_NOOP("Formats", "spaces"),
}

# Names of the export layouts core knows (core.ingest.presets): a platform's own words are
# translated, the names of public data sets stay as they are.
_PRESET_WORDS = {
    "Shopify orders": QT_TRANSLATE_NOOP("Presets", "Shopify orders"),
    "WooCommerce orders": QT_TRANSLATE_NOOP("Presets", "WooCommerce orders"),
    "Amazon order report": QT_TRANSLATE_NOOP("Presets", "Amazon order report"),
    "Taobao/Tmall orders": QT_TRANSLATE_NOOP("Presets", "Taobao/Tmall orders"),
    "Tmall order report": QT_TRANSLATE_NOOP("Presets", "Tmall order report"),
    "JD orders": QT_TRANSLATE_NOOP("Presets", "JD orders"),
}

_ENCODING_WORDS = {
    "utf_8": "UTF-8",
    "utf-8": "UTF-8",
    "utf_8_sig": QT_TRANSLATE_NOOP("Formats", "UTF-8 with BOM"),
    "utf-8-sig": QT_TRANSLATE_NOOP("Formats", "UTF-8 with BOM"),
    "gb18030": QT_TRANSLATE_NOOP("Formats", "GB18030 (Simplified Chinese)"),
    "gbk": QT_TRANSLATE_NOOP("Formats", "GBK (Simplified Chinese)"),
    "gb2312": QT_TRANSLATE_NOOP("Formats", "GBK (Simplified Chinese)"),
    "big5": QT_TRANSLATE_NOOP("Formats", "Big5 (Traditional Chinese)"),
    "cp1252": QT_TRANSLATE_NOOP("Formats", "Windows Western (cp1252)"),
    "latin_1": QT_TRANSLATE_NOOP("Formats", "Latin-1"),
    "utf_16": "UTF-16",
    "utf_16_le": "UTF-16",
    "utf_16_be": "UTF-16",
}


def _tr(context: str, text: object) -> str:
    return QCoreApplication.translate(context, str(text))


def field_label(field: str) -> str:
    """ "order_date" -> "order date" in the user's language."""
    word = _FIELD_WORDS.get(field)
    return _tr("Fields", word) if word else FIELD_LABELS.get(field, field)


def plain_words(text: str) -> str:
    """A phrase core wrote in English (a missing field, a note): translated when known."""
    from gui.messages import tr_core  # gui.messages reads core's registry; kept out of startup

    return tr_core(text)


def preset_label(preset: str) -> str:
    """The name of a known export layout in the user's language."""
    word = _PRESET_WORDS.get(preset)
    return _tr("Presets", word) if word else preset


def method_label(method: str) -> str:
    word = _METHOD_WORDS.get(method)
    return _tr("Methods", word) if word else method


def format_label(fmt: str | None, compressed: bool = False) -> str:
    if not fmt:
        return ""
    word = _FORMAT_WORDS.get(fmt)
    text = _tr("Formats", word) if word else fmt.upper()
    if compressed:
        text += QCoreApplication.translate("Formats", ", gzip-compressed")
    return text


def delimiter_label(delimiter: str | None) -> str:
    if delimiter is None:
        return ""
    word = _DELIMITER_WORDS.get(delimiter)
    return _tr("Formats", word) if word else repr(delimiter)


def encoding_label(encoding: str | None) -> str:
    if not encoding:
        return ""
    word = _ENCODING_WORDS.get(encoding.lower())
    return _tr("Formats", word) if word else encoding


def describe_preview(preview: FilePreview) -> str:
    """One line on how the file was read, then the reader's notes (Import tab)."""
    raw = preview.raw
    parts = [format_label(raw.format, raw.compressed)]
    if raw.encoding:
        parts.append(
            translate("ImportTab", "encoding {encoding}").format(
                encoding=encoding_label(raw.encoding)
            )
        )
    if raw.delimiter:
        parts.append(
            translate("ImportTab", "separated by {delimiter}").format(
                delimiter=delimiter_label(raw.delimiter)
            )
        )
    if raw.header_row is None:
        parts.append(translate("ImportTab", "no header row"))
    elif raw.header_row != 1:
        parts.append(translate("ImportTab", "header on row {row}").format(row=raw.header_row))
    if preview.mapping.preset:
        parts.append(
            translate("ImportTab", "recognised as {layout}").format(
                layout=preset_label(preview.mapping.preset)
            )
        )
    if preview.saved_layout:
        parts.append(
            translate("ImportTab", "using the columns you confirmed for this layout before")
        )
    text = " · ".join(p for p in parts if p)
    notes = [plain_words(n) for n in raw.notes]
    return text + ("\n" + "\n".join(notes) if notes else "")


#: How many of a file's columns an error message names before "and N more".
SHOWN_COLUMNS = 40


def error_text(exc: ShopLensError) -> str:
    """The message for an error core raised, in the user's language where the window has its
    own words (core's text also speaks to the command line, which the window has no use for)."""
    if isinstance(exc, MissingFieldsError):
        fields = translate("Errors", ", ").join(plain_words(m) for m in exc.missing)
        columns = translate("Errors", ", ").join(f"“{c}”" for c in exc.columns_seen[:SHOWN_COLUMNS])
        if len(exc.columns_seen) > SHOWN_COLUMNS:
            columns += translate("Errors", " and {count} more").format(
                count=len(exc.columns_seen) - SHOWN_COLUMNS
            )
        text = translate(
            "Errors",
            "This file cannot be imported yet: no column was found for {fields}. "
            "Pick the column for each in the table on the left (What each column means), "
            "then import again.",
        ).format(fields=fields)
        if columns:
            text += " " + translate("Errors", "The columns in this file: {columns}.").format(
                columns=columns
            )
        return text
    return str(exc)
