"""Where packs live: built-in, installed, QUIZ_PACKS_PATH; ids unique, clashes reported."""

import pytest

from questions.errors import PackError
from quiz.catalog import list_packs, resolve_pack

PACK = '[pack]\nid = "{id}"\ntitle = "{title}"\n\n[[questions]]\nid = "q"\ntype = "truefalse"\n' \
       'prompt = "Yes?"\noptions = [{{ text = "True", credit = 1.0 }}, {{ text = "False" }}]\n'


def test_packs_path_adds_folders_and_a_clash_is_reported_not_shadowed(tmp_path, monkeypatch, quiz_home):
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    (one / "a.toml").write_text(PACK.format(id="extra", title="From one"))
    (two / "b.toml").write_text(PACK.format(id="extra", title="From two"))
    (two / "c.toml").write_text(PACK.format(id="summit", title="Fake summit"))
    monkeypatch.setenv("QUIZ_PACKS_PATH", f"{one}:{two}")
    found, clashes = list_packs()
    assert found["extra"].path == one / "a.toml"
    assert found["summit"].where == "built-in"
    assert len(clashes) == 2
    assert any("b.toml" in c and "'extra'" in c for c in clashes)
    assert any("c.toml" in c and "'summit'" in c for c in clashes)
    assert resolve_pack("extra").pack.title == "From one"


def test_resolve_by_path_and_unknown_ids(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text(PACK.format(id="mine", title="Mine"))
    assert resolve_pack(str(path)).pack.id == "mine"
    with pytest.raises(PackError, match="unknown pack 'nope'"):
        resolve_pack("nope")
    with pytest.raises(PackError, match="no such pack file"):
        resolve_pack(str(tmp_path / "gone.toml"))


def test_a_folder_named_like_a_pack_id_does_not_hide_the_pack(tmp_path, monkeypatch):
    (tmp_path / "summit").mkdir()
    monkeypatch.chdir(tmp_path)
    assert resolve_pack("summit").where == "built-in"
