"""Widgets: one module per widget family; ``WidgetsMixin`` gathers them for DeltaGenerator."""

from wasmlit.st.widgets.button import ButtonMixin
from wasmlit.st.widgets.checkbox import CheckboxMixin
from wasmlit.st.widgets.text_input import TextInputMixin


class WidgetsMixin(ButtonMixin, CheckboxMixin, TextInputMixin):
    pass
