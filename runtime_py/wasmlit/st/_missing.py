"""What an app gets for an ``st.x`` (or ``container.x``) that wasmlit does not define.

- A Streamlit 1.67 name wasmlit does not provide yet: ``StreamlitNotSupportedError``
  ("`st.x` is not supported yet by wasmlit..."), an AttributeError.
- A name 1.67 removed (``st.experimental_rerun``, ``st.cache``...): 1.67's AttributeError
  that names the replacement.
- Anything else: 1.67's AttributeError, with "Did you mean" close matches.
On a container, 1.67 hands back a function that fails when called; so do we.
"""

from __future__ import annotations

import difflib
from typing import Any, Callable, NoReturn

from wasmlit.errors import StreamlitAPIException, StreamlitNotSupportedError

# Streamlit 1.67's public commands that are DeltaGenerator methods (so also `container.x`).
ELEMENT_COMMANDS = frozenset("""
altair_chart area_chart audio audio_input badge balloons bar_chart button camera_input caption chat_input
chat_message checkbox code color_picker columns container data_editor dataframe date_input datetime_input divider
download_button echarts_chart empty error exception expander feedback file_uploader form form_submit_button
graphviz_chart grid header help html iframe image info json latex line_chart link_button map markdown menu_button
mermaid_chart metric multiselect number_input page_link pagination pdf pills plotly_chart popover progress
pydeck_chart pyplot radio scatter_chart segmented_control select_slider selectbox skeleton slider snow space
spinner status subheader success table tabs text text_area text_input time_input title toast toggle
vega_lite_chart video warning write write_stream
""".split())
# The other public names of the `streamlit` module in 1.67.
MODULE_NAMES = frozenset("""
App Page bottom cache_data cache_resource connection context dialog echo fragment get_option login logo logout
navigation query_params rerun secrets session_state set_option set_page_config sidebar stop switch_page user
""".split())
STREAMLIT_NAMES = ELEMENT_COMMANDS | MODULE_NAMES

REMOVED = {
    "beta_color_picker": ("color_picker",), "beta_columns": ("columns",), "beta_container": ("container",),
    "beta_expander": ("expander",), "beta_secrets": ("secrets",), "beta_set_page_config": ("set_page_config",),
    "cache": ("cache_data", "cache_resource"), "experimental_audio_input": ("audio_input",),
    "experimental_connection": ("connection",), "experimental_data_editor": ("data_editor",),
    "experimental_dialog": ("dialog",), "experimental_fragment": ("fragment",),
    "experimental_get_query_params": ("query_params",), "experimental_memo": ("cache_data",),
    "experimental_rerun": ("rerun",), "experimental_set_query_params": ("query_params",),
    "experimental_show": ("write",), "experimental_singleton": ("cache_resource",),
    "experimental_user": ("user",),
}


def _st_names(names: tuple[str, ...] | list[str]) -> str:
    labeled = [f"st.{n}" for n in names]
    if len(labeled) <= 2:
        return " or ".join(labeled)
    return f"{', '.join(labeled[:-1])}, or {labeled[-1]}"


def module_attribute_error(name: str, defined: set[str]) -> AttributeError:
    """The error for ``st.<name>`` when the module does not define it."""
    if name in STREAMLIT_NAMES:
        return StreamlitNotSupportedError(name)
    prefix = f"module 'streamlit' has no attribute '{name}'"
    if name.startswith("_"):
        message = prefix
    elif name in REMOVED:
        message = f"{prefix}. st.{name} has been removed. Use {_st_names(REMOVED[name])} instead."
    elif name == "bokeh_chart":
        message = f"{prefix}. st.bokeh_chart has been removed. Use the streamlit-bokeh component instead."
    elif name == "input":
        inputs = sorted(n for n in STREAMLIT_NAMES if n.endswith("_input"))
        message = f"{prefix}. Use a specific input command such as {_st_names(inputs)}."
    else:
        close = [m for m in difflib.get_close_matches(name, sorted(defined | STREAMLIT_NAMES), n=3, cutoff=0.8)
                 if abs(len(m) - len(name)) <= 1]
        message = f"{prefix}. Did you mean {_st_names(close)}?" if close else prefix
    return AttributeError(message, name=name)


def container_attribute(name: str, in_sidebar: bool) -> Callable[..., NoReturn]:
    """``container.<name>`` for a name containers do not have: a function that fails when called (1.67)."""
    if name in ELEMENT_COMMANDS:
        raise StreamlitNotSupportedError(name)

    def unknown_command(*args: Any, **kwargs: Any) -> NoReturn:
        if name in MODULE_NAMES:
            where = "`st.sidebar`" if in_sidebar else "`DeltaGenerator` objects"
            raise StreamlitAPIException(f"Method `{name}()` does not exist for {where}. Did you mean `st.{name}()`?")
        raise StreamlitAPIException(f"`{name}()` is not a valid Streamlit command.")

    return unknown_command
