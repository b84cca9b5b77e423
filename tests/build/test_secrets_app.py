"""Secrets and build inputs (issue 12, found by attack): every credential part of a URL is a
secret of its own; symlinks out of the app folder fail the build naming the link;
secrets files in subfolders never ship and the build says so; short secrets are named in a
loud warning; encoded copies of a secret in app files fail the build (the scanner itself:
test_secrets_scan.py)."""

from __future__ import annotations

import base64
import gzip
import io
import zipfile
from pathlib import Path

import pytest

from wasmlit.build.app import load_app
from wasmlit.build.errors import BuildError
from wasmlit.build.queries import secret_values_for_scan, short_secret_keys
from wasmlit.build.site import build_site

PASSWORD = "S3cr3tPa55-xyz"
TOKEN = "tok-9f8e7d6c5b"
URL = f"postgresql://appuser:{PASSWORD.replace('-', '%2D')}@db.example.com:5432/shop?sslmode=require&api_token={TOKEN}"
SECRETS = f'[connections.db]\ntype = "sql"\nurl = "{URL}"\n'


def make_app(tmp_path: Path, secrets: str = SECRETS) -> Path:
    app = tmp_path / "app"
    (app / ".streamlit").mkdir(parents=True)
    (app / "app.py").write_text("import streamlit as st\nst.write('hi')\n")
    (app / ".streamlit" / "secrets.toml").write_text(secrets)
    return app


def build(app: Path, tmp_path: Path, assets, stub_web):
    return build_site(app, tmp_path / "site", assets=assets, web_dist=stub_web)


def test_url_parts_are_secrets_of_their_own():
    import tomllib

    values = secret_values_for_scan(tomllib.loads(SECRETS))
    for part in (PASSWORD, PASSWORD.replace("-", "%2D"), "appuser", "appuser@db.example.com",
                 f"appuser:{PASSWORD}", TOKEN, URL):
        assert part in values, part
    assert "require" not in values and "shop" not in values


@pytest.mark.parametrize("leak", [
    PASSWORD, "appuser@db.example.com", TOKEN, base64.b64encode(PASSWORD.encode()).decode(),
])
def test_url_part_in_app_code_fails_the_build(tmp_path, assets, stub_web, leak):
    app = make_app(tmp_path)
    (app / "helpers.py").write_text(f"X = {leak!r}\n")
    with pytest.raises(BuildError, match=r"helpers\.py.*secrets\.toml"):
        build(app, tmp_path, assets, stub_web)
    assert not (tmp_path / "site").exists()


def _xlsx_with(text: bytes) -> bytes:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("notes.txt.gz", gzip.compress(text))
    outer = io.BytesIO()
    with zipfile.ZipFile(outer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/sharedStrings.xml", b"<sst/>")
        z.writestr("xl/embeddings/inner.zip", inner.getvalue())
    return outer.getvalue()


@pytest.mark.parametrize("name,data", [
    ("report.xlsx", _xlsx_with(f"pw={PASSWORD}".encode())),
    ("notes.txt", f"pw={PASSWORD}".encode("utf-16")),
    ("data.json", b'{"blob": "' + base64.urlsafe_b64encode(gzip.compress(PASSWORD.encode())).rstrip(b"=") + b'"}'),
])
def test_encoded_secret_in_a_data_file_fails_the_build(tmp_path, assets, stub_web, name, data):
    app = make_app(tmp_path)
    (app / "data").mkdir()
    (app / "data" / name).write_bytes(data)
    with pytest.raises(BuildError, match=name.replace(".", r"\.")):
        build(app, tmp_path, assets, stub_web)


def test_symlink_out_of_the_app_folder_fails_naming_the_link(tmp_path):
    app = make_app(tmp_path)
    (app / "passwd").symlink_to("/etc/passwd")
    with pytest.raises(BuildError, match=r"passwd is a symbolic link to a file outside the app folder"):
        load_app(app)
    (app / "passwd").unlink()
    other = tmp_path / "elsewhere"
    other.mkdir()
    (other / "secrets.toml").write_text('password = "another-secret-value"\n')
    (app / "data").mkdir()
    (app / "data" / "conf").symlink_to(other, target_is_directory=True)
    with pytest.raises(BuildError, match=r"data/conf is a symbolic link"):
        load_app(app)


def test_symlink_inside_the_folder_is_fine_but_not_onto_a_secrets_file(tmp_path):
    app = make_app(tmp_path)
    (app / "real.csv").write_text("a\n1\n")
    (app / "alias.csv").symlink_to("real.csv")
    assert "alias.csv" in load_app(app).files
    (app / "innocent.txt").symlink_to(".streamlit/secrets.toml")
    with pytest.raises(BuildError, match=r"innocent\.txt is a symbolic link to \.streamlit/secrets\.toml"):
        load_app(app)


def test_secrets_files_in_subfolders_never_ship_and_the_build_says_so(tmp_path, assets, stub_web):
    app = make_app(tmp_path)
    for rel in ("pages/secrets.toml", "sub/.env", "sub/.env.local", "sub/.streamlit/secrets.toml",
                "sub/.streamlit/config.toml"):
        (app / rel).parent.mkdir(parents=True, exist_ok=True)
        (app / rel).write_text('x = "value-from-a-nested-secrets-file"\n')
    (app / "pages" / "one.py").write_text("import streamlit as st\n")
    files = load_app(app).files
    assert not [f for f in files if "secrets" in f or ".env" in f or "sub/" in f], files
    result = build(app, tmp_path, assets, stub_web)
    names = zipfile.ZipFile(tmp_path / "site" / "wasmlit" / "app.zip").namelist()
    assert "pages/secrets.toml" not in names and "pages/one.py" in names
    notes = "\n".join(result.warnings)
    for rel in ("pages/secrets.toml", "sub/.env", "sub/.env.local", "sub/.streamlit/secrets.toml"):
        assert f"{rel} is a secrets file: never shipped" in notes, notes
    for f in (tmp_path / "site").rglob("*"):
        if f.is_file():
            assert b"value-from-a-nested-secrets-file" not in f.read_bytes(), f


def test_short_secrets_are_named_in_a_loud_warning(tmp_path, assets, stub_web):
    import tomllib

    text = ('[connections.db]\ntype = "sql"\ndialect = "postgresql"\nhost = "db.example.com"\nusername = "app"\n'
            'password = "pw1"\nport = 5432\n[api]\nkey = "k9"\n')
    assert short_secret_keys(tomllib.loads(text)) == ["api.key", "connections.db.password",
                                                      "connections.db.username"]
    result = build(make_app(tmp_path, text), tmp_path, assets, stub_web)
    warn = [w for w in result.warnings if w.startswith("WARNING")]
    assert len(warn) == 3 and "connections.db.password is shorter than 6 characters" in "\n".join(warn)
    assert any("cannot see a secret split" in w for w in result.warnings)


def test_a_value_split_in_code_is_not_caught_and_that_is_said(tmp_path, assets, stub_web):
    """The documented limit: the scan cannot see a secret assembled at run time."""
    app = make_app(tmp_path)
    (app / "helpers.py").write_text(f"X = {PASSWORD[:5]!r} + {PASSWORD[5:]!r}\n")
    result = build(app, tmp_path, assets, stub_web)
    assert any("cannot see a secret split or computed in code" in w for w in result.warnings)


def test_single_file_app_page_that_links_out_is_refused(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "main.py").write_text("import streamlit as st\n")
    outside = tmp_path.parent / f"{tmp_path.name}-outside.py"
    outside.write_text("SECRET = 'x'\n")
    (tmp_path / "pages" / "evil.py").symlink_to(outside)
    with pytest.raises(BuildError, match=r"pages/evil\.py is a symbolic link"):
        load_app(tmp_path / "main.py")
