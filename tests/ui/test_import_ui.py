"""The app's "Import a pack…" screen, driven by keys: check, read the report, install, back home."""

from pathlib import Path

from textual.widgets import Button, Input, SelectionList, Static

from quiz.paths import user_packs_dir
from quiz.ui.app import make_app
from quiz.ui.screens.home import HomeScreen
from quiz.ui.screens.import_pack import ImportScreen, PathSuggester
from tests.ui.helpers import FixedClock

SIZE = (80, 24)

GIFT = """// Year 9 current events
::capital::Which city is the capital of France?{=Paris ~Lyon#Lyon is the third city. ~Marseille}

::essay::Why does the summit matter? {}

::hours::How many hours did the talks last?{#4..5}
"""

BROKEN = """::a::Capital of France?{=Paris ~Lyon

::b::How many?{#four}
"""


def home_app():
    return make_app(player="Ann", count=5, seed=1, db_path=":memory:", clock=FixedClock())


def messages(screen) -> str:
    return str(screen.query_one("#import-messages", Static).content)


async def check(app, pilot, path: Path | str) -> None:
    await pilot.press("f5")
    await pilot.pause()
    assert isinstance(app.screen, ImportScreen)
    app.screen.query_one("#import-path", Input).value = str(path)
    await pilot.press("enter")
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_import_from_home_then_the_new_pack_is_ticked_in_the_list(tmp_path):
    path = tmp_path / "year-9.gift"
    path.write_text(GIFT, encoding="utf-8")
    app = home_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await check(app, pilot, path)
        screen = app.screen
        text = messages(screen)
        assert "2 questions read from year-9.gift (gift) into pack 'year-9'" in text
        assert "Types: 1 choice, 1 number" in text
        assert f"{path}:4: 'essay'" in text and "Ctrl+S" in text
        assert not screen.query_one("#import-install", Button).disabled
        assert not user_packs_dir().exists()  # checking installs nothing

        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)
        ids = [lp.pack.id for lp in home.packs]
        assert "year-9" in ids
        packs = home.query_one("#packs", SelectionList)
        assert packs.highlighted == ids.index("year-9") and packs.selected == [ids.index("year-9")]
        assert "installed" in str(home.query_one("#pack-info", Static).content)
        assert len(app.screen_stack) == 2  # home replaced, not piled up
    assert (user_packs_dir() / "year-9" / "year-9.toml").exists()


async def test_a_broken_file_shows_every_problem_with_its_line_and_installs_nothing(tmp_path):
    path = tmp_path / "broken.gift"
    path.write_text(BROKEN, encoding="utf-8")
    app = home_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await check(app, pilot, path)
        text = messages(app.screen)
        assert "Nothing was installed" in text
        assert f"{path}:1:" in text and f"{path}:3:" in text
        assert app.screen.query_one("#import-install", Button).disabled
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ImportScreen)
    assert not user_packs_dir().exists()


async def test_a_clash_is_reported_and_another_id_installs(tmp_path):
    path = tmp_path / "summit.gift"
    path.write_text(GIFT, encoding="utf-8")
    app = home_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await check(app, pilot, path)
        assert "already there (built-in" in messages(app.screen)
        app.screen.query_one("#import-id", Input).value = "summit-class"
        app.screen.query_one("#import-id", Input).focus()
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "into pack 'summit-class'" in messages(app.screen)
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    assert (user_packs_dir() / "summit-class" / "summit-class.toml").exists()


async def test_typing_after_a_check_asks_for_a_new_one_and_escape_goes_home(tmp_path):
    path = tmp_path / "year-9.gift"
    path.write_text(GIFT, encoding="utf-8")
    app = home_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await check(app, pilot, path)
        install = app.screen.query_one("#import-install", Button)
        assert not install.disabled
        await pilot.press("backspace")  # the path no longer names the file that was checked
        assert install.disabled
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    assert not user_packs_dir().exists()


async def test_path_suggester_completes_file_and_folder_names(tmp_path):
    (tmp_path / "year-9.gift").write_text(GIFT, encoding="utf-8")
    (tmp_path / "packs").mkdir()
    suggest = PathSuggester()
    assert await suggest.get_suggestion(str(tmp_path / "ye")) == str(tmp_path / "year-9.gift")
    assert await suggest.get_suggestion(str(tmp_path / "pa")) == str(tmp_path / "packs") + "/"
    assert await suggest.get_suggestion(str(tmp_path / "zz")) is None
    assert await suggest.get_suggestion(str(tmp_path / "nowhere" / "x")) is None


def test_import_screen_report_snapshot(snap_compare, tmp_path, monkeypatch):
    (tmp_path / "year-9.gift").write_text(GIFT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # a relative path keeps the snapshot free of the temporary folder

    async def run(pilot):
        await pilot.press("f5")
        await pilot.pause()
        await pilot.press(*"year-9.gift", "enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(home_app(), terminal_size=SIZE, run_before=run)
