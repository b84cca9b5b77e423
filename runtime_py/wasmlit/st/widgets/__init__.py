"""Widgets: one module per widget family; ``WidgetsMixin`` gathers them for DeltaGenerator."""

from wasmlit.st.widgets.button import ButtonMixin
from wasmlit.st.widgets.checkbox import CheckboxMixin
from wasmlit.st.widgets.color_picker import ColorPickerMixin
from wasmlit.st.widgets.date_time import DateTimeMixin
from wasmlit.st.widgets.datetime_input import DateTimeInputMixin
from wasmlit.st.widgets.download_button import DownloadButtonMixin
from wasmlit.st.widgets.feedback import FeedbackMixin
from wasmlit.st.widgets.file_uploader import FileUploaderMixin
from wasmlit.st.widgets.form import FormMixin
from wasmlit.st.widgets.link_button import LinkButtonMixin
from wasmlit.st.widgets.menu_button import MenuButtonMixin
from wasmlit.st.widgets.pagination import PaginationMixin
from wasmlit.st.widgets.media_input import MediaInputMixin
from wasmlit.st.widgets.multiselect import MultiselectMixin
from wasmlit.st.widgets.number_input import NumberInputMixin
from wasmlit.st.widgets.pills import ButtonGroupMixin
from wasmlit.st.widgets.selectbox import SelectboxMixin
from wasmlit.st.widgets.slider import SliderMixin
from wasmlit.st.widgets.text_input import TextInputMixin


class WidgetsMixin(ButtonMixin, CheckboxMixin, TextInputMixin, NumberInputMixin, SliderMixin,
                   SelectboxMixin, MultiselectMixin, ColorPickerMixin, DateTimeMixin, FormMixin,
                   FileUploaderMixin, DownloadButtonMixin,
                   ButtonGroupMixin, FeedbackMixin, DateTimeInputMixin, MediaInputMixin, LinkButtonMixin,
                   MenuButtonMixin, PaginationMixin):
    pass
