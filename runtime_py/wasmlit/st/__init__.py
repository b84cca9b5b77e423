"""What ``import streamlit as st`` gives an app: the public API, assembled here.

Every name below is bound to the *main* DeltaGenerator, which writes into the
innermost ``with`` container. Names Streamlit has but we do not raise
``StreamlitNotSupportedError`` (an AttributeError) that says so.
"""

from __future__ import annotations

from typing import Any, NoReturn

from wasmlit import STREAMLIT_COMPAT_VERSION as __version__
from wasmlit._engine import context as _ctx
from wasmlit._engine.control import RerunException, StopException
from wasmlit._state.session_state import SessionStateProxy
from wasmlit.errors import StreamlitAPIException, StreamlitNotSupportedError
from wasmlit._caching import cache_data, cache_resource
from wasmlit.st import column_config, runtime
from wasmlit.st.delta_generator import DeltaGenerator, main_dg as _main, sidebar_dg as sidebar
from wasmlit.st.page_config import set_page_config
from wasmlit._connections.api import connection_factory as connection
from wasmlit._connections.secrets import secrets

# Text
title = _main.title
header = _main.header
subheader = _main.subheader
markdown = _main.markdown
caption = _main.caption
text = _main.text
code = _main.code
divider = _main.divider
write = _main.write
write_stream = _main.write_stream
echo = _main.echo
# Alerts and data
error = _main.error
warning = _main.warning
info = _main.info
success = _main.success
exception = _main.exception
json = _main.json
metric = _main.metric
dataframe = _main.dataframe
table = _main.table
data_editor = _main.data_editor
# Charts
line_chart = _main.line_chart
area_chart = _main.area_chart
bar_chart = _main.bar_chart
scatter_chart = _main.scatter_chart
altair_chart = _main.altair_chart
vega_lite_chart = _main.vega_lite_chart
plotly_chart = _main.plotly_chart
latex = _main.latex
# Layout
container = _main.container
columns = _main.columns
expander = _main.expander
empty = _main.empty
tabs = _main.tabs
popover = _main.popover
form = _main.form
# Media
image = _main.image
audio = _main.audio
video = _main.video
# Status
spinner = _main.spinner
progress = _main.progress
balloons = _main.balloons
toast = _main.toast
# st.status is the container (st/status_container.py); this name also hides the
# `wasmlit.st.status` submodule, which the import system set as an attribute here.
status = _main.status
# Chat
chat_message = _main.chat_message
chat_input = _main.chat_input
# Widgets
button = _main.button
checkbox = _main.checkbox
toggle = _main.toggle
text_input = _main.text_input
text_area = _main.text_area
number_input = _main.number_input
slider = _main.slider
select_slider = _main.select_slider
selectbox = _main.selectbox
radio = _main.radio
multiselect = _main.multiselect
color_picker = _main.color_picker
date_input = _main.date_input
time_input = _main.time_input
form_submit_button = _main.form_submit_button
file_uploader = _main.file_uploader
download_button = _main.download_button
pills = _main.pills
segmented_control = _main.segmented_control
feedback = _main.feedback
datetime_input = _main.datetime_input
audio_input = _main.audio_input
camera_input = _main.camera_input
link_button = _main.link_button


# Multipage apps, query params, browser context
page_link = _main.page_link
from wasmlit.st.navigation import Page, navigation, switch_page  # noqa: E402
from wasmlit.st.query_params import query_params  # noqa: E402
from wasmlit.st.context import context  # noqa: E402


def _current_state():  # type: ignore[no-untyped-def]
    return _ctx.get_run_context().session.state


session_state = SessionStateProxy(_current_state)


from wasmlit.st.fragment import fragment, rerun  # noqa: E402  (rerun(scope=...) knows fragments)
from wasmlit.st.dialog import dialog  # noqa: E402


def stop() -> NoReturn:  # type: ignore[misc]
    """End this run now; what was rendered stays, with no error."""
    if _ctx.maybe_run_context() is None:
        return  # type: ignore[return-value]
    raise StopException()


# Small commands, options, identity (st/misc.py, st/options.py, st/chrome.py)
html = _main.html
space = _main.space
badge = _main.badge
help = _main.help
snow = _main.snow
grid = _main.grid
iframe = _main.iframe
skeleton = _main.skeleton
pdf = _main.pdf
pagination = _main.pagination
menu_button = _main.menu_button
from wasmlit.st.options import get_option, set_option  # noqa: E402
from wasmlit.st.chrome import login, logo, logout, user  # noqa: E402
from wasmlit.st.chat import _bottom_dg  # noqa: E402

bottom = _bottom_dg()


def __getattr__(name: str) -> Any:
    if name.startswith("__"):
        raise AttributeError(name)
    from wasmlit._engine.modules import ALIASES
    from wasmlit.st._missing import module_attribute_error

    if f"streamlit.{name}" in ALIASES:  # st.config, st.dataframe_util...: 1.67 has them as attributes
        import importlib

        return importlib.import_module(f"streamlit.{name}")
    raise module_attribute_error(name, set(globals()))


# Errors Python words itself ("cannot import name 'x' from 'streamlit'") name the module
# the app imported, not the runtime package behind it.
__name__ = "streamlit"  # noqa: A001
