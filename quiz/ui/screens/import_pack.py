"""Provides the import screen: pick a pack file, see what it holds (or what is wrong), install it.

It runs `quiz.packs_service.import_pack`, the same function as `quiz packs import`, in a thread
worker: first as a dry run (Enter), then for real once the teacher confirms (Ctrl+S). Dismissed
with the id of the installed pack, or None.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.suggester import Suggester
from textual.widgets import Button, Footer, Input, Static

from questions.model import n_questions
from quiz.packs_service import ImportReport

CSS_FILE = str(Path(__file__).parent.parent / "import_pack.tcss")


class PathSuggester(Suggester):
    """Completes a file or folder name from what is on disk (→ accepts the suggestion)."""

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        if not value:
            return None
        path = Path(value).expanduser()
        folder, stem = (path, "") if value.endswith(os.sep) else (path.parent, path.name)
        try:
            names = sorted(e.name + (os.sep if e.is_dir() else "") for e in os.scandir(folder)
                           if e.name.startswith(stem) and not e.name.startswith("."))
        except OSError:
            return None
        if not names or names[0] == stem:
            return None
        return value + names[0][len(stem):]


@dataclass
class Outcome:
    """What one run of the import gave: a report, or the problems that stopped it."""

    report: ImportReport | None = None
    problems: list[str] = field(default_factory=list)
    installed: bool = False


class ImportScreen(Screen[str | None]):
    """Import a pack file (TOML, GIFT, CSV or .xlsx): check it, read the report, install it."""

    CSS_PATH = CSS_FILE
    BINDINGS = [
        Binding("ctrl+s", "install", "Install"),
        Binding("escape", "back", "Back"),
    ]

    checked: reactive[ImportReport | None] = reactive(None)
    """The last good dry run, for the path and id now typed; Install needs one."""
    busy: reactive[bool] = reactive(False)
    """True while the worker reads the file."""

    class Finished(Message):
        """The worker has read (or installed) the file."""

        def __init__(self, outcome: Outcome, path: str, pack_id: str) -> None:
            super().__init__()
            self.outcome = outcome
            self.path = path
            self.pack_id = pack_id

    def compose(self) -> ComposeResult:
        yield Static(Text("Import a pack", style="bold"), id="import-title")
        with Horizontal(classes="import-row"):
            yield Static("File ", classes="import-label")
            yield Input(placeholder=".toml, .gift, .txt (GIFT), .csv or .xlsx", id="import-path",
                        suggester=PathSuggester())
        with Horizontal(classes="import-row"):
            yield Static("Pack id ", classes="import-label")
            yield Input(placeholder="optional: the id to install it under", id="import-id")
        with VerticalScroll(id="import-report"):
            yield Static(Text("Type the path of a file (→ completes a name), then press Enter to check it.\n"
                              "Nothing is installed until you press Ctrl+S after a good check."),
                         id="import-messages")
        with Horizontal(id="import-buttons"):
            yield Button("Check (Enter)", id="import-check")
            yield Button("Install (Ctrl+S)", id="import-install", variant="primary", disabled=True)
            yield Button("Back (Esc)", id="import-back")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#import-path", Input).focus()

    def _typed(self) -> tuple[str, str]:
        return (self.query_one("#import-path", Input).value.strip(),
                self.query_one("#import-id", Input).value.strip())

    # --- state -> screen -------------------------------------------------------------------------

    def watch_checked(self, report: ImportReport | None) -> None:
        self.query_one("#import-install", Button).disabled = report is None

    def watch_busy(self, busy: bool) -> None:
        self.query_one("#import-check", Button).disabled = busy
        if busy:
            self.query_one("#import-install", Button).disabled = True
        else:
            self.watch_checked(self.checked)

    def _say(self, text: Text) -> None:
        self.query_one("#import-messages", Static).update(text)
        self.query_one("#import-report", VerticalScroll).scroll_home(animate=False)

    # --- actions ---------------------------------------------------------------------------------

    @on(Input.Changed)
    def _changed(self) -> None:
        self.checked = None  # what was checked is no longer what is typed

    @on(Input.Submitted)
    @on(Button.Pressed, "#import-check")
    def action_check(self) -> None:
        if self.busy:
            return
        path, pack_id = self._typed()
        if not path:
            self.notify("Type the path of the file to import.", severity="warning")
            self.query_one("#import-path", Input).focus()
            return
        self.busy = True
        self._say(Text(f"Checking {path}…"))
        self._run(path, pack_id, install=False)

    @on(Button.Pressed, "#import-install")
    def action_install(self) -> None:
        if self.busy:
            return
        if self.checked is None:
            self.notify("Check the file first (Enter); Ctrl+S then installs it.", severity="warning")
            return
        path, pack_id = self._typed()
        self.busy = True
        self._run(path, pack_id, install=True)

    @on(Button.Pressed, "#import-back")
    def action_back(self) -> None:
        self.dismiss(None)

    @work(thread=True, exclusive=True, group="import")
    def _run(self, path: str, pack_id: str, *, install: bool) -> None:
        """Read (and with `install`, install) the file, off the event loop; posts `Finished`."""
        from questions.errors import PackError
        from quiz.errors import QuizError
        from quiz.packs_service import import_pack

        outcome = Outcome(installed=install)
        try:
            outcome.report = import_pack(path, pack_id=pack_id or None, dry_run=not install)
        except PackError as e:
            outcome.problems = [str(p) for p in e.problems]
        except (QuizError, OSError) as e:
            outcome.problems = [f"{path}: {e}"]
        except Exception as e:  # a bug in a reader must not close the app on a teacher's file
            outcome.problems = [f"{path}: newsquiz could not read this file ({type(e).__name__}: {e}); "
                                "please report it"]
        self.post_message(self.Finished(outcome, path, pack_id))

    @on(Finished)
    def _finished(self, event: Finished) -> None:
        self.busy = False
        outcome = event.outcome
        if event.path != self._typed()[0] or event.pack_id != self._typed()[1]:
            return  # the teacher typed something else meanwhile; that will be checked next
        if outcome.problems:
            self.checked = None
            text = Text("Nothing was installed. Problems found:\n", style="bold red")
            for line in outcome.problems:
                text.append(line + "\n")
            self._say(text)
            return
        report = outcome.report
        assert report is not None
        if outcome.installed:
            self.app.notify(f"Installed pack '{report.pack.id}': {n_questions(len(report.pack.questions))}.",
                            markup=False)
            self.dismiss(report.pack.id)
            return
        self.checked = report
        text = Text()
        for n, line in enumerate(report.lines()[:-1]):  # all but "Dry run: nothing was installed"
            text.append(line + "\n", style="bold" if n == 0 else "yellow" if line.startswith("  ") else "")
        text.append("Press Ctrl+S to install it.", style="bold")
        self._say(text)
