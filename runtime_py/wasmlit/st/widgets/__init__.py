"""Widgets: one module per widget family; ``WidgetsMixin`` gathers them for DeltaGenerator."""

from wasmlit.st.widgets.button import ButtonMixin
from wasmlit.st.widgets.checkbox import CheckboxMixin
from wasmlit.st.widgets.multiselect import MultiselectMixin
from wasmlit.st.widgets.number_input import NumberInputMixin
from wasmlit.st.widgets.selectbox import SelectboxMixin
from wasmlit.st.widgets.slider import SliderMixin
from wasmlit.st.widgets.text_input import TextInputMixin


class WidgetsMixin(ButtonMixin, CheckboxMixin, TextInputMixin, NumberInputMixin, SliderMixin,
                   SelectboxMixin, MultiselectMixin):
    pass
