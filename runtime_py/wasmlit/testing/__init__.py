"""A headless test harness for apps, compatible with ``streamlit.testing.v1.AppTest``.

``from wasmlit.testing import AppTest`` (or ``from streamlit.testing.v1 import AppTest``
through the alias). It drives a real session (``_platform.cpython.LocalSession``)
with the same page messages the browser sends, and reads the result through
``_engine.tree.ElementTree``, which mirrors the page's element tree.
"""

from wasmlit.testing.app_test import AppTest, AppTestError
from wasmlit.testing.elements import Block, Element, ElementList, Widget

__all__ = ["AppTest", "AppTestError", "Block", "Element", "ElementList", "Widget"]
