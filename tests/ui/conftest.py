"""Window tests run in the officers' language, as the app starts by default."""

import pytest


@pytest.fixture(autouse=True)
def vietnamese(qapp):
    """The officers' language, as the app starts by default."""
    from gpa_desktop.i18n import install_translators

    installed = install_translators(qapp, "vi")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
