"""Page chrome and identity: st.logo, st.login / st.logout, st.user.

The logo is a "logo" element in its own root (``protocol.Root.LOGO``, always slot 0):
the last st.logo of a run wins, and a run that does not call it removes it, as in
Streamlit. A static site has no server to complete an OpenID Connect login, so
``st.user`` is always the logged-out user and ``st.login`` says why it cannot work.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from wasmlit import protocol
from wasmlit._engine import context as ctx_mod
from wasmlit.errors import StreamlitAPIException, StreamlitValueError

LOGO_SIZES = ("small", "medium", "large")
_DOCS = "[documentation](https://docs.streamlit.io/develop/api-reference/media/st.logo)"


def _invalid(field: str) -> StreamlitAPIException:
    return StreamlitAPIException(f"The {field} passed to st.logo is invalid - See {_DOCS} "
                                 "for more information on valid types")


def _logo_image(image: Any, field: str) -> dict[str, Any]:
    from wasmlit.st.media import image_source

    if isinstance(image, str) and image.startswith(":material"):
        return {"icon": image}
    if isinstance(image, str) and 0 < len(image) <= 4 and not image.isascii():
        return {"emoji": image}
    if image is None or image == "":
        raise _invalid(field)
    try:
        return image_source(image, False, "RGB", "auto")
    except Exception as exc:
        raise _invalid(field) from exc


def logo(image: Any, *, size: str = "medium", link: str | None = None, icon_image: Any = None) -> None:
    """A logo at the top of the sidebar and in the app header (``icon_image`` when the sidebar is closed)."""
    run = ctx_mod.maybe_run_context()
    if run is None:
        return
    props: dict[str, Any] = {"image": _logo_image(image, "image"), "link": None, "icon_image": None}
    if link:
        if not isinstance(link, str) or not link.startswith(("http://", "https://")):
            raise StreamlitAPIException(f'"{link}" is not a valid URL. You must use a fully qualified domain '
                                        'beginning with "http://" or "https://".')
        props["link"] = link
    if icon_image:
        props["icon_image"] = _logo_image(icon_image, "icon_image")
    if not isinstance(size, str) or size.lower() not in LOGO_SIZES:
        raise StreamlitValueError("size", ["'small'", "'medium'", "'large'"])
    props["size"] = size.lower()
    run.emit((protocol.Root.LOGO, 0), ctx_mod.element("logo", props))


def login(provider: str | None = None) -> None:
    raise StreamlitAPIException(
        "`st.login` is not supported by wasmlit: the app is a static site, and there is no server "
        "to complete an OpenID Connect login. `st.user.is_logged_in` is always False.")


def logout() -> None:
    """Nobody is ever logged in, so there is nothing to do (Streamlit does nothing either)."""


class UserInfoProxy(Mapping[str, Any]):
    """``st.user``: read-only, always the logged-out user."""

    _INFO: dict[str, Any] = {"is_logged_in": False}

    def __getitem__(self, key: str) -> Any:
        try:
            return self._INFO[key]
        except KeyError:
            raise KeyError(f'st.user has no key "{key}".') from None

    def __getattr__(self, key: str) -> Any:
        if key.startswith("__"):
            raise AttributeError(key)
        try:
            return self._INFO[key]
        except KeyError:
            raise AttributeError(f'st.user has no attribute "{key}".') from None

    def __setattr__(self, name: str, value: Any) -> None:
        raise StreamlitAPIException("st.user cannot be modified")

    def __setitem__(self, name: str, value: Any) -> None:
        raise StreamlitAPIException("st.user cannot be modified")

    def __iter__(self) -> Iterator[str]:
        return iter(self._INFO)

    def __len__(self) -> int:
        return len(self._INFO)

    def to_dict(self) -> dict[str, Any]:
        return dict(self._INFO)

    def __repr__(self) -> str:
        return f"UserInfoProxy({self._INFO!r})"


user = UserInfoProxy()
