"""The layers point one way; spaCy, Textual and SQLModel stay off the paths that don't need them."""

import subprocess
import sys


def loaded_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys; print(' '.join(sys.modules))"],
                         capture_output=True, text=True, check=True, timeout=60).stdout
    return {m.split(".")[0] for m in out.split()}


def test_questions_imports_neither_textual_nor_sqlmodel_nor_quiz():
    mods = loaded_after("import questions.model, questions.packs, questions.article, "
                        "questions.context, questions.grading")
    assert not {"textual", "sqlmodel", "quiz", "spacy"} & mods


def test_command_line_starts_without_heavy_imports():
    mods = loaded_after("import quiz.cli")
    assert not {"textual", "sqlmodel", "spacy", "sqlalchemy"} & mods


def test_playing_never_loads_spacy(tmp_path):
    code = f"""
import asyncio
from quiz.catalog import resolve_pack
from quiz.ui.app import make_app
async def main():
    app = make_app(packs=[resolve_pack('summit')], player='A', count=2, seed=1, db_path=r'{tmp_path / 'q.db'}')
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.press('1')
        await pilot.pause(0.3)
        app.go_home()
        await pilot.pause(0.3)
asyncio.run(main())
"""
    mods = loaded_after(code)
    assert "textual" in mods and "sqlmodel" in mods
    assert "spacy" not in mods
