"""Streamlit's exception hierarchy, importable as ``streamlit.errors``.

Names and base classes follow Streamlit 1.67 so that apps' ``except`` clauses and
tests written against Streamlit keep working.
"""

from __future__ import annotations


class Error(Exception):
    """The root of every wasmlit/Streamlit error."""


class MarkdownFormattedException(Error):
    """An error whose message is markdown (shown formatted in the page)."""


class StreamlitAPIException(MarkdownFormattedException):
    """The script called an ``st.*`` API wrongly. Runtime frames are trimmed when shown."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class StreamlitAPIWarning(StreamlitAPIException, Warning):
    """Shown like an exception, styled as a warning."""


class StreamlitValueError(StreamlitAPIException, ValueError):
    def __init__(self, parameter: str, valid_values: "str | list[str] | tuple[str, ...]", *,
                 detail: str | None = None) -> None:
        if not isinstance(valid_values, str):
            valid_values = ", ".join(valid_values)
        message = f"Invalid `{parameter}` value. Supported values: {valid_values}."
        super().__init__(f"{message} {detail}" if detail else message)


class StreamlitInvalidWidthError(StreamlitAPIException):
    def __init__(self, width: object, allow_content: bool = False) -> None:
        valid = ("a positive integer (pixels), 'stretch', or 'content'" if allow_content
                 else "a positive integer (pixels) or 'stretch'")
        super().__init__(f"Invalid width value: {width!r}. Width must be either {valid}.")


class StreamlitInvalidHeightError(StreamlitAPIException):
    def __init__(self, height: object, allow_content: bool = False) -> None:
        valid = ("a positive integer (pixels), 'stretch', or 'content'" if allow_content
                 else "a positive integer (pixels) or 'stretch'")
        super().__init__(f"Invalid height value: {height!r}. Height must be either {valid}.")


class StreamlitInvalidParameterTypeError(StreamlitAPIException, TypeError):
    pass


class StreamlitMixedNumericTypesError(StreamlitAPIException):
    pass


class StreamlitValueAboveMaxError(StreamlitAPIException):
    def __init__(self, value: object, max_value: object) -> None:
        super().__init__(f"The `value` {value} is greater than the `max_value` {max_value}.")


class StreamlitValueBelowMinError(StreamlitAPIException):
    def __init__(self, value: object, min_value: object) -> None:
        super().__init__(f"The `value` {value} is less than the `min_value` {min_value}.")


class StreamlitValueOutOfRangeError(StreamlitAPIException):
    pass


class StreamlitMissingRequiredParameterError(StreamlitAPIException):
    pass


class StreamlitInvalidLayoutContextError(StreamlitAPIException):
    pass


class StreamlitInvalidFormCallbackError(StreamlitAPIException):
    def __init__(self) -> None:
        super().__init__(
            "Within a form, callbacks can only be defined on `st.form_submit_button`. "
            "Defining callbacks on other widgets inside a form is not allowed."
        )


class StreamlitWidgetAlreadyInstantiatedError(StreamlitAPIException):
    def __init__(self, key: str) -> None:
        super().__init__(
            f"`st.session_state['{key}']` cannot be modified after the widget with that key is instantiated. "
            f"Assign `st.session_state['{key}']` before creating the widget, or update it from an `on_change` "
            "or `on_click` callback, which runs before the widget is instantiated. If this is a read-only "
            "session state key (buttons, file and media inputs, `st.data_editor`, forms, chart or "
            "`ButtonColumn` selections), store the value under a different session state key."
        )


class StreamlitValueAssignmentNotAllowedError(StreamlitAPIException):
    def __init__(self, key: str) -> None:
        super().__init__(
            f"`st.session_state['{key}']` is read-only and cannot be assigned through "
            "session state. Use a different session state key for values you need to set."
        )


class DuplicateWidgetID(StreamlitAPIException):
    pass


class StreamlitDuplicateElementId(DuplicateWidgetID):
    def __init__(self, element_type: str) -> None:
        super().__init__(
            f"There are multiple `{element_type}` elements with the same auto-generated ID. "
            "When this element is created, it is assigned an internal ID based on the "
            "element type and provided parameters. Multiple elements with the same type "
            "and parameters will cause this error.\n\n"
            "To fix this error, please pass a unique `key` argument to the "
            f"`{element_type}` element."
        )


class StreamlitDuplicateElementKey(DuplicateWidgetID):
    def __init__(self, key: str) -> None:
        super().__init__(
            f"There are multiple elements with the same `key='{key}'`. To fix this, "
            "please make sure that the `key` argument is unique for each element you create."
        )


class StreamlitInvalidColumnSpecError(StreamlitAPIException):
    def __init__(self) -> None:
        super().__init__(
            "The `spec` argument to `st.columns` must be either a positive integer (number of columns) or "
            "a list of positive numbers (width ratios of the columns). See [documentation]"
            "(https://docs.streamlit.io/develop/api-reference/layout/st.columns) for more information.")


class StreamlitInvalidMinMaxError(StreamlitAPIException):
    def __init__(self, min_value: object, max_value: object) -> None:
        if min_value == max_value:
            text = f"The `min_value` and `max_value` parameters are both set to {min_value}. They must not be equal."
        else:
            text = (f"The `min_value`, set to {min_value}, cannot be greater than the `max_value`, "
                    f"set to {max_value}.")
        super().__init__(text)


class StreamlitIncompatibleParametersError(StreamlitAPIException):
    def __init__(self, first_use: str, second_use: str, *, explanation: str | None = None) -> None:
        text = f"`{first_use}` and `{second_use}` cannot be used together."
        super().__init__(f"{text} {explanation}" if explanation else text)


class StreamlitDefaultNotInOptionsError(StreamlitAPIException):
    def __init__(self, value: object) -> None:
        super().__init__(
            f"The default value '{value}' is not part of the options. "
            "Please make sure that every default value also exists in the options.")


class StreamlitNotSupportedError(StreamlitAPIException, AttributeError):
    """An ``st.*`` name that Streamlit has but wasmlit does not provide yet.

    It is an AttributeError too, so ``hasattr(st, "x")`` stays False.
    """

    def __init__(self, name: str) -> None:
        super().__init__(
            f"`st.{name}` is not supported yet by wasmlit. The app can run without it, "
            "or you can ask for it in the wasmlit issue tracker."
        )


class NoSessionContext(Error):
    pass


class StreamlitPageNotFoundError(StreamlitAPIException):
    """A page file that does not exist, or a page that st.navigation did not register."""

    def __init__(self, page: str, main_script_directory: str | None = None,
                 uses_pages_directory: bool = False) -> None:
        if main_script_directory is None:
            super().__init__(f"Unable to create Page. The file `{page}` could not be found.")
        elif uses_pages_directory:
            import os

            super().__init__(
                f"Could not find page: `{page}`. You must provide a file path relative to the entrypoint "
                f"file (from the directory `{os.path.basename(main_script_directory)}`). Only the entrypoint "
                "file and files in the `pages/` directory are supported.")
        else:
            super().__init__(
                f"Could not find page: `{page}`. You must provide a `Page` object or file path relative to "
                "the entrypoint file. Only pages previously defined by `st.Page` and passed to "
                "`st.navigation` are allowed.")


class StreamlitQueryParamDictValueError(StreamlitAPIException):
    def __init__(self, key: str) -> None:
        super().__init__(f"Query param value for `{key}` cannot be set to a dictionary. "
                         "Provide a string or iterable of strings instead.")
