"""Prerendered first paint at build time (build/prerender.py): what ends up in index.html."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from wasmlit.build import prerender
from wasmlit.build.errors import BuildError
from wasmlit.build.site import build_site

TAG = re.compile(r'<script type="application/json" id="wasmlit-prerender">(.*?)</script>', re.S)


def embedded(site: Path) -> list[dict] | None:
    m = TAG.search((site / "index.html").read_text(encoding="utf-8"))
    return json.loads(m.group(1)) if m else None


def app_with(tmp_path: Path, code: str, name: str = "app") -> Path:
    app = tmp_path / name
    app.mkdir()
    (app / "app.py").write_text(code)
    return app


def build(app, tmp_path, assets, stub_web, **kw):
    return build_site(app, tmp_path / "site", assets=assets, web_dist=stub_web, **kw)


def test_counter_first_run_is_embedded(tmp_path, assets, stub_web, counter):
    build(counter, tmp_path, assets, stub_web)
    msgs = embedded(tmp_path / "site")
    assert [m["type"] for m in msgs] == ["run_started", "delta", "delta", "run_finished"]
    nodes = [m["node"] for m in msgs if m["type"] == "delta"]
    assert nodes[0]["type"] == "heading" and "has run 1 times" in nodes[0]["props"]["body"]
    assert nodes[1]["type"] == "button" and nodes[1]["id"]


def test_no_prerender_flag(tmp_path, assets, stub_web, counter):
    build(counter, tmp_path, assets, stub_web, prerender=False)
    assert embedded(tmp_path / "site") is None


@pytest.mark.parametrize("code,why", [
    ("import streamlit as st\nst.title('x')\nraise ValueError('boom')\n", "exception"),
    ("import streamlit as st\nst.stop()\n", "nothing"),
    ("import streamlit as st, urllib.request\nurllib.request.urlopen('http://example.com')\nst.title('x')\n", "failed|exception"),
    ("import streamlit as st, time\nst.title('x')\ntime.sleep(30)\n", "took over"),
    ("import streamlit as st\nst.title(st.secrets['k'])\n", "exception"),
])
def test_first_run_that_cannot_happen_builds_without_prerender(tmp_path, assets, stub_web, code, why, monkeypatch):
    monkeypatch.setattr(prerender, "TIMEOUT_S", 3.0)
    app = app_with(tmp_path, code)
    result = build(app, tmp_path, assets, stub_web)
    assert embedded(tmp_path / "site") is None
    assert any(w.startswith("no prerender") and re.search(why, w) for w in result.warnings), result.warnings


def test_st_connection_app_has_no_prerender(tmp_path, assets, stub_web):
    app = app_with(tmp_path, "import streamlit as st\nconn = st.connection('db', type='sql')\nst.title('x')\n")
    (app / ".streamlit").mkdir()
    (app / ".streamlit" / "secrets.toml").write_text('[connections.db]\nurl = "sqlite:///x.db"\n')
    result = build(app, tmp_path, assets, stub_web)
    assert embedded(tmp_path / "site") is None
    assert "no prerender: the app uses st.connection" in result.warnings


def test_text_cannot_close_the_script_tag(tmp_path, assets, stub_web):
    evil = "</script><script>alert(1)</script> & \u2028 <!--"
    app = app_with(tmp_path, f"import streamlit as st\nst.text({evil!r})\n")
    build(app, tmp_path, assets, stub_web)
    html = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    body = TAG.search(html).group(1)
    assert "<" not in body and "\u2028" not in body
    assert embedded(tmp_path / "site")[1]["node"]["props"]["body"] == evil


def test_binary_elements_become_placeholders(tmp_path, assets, stub_web):
    app = app_with(tmp_path, "import streamlit as st\nst.title('Pic')\nst.image(b'\\x89PNG\\r\\n\\x1a\\n' + bytes(64))\n")
    result = build(app, tmp_path, assets, stub_web)
    nodes = [m["node"] for m in embedded(tmp_path / "site") if m["type"] == "delta"]
    assert "$binary" not in json.dumps(nodes)
    assert nodes[0]["type"] == "heading" and nodes[-1]["type"] == "skeleton", nodes


def test_secret_read_from_disk_into_the_prerender_fails_the_build(tmp_path, assets, stub_web):
    # st.secrets raises in the browser runtime; an app that reads the file itself would put the
    # value into index.html, and the build's secret scan (which covers index.html) refuses it.
    secret = "S3cr3tPa55-prerender"
    app = app_with(tmp_path, "import streamlit as st\nst.write(open('.streamlit/secrets.toml').read())\n")
    (app / ".streamlit").mkdir()
    (app / ".streamlit" / "secrets.toml").write_text(f'password = "{secret}"\n')
    with pytest.raises(BuildError, match="index.html"):
        build(app, tmp_path, assets, stub_web)


@pytest.mark.parametrize("on", [True, False])
def test_single_file_build_carries_the_prerender(tmp_path, assets, stub_web, counter, on):
    from wasmlit.build.single_file import build_single_file

    (stub_web / "wasmlit.css").write_text("body{color:red}")
    r = build_single_file(counter, tmp_path / "single", assets=assets, web_dist=stub_web, prerender=on)
    m = TAG.search(r.path.read_text(encoding="utf-8"))
    assert bool(m) is on
    if on:
        assert "has run 1 times" in m.group(1)
