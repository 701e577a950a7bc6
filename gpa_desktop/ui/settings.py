"""The installation's settings (QSettings): who this installation is, who signs, language, database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from ..locations import APP_NAME, default_database, settings_file


def open_settings() -> QSettings:
    """The platform's store, or an INI file beside the program in portable mode."""
    path = settings_file()
    return QSettings(str(path), QSettings.Format.IniFormat) if path else QSettings(APP_NAME, APP_NAME)


def database_to_open(requested: str | Path | None, settings: "Settings | None" = None) -> Path:
    """Which database the window and the command line open — one rule for both: the file named
    with --db; else the one last opened in the window, while it still exists; else the default."""
    if requested:
        return Path(requested).expanduser().absolute()
    remembered = (settings or Settings(open_settings())).database
    if remembered and Path(remembered).is_file():
        return Path(remembered)
    return default_database()


class Settings:
    """Typed access to the keys the app uses; the QSettings behind it is passed in (tests use an INI file).
    With *remember* False (``--smoke-test``) changes live only as long as the object: nothing is stored."""

    def __init__(self, store: QSettings, *, remember: bool = True, workspace=None) -> None:
        self.store = store
        self.remember = remember
        self.workspace = workspace  # the open database (the window sets it): whose installation it is lives there
        self._unsaved: dict[str, object] = {}

    def _value(self, key: str, default=None):
        return self._unsaved[key] if key in self._unsaved else self.store.value(key, default)

    def _text(self, key: str, default: str = "") -> str:
        value = self._value(key, default)
        return str(value) if value is not None else default

    def _set(self, key: str, value) -> None:
        if not self.remember:
            self._unsaved[key] = value
            return
        self.store.setValue(key, value)
        self.store.sync()

    @property
    def agency(self) -> str | None:
        """The agency this installation belongs to; None for the province's focal department (sees all).

        Kept in the open database (operations.installation), so it travels with its backups; what
        these settings say (where earlier versions kept it) counts until the database is told."""
        if self.workspace is not None:
            from ..operations.installation import installation_agency

            identified, agency = installation_agency(self.workspace)
            if identified:
                return agency
        return self._text("installation/agency") or None

    @agency.setter
    def agency(self, code: str | None) -> None:
        if self.workspace is not None and not self.workspace.read_only and self.remember:
            from ..operations.installation import set_installation

            set_installation(self.workspace, code)
            self.store.remove("installation/agency")
            self.store.sync()
        else:
            self._set("installation/agency", code or "")

    @property
    def signer_name(self) -> str:
        return self._text("report/signer_name")

    @signer_name.setter
    def signer_name(self, value: str) -> None:
        self._set("report/signer_name", value)

    @property
    def signer_title(self) -> str:
        return self._text("report/signer_title", "GIÁM ĐỐC")

    @signer_title.setter
    def signer_title(self, value: str) -> None:
        self._set("report/signer_title", value)

    @property
    def signer_authority(self) -> str:
        """The authority prefix above the title: "", "KT. GIÁM ĐỐC", "TM. UBND", …"""
        return self._text("report/signer_authority")

    @signer_authority.setter
    def signer_authority(self, value: str) -> None:
        self._set("report/signer_authority", value)

    @property
    def pkcs11_library(self) -> str:
        """The token's PKCS#11 library; empty: GPA_PKCS11_LIB, then the usual places of Vietnamese CAs' drivers."""
        return self._text("signing/pkcs11_library")

    @pkcs11_library.setter
    def pkcs11_library(self, value: str) -> None:
        self._set("signing/pkcs11_library", value)

    @property
    def timestamp_url(self) -> str:
        """A timestamp server for signatures with a vouched-for time (B-T); empty: none (B-B)."""
        return self._text("signing/timestamp_url")

    @timestamp_url.setter
    def timestamp_url(self, value: str) -> None:
        self._set("signing/timestamp_url", value)

    @property
    def language(self) -> str:
        """The language last chosen in the window; empty until one is (then GPA_LANG or Vietnamese)."""
        return self._text("ui/language")

    @language.setter
    def language(self, value: str) -> None:
        self._set("ui/language", value)

    @property
    def database(self) -> str:
        return self._text("database/path")

    @database.setter
    def database(self, value: str) -> None:
        self._set("database/path", value)

    @property
    def last_period(self) -> str:
        """The period the officer last worked on, shown again at the next start."""
        return self._text("last_period")

    @last_period.setter
    def last_period(self, value: str) -> None:
        self._set("last_period", value)

    def folder(self, kind: str) -> str:
        """The folder where a file of *kind* (workbook, pdf, database, folder) was last chosen."""
        return self._text(f"folders/{kind}")

    def set_folder(self, kind: str, path: str) -> None:
        self._set(f"folders/{kind}", path)

    def saved_state(self, key: str) -> QByteArray | None:
        value = self._value(f"window/{key}")
        return value if isinstance(value, QByteArray) else None

    def save_state(self, key: str, value: QByteArray) -> None:
        self._set(f"window/{key}", value)


# The first-run step reads and writes who this installation is only through the two functions below.
_IDENTIFIED = "installation/identified"


def first_run_needed(settings: Settings) -> bool:
    """Whether nobody has said yet who this installation is (an installation set up before the
    first-run step existed counts as known: it has an agency or a signer; so does a database that
    has been told whose it is)."""
    store = settings.store
    if settings.workspace is not None:
        from ..operations.installation import installation_agency

        if installation_agency(settings.workspace)[0]:
            return False
    return not (store.value(_IDENTIFIED, False, type=bool) or store.contains("installation/agency") or settings.signer_name)


def remember_installation(settings: Settings, agency: str | None, signer_name: str, signer_title: str) -> None:
    """What the first-run step learnt: whose installation this is (None: the province's focal department) and who signs."""
    settings.agency = agency
    settings.signer_name = signer_name
    settings.signer_title = signer_title or settings.signer_title
    settings._set(_IDENTIFIED, True)
