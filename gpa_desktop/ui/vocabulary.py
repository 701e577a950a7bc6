"""The words of the data as the window shows them, in the language in use: the status list (data in
the database, in Vietnamese) and the report's fields (the workbook's column names)."""

from __future__ import annotations

from ..i18n import current_language, translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


#: the built-in statuses (resources/plan/statuses.json) by code, in English
STATUS_NAMES = {
    "not_started": QT_TRANSLATE_NOOP("Status", "Not started"),
    "in_progress": QT_TRANSLATE_NOOP("Status", "In progress"),
    "done": QT_TRANSLATE_NOOP("Status", "Completed"),
    "behind": QT_TRANSLATE_NOOP("Status", "Behind schedule"),
}

#: a progress report's fields (ReportValues), named as the form and the workbook's columns name them
FIELD_NAMES = {
    "status": QT_TRANSLATE_NOOP("Field", "Status"),
    "percent": QT_TRANSLATE_NOOP("Field", "Progress (%)"),
    "results": QT_TRANSLATE_NOOP("Field", "Results achieved"),
    "difficulties": QT_TRANSLATE_NOOP("Field", "Difficulties"),
    "proposals": QT_TRANSLATE_NOOP("Field", "Proposals"),
    "budget": QT_TRANSLATE_NOOP("Field", "Budget (million VND)"),
    "evidence": QT_TRANSLATE_NOOP("Field", "Documents, evidence"),
}


def status_names(labels: dict[str, str]) -> dict[str, str]:
    """The status list to show: in Vietnamese the database's own labels (the province may rename or
    add statuses); in another language the built-in statuses in it, any added one as the database has it."""
    if current_language() == "vi":
        return dict(labels)
    return {code: translate("Status", STATUS_NAMES[code]) if code in STATUS_NAMES else label for code, label in labels.items()}


def field_name(field: str) -> str:
    """In Vietnamese the workbook's own column name ("Tiến độ (%)"), in another language its translation."""
    if current_language() == "vi":
        from ..operations.exchange import field_label  # openpyxl and the ORM: not before the first paint

        return field_label(field)
    return translate("Field", FIELD_NAMES[field]) if field in FIELD_NAMES else field
