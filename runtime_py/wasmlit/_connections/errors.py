"""Errors of ``st.connection`` / ``st.secrets`` in the browser. Every endpoint error
code becomes one of these, with a message a reader can act on."""

from __future__ import annotations

from wasmlit.errors import StreamlitAPIException

SECRETS_HELP = (
    "wasmlit apps run in the visitor's browser, so they never receive secrets: secrets live "
    "on the SQL endpoint (`build.py endpoint APP --secrets PATH`, or the host's environment). "
    "Use `st.connection(\"name\").query(\"select …\")` to read data through the endpoint; "
    "`build.py build` lists every `st.secrets` access it finds."
)


class StreamlitSecretNotFoundError(StreamlitAPIException, FileNotFoundError):
    """Streamlit 1.67's class for "no secrets": an API exception and a FileNotFoundError."""


class SecretsNotInBrowserError(StreamlitSecretNotFoundError):
    def __init__(self, what: str = "st.secrets") -> None:
        super().__init__(f"`{what}` is not available: {SECRETS_HELP}")


class SecretsAttributeError(StreamlitAPIException, AttributeError):
    """Attribute access (``st.secrets.key``) raises an AttributeError, as in Streamlit."""

    def __init__(self, what: str = "st.secrets") -> None:
        super().__init__(f"`{what}` is not available: {SECRETS_HELP}")


class EndpointError(StreamlitAPIException):
    """The SQL endpoint answered with an error (``code`` is its stable error code)."""

    code = "error"
    retryable = False

    def __init__(self, message: str, *, code: str | None = None, status: int = 0,
                 request_id: str | None = None, retry_after: float | None = None) -> None:
        super().__init__(message)
        if code:
            self.code = code
        self.status = status
        self.request_id = request_id
        self.retry_after = retry_after


class EndpointUnreachableError(EndpointError):
    code = "unreachable"
    retryable = True


class DatabaseUnavailableError(EndpointError):
    code = "db_unavailable"
    retryable = True


class EndpointBusyError(EndpointError):
    code = "busy"
    retryable = True


class QueryTimeoutError(EndpointError):
    code = "timeout"
    retryable = True


class RateLimitedError(EndpointError):
    code = "rate_limited"
    retryable = True


class ResultTooLargeError(EndpointError):
    code = "result_too_large"


class QueryNotAllowedError(EndpointError):
    code = "unknown_query"


class OriginNotAllowedError(EndpointError):
    code = "origin_not_allowed"


class DatabaseError(EndpointError):
    code = "db_error"


class BadParameterError(EndpointError, ValueError):
    code = "bad_param"


BY_CODE: dict[str, type[EndpointError]] = {
    "db_unavailable": DatabaseUnavailableError, "busy": EndpointBusyError, "timeout": QueryTimeoutError,
    "rate_limited": RateLimitedError, "result_too_large": ResultTooLargeError,
    "unknown_query": QueryNotAllowedError, "origin_not_allowed": OriginNotAllowedError,
    "db_error": DatabaseError, "bad_param": BadParameterError,
}
