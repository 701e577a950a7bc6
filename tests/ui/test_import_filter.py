"""The window offers every kind of workbook an officer may be sent, so the import can explain the ones it
cannot read (.xls, .ods) instead of hiding them in the file dialog."""

from __future__ import annotations

from gpa_desktop.ui import prompts


def test_import_and_the_reorganisation_offer_xls_ods_and_xlsm(window, monkeypatch):
    offered = []
    monkeypatch.setattr(prompts, "choose_open_files", lambda parent, title, filter_text: offered.append(filter_text) or [])
    monkeypatch.setattr(prompts, "choose_open_file", lambda parent, title, filter_text: offered.append(filter_text) or "")
    window.action_import.trigger()
    window.action_apply_changes.trigger()
    assert len(offered) == 2
    for filter_text in offered:
        first = filter_text.split(";;")[0]
        assert all(f"*.{suffix}" in first.split("(")[1] for suffix in ("xlsx", "xlsm", "xls", "ods")), filter_text
        assert "(*)" in filter_text  # and all files
