"""The identity's digest is what sealed workbooks were signed over: pinned, so that a faster way of
computing or decoding it cannot change it."""

from __future__ import annotations

import pytest

from gpa_desktop.domain.reports import ReportValues
from gpa_desktop.exchange.identity import IdentityProblem, RowBase, WorkbookIdentity, decode_rows, encode_rows

IDENTITY = WorkbookIdentity(
    "STNMT", "2024", "gia-lai-2023.1", 1, "2024-03-01T08:00:00", "abc123",
    (
        RowBase("1.1", 3, ReportValues("done", 100, 'Đã kiểm kê "khí" nhà kính', "", "Đề nghị, bổ sung: a", 1234.5, "Số 12/BC")),
        RowBase("1.2", 0, None),
        RowBase("13.1", 1, ReportValues(percent=0, budget=0.0)),
    ),
)
PINNED = "daa25c63b142c6fc8cc0f797ec5b49011bc9185db1395d5683a8394cd9f87d41"  # computed before any speed-up


def test_the_digest_is_pinned():
    assert IDENTITY.digest() == PINNED


def test_the_digest_of_values_holding_objects_of_their_own_is_pinned():
    """Only a forged file holds such values; their keys are sorted all the same."""
    odd = WorkbookIdentity(
        "STNMT", "2024", "gia-lai-2023.1", 1, "2024-03-01T08:00:00", "abc123",
        (RowBase("1.1", 3, ReportValues("done", True, {"z": 1, "a": [2, {"y": None, "b": 1.5}]}, "", "x", 1e100, "Số")),),
        sent_by="me",
    )
    assert odd.digest() == "53b46df2be5101dd704f6bd7f0be58a3f9110110f8226f78e6b61f4f0d752957"


def test_the_rows_decode_to_the_same_identity_and_digest():
    decoded = decode_rows(encode_rows(IDENTITY))
    assert decoded == IDENTITY
    assert decoded.digest() == PINNED
    assert [type(r.values) for r in decoded.rows] == [ReportValues, type(None), ReportValues]


@pytest.mark.parametrize(
    "values",
    ['{"status": "done"} x', '{"status": "done"}{}', "[1]", '{"colour": "red"}', '{"status": "done"', "\ufeff{}", "null", '"text"'],
)
def test_a_row_whose_values_do_not_decode_is_altered(values):
    cells = encode_rows(IDENTITY)
    row = next(i for i, c in enumerate(cells) if c[0] == "1.1")
    cells[row] = [cells[row][0], cells[row][1], values]
    with pytest.raises(IdentityProblem, match="altered"):
        decode_rows(cells)
