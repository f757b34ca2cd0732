"""Provides the Textual app and `make_app`, the one way the command line and the tests build it."""

from __future__ import annotations

import getpass
import os
import time
from pathlib import Path
from typing import Callable

from textual.app import App
from textual.binding import Binding

from questions.model import Pack, Question
from questions.packs import LoadedPack
from quiz.recorder import AttemptHandle, Recorder
from quiz.run import QuizRun

DEFAULT_COUNT = 10


def default_player() -> str:
    """`QUIZ_PLAYER`, or the login name, or "Student"."""
    name = os.environ.get("QUIZ_PLAYER")
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # no login name on some school machines
        return "Student"


class QuizApp(App):
    """newsquiz: plays packs, keeps answers, shows scores."""

    CSS_PATH = "app.tcss"
    TITLE = "newsquiz"
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", priority=True),
        Binding("f2", "toggle_dark", "Light/dark"),
    ]

    def __init__(self, *, packs: list[LoadedPack] | None, player: str | None, count: int | None,
                 seed: int | None, db_path: Path | str, clock: Callable[[], float] | None = None) -> None:
        super().__init__()
        self.clock = clock or time.monotonic
        """Times each answer; tests pass a fixed clock so that screens are repeatable."""
        self.direct = packs
        self.player = player or default_player()
        self.count = count if count is not None else DEFAULT_COUNT
        self.seed = seed
        self.runs_started = 0
        self.recorder = Recorder(db_path)

    def on_mount(self) -> None:
        if self.direct:
            packs = [lp.pack for lp in self.direct]
            self.start_quiz([(p, q) for p in packs for q in p.questions],
                            title=" + ".join(p.title for p in packs))
        else:
            self.go_home()
        # Open the database once the first screen is up: its import must not delay that screen.
        self.recorder.open()
        self.call_after_refresh(lambda: self.set_timer(0.1, self.recorder.release))

    def action_toggle_dark(self) -> None:
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"

    def _show(self, screen) -> None:
        if len(self.screen_stack) > 1:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    def go_home(self) -> None:
        """Show the home screen, with every pack the app can see."""
        from questions.errors import PackError
        from questions.packs import load_pack
        from quiz.catalog import list_packs
        from quiz.ui.screens.home import HomeScreen

        found, warnings = list_packs()
        loaded = []
        for ref in sorted(found.values(), key=lambda r: (r.where != "built-in", r.id)):
            try:
                loaded.append(LoadedPack(load_pack(ref.path), ref.path, ref.where))
            except PackError as e:
                warnings.append(f"{e.problems[0]} (pack skipped; `quiz packs validate` lists all)")
        self._show(HomeScreen(loaded, player=self.player, count=self.count, warnings=warnings))

    def start_quiz(self, questions: list[tuple[Pack, Question]], *, title: str,
                   seed: int | None = None) -> None:
        """Start a quiz over `questions` (shuffled with `seed`, cut to the chosen count)."""
        from quiz.ui.screens.play import PlayScreen

        if not questions:
            self.notify("These packs have no questions to play.", severity="error")
            return
        if seed is None and self.seed is not None:
            seed = self.seed + self.runs_started  # repeatable, yet "play again" reshuffles
        self.runs_started += 1
        run = QuizRun(questions, count=self.count, seed=seed, clock=self.clock)
        self._show(PlayScreen(run, recorder=self.recorder, player=self.player, title=title))

    def finish_run(self, run: QuizRun, attempt: AttemptHandle, title: str) -> None:
        """The last question is answered: close the attempt and show the results."""
        from quiz.ui.screens.results import ResultsScreen

        self.recorder.finish(attempt)
        self._show(ResultsScreen(run, title))

    def leave_run(self) -> None:
        """The player left a quiz part-way: its answers stay, the attempt stays unfinished."""
        self.go_home()

    def open_scores(self) -> None:
        """The teachers' scores area."""
        try:
            from quiz.ui.screens.scores import ScoresScreen
        except ImportError:
            self.notify("The scores screen is not available yet.", severity="warning")
            return
        self.push_screen(ScoresScreen(self.recorder.engine))

    def open_generate(self) -> None:
        """New quiz from an article: generate, preview, save."""
        from quiz.ui.screens.generate import GenerateScreen

        self._show(GenerateScreen())

    def on_unmount(self) -> None:
        self.recorder.close()


def make_app(*, packs: list[LoadedPack] | None = None, player: str | None = None,
             count: int | None = None, seed: int | None = None,
             db_path: Path | str = ":memory:", clock: Callable[[], float] | None = None) -> QuizApp:
    """Build the app: home screen when `packs` is None, else straight into a quiz of those packs."""
    return QuizApp(packs=packs, player=player, count=count, seed=seed, db_path=db_path, clock=clock)
