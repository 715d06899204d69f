"""The question asked when a file's currency is not the shop's (issue 13 §3).

Why a question and not a warning: adding up CNY and USD as one figure makes every sales number
of the shop wrong, silently. The merchant decides: put the file into a shop of its own (the
usual answer: another platform, another market), import it anyway (they know the amounts are
comparable), or stop.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from core.errors import CurrencyMismatchError
from core.importer import ImportParams, ImportReport, import_file
from core.progress import Progress
from gui.files import SHOP_SUFFIX

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class CurrencyQuestion:
    """The import stopped before writing anything: the file's currency is not the shop's."""

    file_name: str
    file_currency: str
    shop_currency: str


class CurrencyChoice(Enum):
    NEW_SHOP = "new shop"
    ANYWAY = "anyway"
    CANCEL = "cancel"


def run_import(
    target: Path, path: Path, params: ImportParams, progress: Progress
) -> ImportReport | CurrencyQuestion:
    """The import job (worker thread); a currency mismatch comes back as a question to ask,
    not as a failure, so the tab can offer the three ways on."""
    try:
        return import_file(target, path, params, progress=progress)
    except CurrencyMismatchError as exc:
        logger.info("import of %s stopped: %s", path.name, exc)
        return CurrencyQuestion(exc.file_name, exc.file_currency, exc.shop_currency)


def new_shop_path(shop: Path, currency: str) -> Path:
    """Where "Import into a new shop" puts the file: beside the shop, named by the currency
    ("My shop (CNY).sqlite"), so the merchant recognises it in Recent shops."""
    return shop.with_name(f"{shop.stem} ({currency}){SHOP_SUFFIX}")


def question_text(question: CurrencyQuestion) -> str:
    return QCoreApplication.translate(
        "CurrencyQuestion",
        "The amounts in {file} are in {file_currency}, but this shop's are in {shop_currency}. "
        "Adding them up together would mix two currencies in every figure.\n\n"
        "Import the file into a new shop of its own, import it into this shop anyway, or "
        "cancel?",
    ).format(
        file=question.file_name,
        file_currency=question.file_currency,
        shop_currency=question.shop_currency,
    )


def refusal_text(question: CurrencyQuestion) -> str:
    """Why a file of a batch was skipped (a batch does not stop to ask)."""
    return QCoreApplication.translate(
        "CurrencyQuestion",
        "its amounts are in {file_currency}, not in the shop's {shop_currency}. Import it on "
        "its own to choose a new shop for it or to import it anyway.",
    ).format(file_currency=question.file_currency, shop_currency=question.shop_currency)


def ask_currency(parent: QWidget, question: CurrencyQuestion) -> QMessageBox:
    """A window-modal box with the three answers, opened without blocking; each answer
    button carries its CurrencyChoice in the "choice" property."""
    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setObjectName("currencyQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("CurrencyQuestion", "Another currency"))
    box.setText(question_text(question))
    new_shop = box.addButton(
        translate("CurrencyQuestion", "Import into a new shop"), QMessageBox.ButtonRole.AcceptRole
    )
    anyway = box.addButton(
        translate("CurrencyQuestion", "Import anyway"), QMessageBox.ButtonRole.DestructiveRole
    )
    cancel = box.addButton(
        translate("CurrencyQuestion", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    new_shop.setProperty("choice", CurrencyChoice.NEW_SHOP.value)
    anyway.setProperty("choice", CurrencyChoice.ANYWAY.value)
    cancel.setProperty("choice", CurrencyChoice.CANCEL.value)
    box.setDefaultButton(new_shop)
    box.setEscapeButton(cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    return box
