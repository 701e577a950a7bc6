"""The reporting workbook's layout, shared by the writer and the reader so they cannot drift apart."""

from __future__ import annotations

from dataclasses import dataclass

TEMPLATE_VERSION = 1  # bump when the layout changes; a newer file is refused by an older app
DATA_SHEET = "Báo cáo"
LIST_SHEET = "Danh mục"
HELP_SHEET = "Hướng dẫn"
IDENTITY_SHEET = "_gpa"
STATUS_LIST_NAME = "DanhMucTinhTrang"
HEADER_ANCHOR = "Mã nhiệm vụ"  # the header row is found by this cell, wherever it is


@dataclass(frozen=True)
class Column:
    header: str
    field: str | None  # ReportValues field for input columns, None for read-only ones
    width: int


READ_ONLY = (
    Column(HEADER_ANCHOR, None, 11),
    Column("Nhiệm vụ", None, 48),
    Column("Vai trò", None, 11),
    Column("Thời hạn", None, 13),
)
INPUTS = (
    Column("Tình trạng", "status", 18),
    Column("Tiến độ (%)", "percent", 10),
    Column("Kết quả thực hiện", "results", 36),
    Column("Khó khăn, vướng mắc", "difficulties", 24),
    Column("Đề xuất, kiến nghị", "proposals", 24),
    Column("Kinh phí (triệu đồng)", "budget", 14),
    Column("Văn bản, minh chứng", "evidence", 18),
)
COLUMNS = READ_ONLY + INPUTS
TEXT_FIELDS = ("results", "difficulties", "proposals", "evidence")
ROLE_LABELS = {"lead": "Chủ trì", "coordinating": "Phối hợp"}
