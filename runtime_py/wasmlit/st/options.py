"""st.get_option / st.set_option and the ``streamlit.config`` module.

Values come from, in order: ``st.set_option`` in this worker, the app's
``.streamlit/config.toml``, then Streamlit 1.67's defaults for the options apps read
(theme.*, client.*, server.*, runner.*, global.*, logger.*, browser.*). Unknown keys and
options that cannot change at runtime fail with Streamlit's errors. ``set_option``
only accepts the options 1.67 marks as settable from a script.
"""

from __future__ import annotations

import os
import tomllib
from typing import Any

from wasmlit._engine import context as ctx_mod
from wasmlit.errors import StreamlitAPIException

_THEME_KEYS = (
    "primaryColor", "backgroundColor", "secondaryBackgroundColor", "textColor",
    *(f"{c}{part}" for part in ("Color", "BackgroundColor", "TextColor")
      for c in ("red", "orange", "yellow", "blue", "green", "violet", "gray")),
    "linkColor", "linkUnderline", "codeTextColor", "codeBackgroundColor", "font", "fontFaces", "baseFontSize",
    "baseFontWeight", "metricValueFontSize", "metricValueFontWeight", "headingFont", "headingFontSizes",
    "headingFontWeights", "codeFont", "codeFontSize", "codeFontWeight", "baseRadius", "buttonRadius",
    "paddingTop", "paddingBottom", "borderColor", "dataframeBorderColor", "dataframeHeaderBackgroundColor",
    "dataframeHeaderTextColor", "showWidgetBorder", "showSidebarBorder", "chartCategoricalColors",
    "chartSequentialColors", "chartDivergingColors",
)
_THEME_PREFIXES = ("theme.", "theme.sidebar.", "theme.light.", "theme.dark.", "theme.light.sidebar.",
                   "theme.dark.sidebar.")

DEFAULTS: dict[str, Any] = {
    "global.disableWidgetStateDuplicationWarning": False, "global.showWarningOnDirectExecution": True,
    "global.developmentMode": False, "global.suppressDeprecationWarnings": False,
    "logger.level": "info", "logger.messageFormat": "%(asctime)s %(message)s", "logger.enableRich": False,
    "logger.hideWelcomeMessage": False,
    "client.showErrorDetails": "full", "client.toolbarMode": "auto", "client.disableDataExport": False,
    "client.showSidebarNavigation": True, "client.showErrorLinks": "auto",
    "runner.magicEnabled": True, "runner.postScriptGC": True, "runner.fastReruns": True,
    "runner.enforceSerializableSessionState": False, "runner.enumCoercion": "nameOnly",
    "runner.connectionDefaultTTL": None,
    "server.folderWatchList": [], "server.folderWatchBlacklist": [], "server.fileWatcherType": "auto",
    "server.headless": True, "server.runOnSave": False, "server.address": None, "server.port": 8501,
    "server.baseUrlPath": "", "server.enableCORS": True, "server.enableXsrfProtection": True,
    "server.maxUploadSize": 200, "server.maxMessageSize": 200, "server.enableStaticServing": False,
    "server.enableWebsocketCompression": False, "server.maxCacheDataSize": None,
    "server.disconnectedSessionTTL": 120, "server.sslCertFile": None, "server.sslKeyFile": None,
    "browser.serverAddress": "localhost", "browser.gatherUsageStats": True, "browser.serverPort": 8501,
    "ui.hideTopBar": False, "magic.displayRootDocString": False, "magic.displayLastExprIfNoSemicolon": False,
    "theme.base": None,
    **{f"{prefix}{key}": None for prefix in _THEME_PREFIXES for key in _THEME_KEYS},
}
# What 1.67 lets a script change (``scriptable`` options).
SETTABLE = frozenset({"logger.enableRich", "client.showErrorDetails", "client.toolbarMode",
                      "client.disableDataExport", "client.showSidebarNavigation"})

_set_values: dict[str, Any] = {}


def get_option(key: str) -> Any:
    """The value of a config option, e.g. ``st.get_option("theme.primaryColor")``."""
    if key not in DEFAULTS:
        raise RuntimeError(f'Config key "{key}" not defined.')
    if key in _set_values:
        return _set_values[key]
    file_value = _from_config_file(key)
    return DEFAULTS[key] if file_value is _MISSING else file_value


def set_option(key: str, value: Any) -> None:
    """Change one of the options 1.67 allows a script to change (client.toolbarMode...)."""
    if key not in DEFAULTS:
        raise StreamlitAPIException(f"Unrecognized config option: {key}")
    if key not in SETTABLE:
        raise StreamlitAPIException(
            f"{key} cannot be set on the fly. Set as command line option, e.g. streamlit run script.py "
            f"--{key}, or in config.toml instead.")
    _set_values[key] = value


_MISSING = object()


def _from_config_file(key: str) -> Any:
    table: Any = _config_file()
    for part in key.split("."):
        if not isinstance(table, dict) or part not in table:
            return _MISSING
        table = table[part]
    return table


def _config_file() -> dict[str, Any]:
    run = ctx_mod.maybe_run_context()
    app_dir = run.session.script.directory if run is not None else os.getcwd()
    try:
        with open(os.path.join(app_dir, ".streamlit", "config.toml"), "rb") as f:
            return tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError):
        return {}


def reset_for_tests() -> None:
    _set_values.clear()
