"""GPA Desktop: the Gia Lai Green Growth Action Plan 2021–2030, offline."""

__version__ = "0.1.0"
