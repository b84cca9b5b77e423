"""AppTest views of st.pagination, st.menu_button, st.help and st.space (Streamlit 1.67's methods)."""

from __future__ import annotations

from typing import Any

from wasmlit.testing.elements import AppTestErrorRef, Element, Widget


class Pagination(Widget):
    @property
    def num_pages(self) -> int:
        return int(self._slot.props.get("num_pages", 1))

    def set_value(self, v: int) -> "Pagination":  # type: ignore[override]
        if isinstance(v, bool) or not isinstance(v, int) or not 1 <= v <= self.num_pages:
            raise AppTestErrorRef.get()(
                f"Cannot set pagination to {v}. Page must be an int between 1 and {self.num_pages}.")
        super().set_value(v)
        return self

    def select(self, page: int) -> "Pagination":
        return self.set_value(page)


class MenuButton(Widget):
    @property
    def options(self) -> list[str]:
        return list(self._slot.props.get("options", []))

    @property
    def value(self) -> Any:
        return super().value  # the option picked for the coming run, else None

    def click(self, v: Any) -> "MenuButton":
        return self.set_value(v)  # type: ignore[return-value]

    def click_index(self, index: int) -> "MenuButton":
        self._set_wire(index)
        return self


MISC_WIDGET_CLASSES: dict[str, type[Widget]] = {"pagination": Pagination, "menu_button": MenuButton}


class Help(Element):
    """``.value`` is the name st.help shows (1.67); the rest reads from the props (``.doc_string``...)."""

    @property
    def value(self) -> str:
        from wasmlit.testing.text_views import help_summary

        return help_summary(self._slot.props)  # the name, or the value for a plain object (x = 5: '5')


class Space(Element):
    """``.value`` is the size as given: "small", "large", 50..."""

    @property
    def value(self) -> Any:
        return self._slot.props.get("value")


ELEMENT_VIEWS: dict[str, type[Element]] = {"help": Help, "space": Space}
