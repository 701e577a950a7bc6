import pytest

from gpa_desktop.domain.merge import Decision, decide


@pytest.mark.parametrize(
    ("base", "ours", "theirs", "decision"),
    [
        (10, 10, 10, Decision.UNCHANGED),
        (10, 10, 40, Decision.APPLY),  # only the workbook changed
        (10, 30, 10, Decision.KEEP),  # only the database changed since export
        (10, 30, 40, Decision.CONFLICT),  # both, differently
        (10, 40, 40, Decision.UNCHANGED),  # both, the same way
        ("a", "a", "", Decision.APPLY),  # the officer cleared the cell
        (None, None, "", Decision.UNCHANGED),
        (12.5, 12.5, 12.50000000001, Decision.UNCHANGED),
    ],
)
def test_three_way(base, ours, theirs, decision):
    assert decide(base, ours, theirs) is decision


def test_without_a_base_only_empty_fields_are_filled():
    assert decide(None, None, 40, has_base=False) is Decision.APPLY
    assert decide(None, 30, 40, has_base=False) is Decision.CONFLICT
