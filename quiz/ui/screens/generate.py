"""Provides "New quiz from an article…": pick a file, generate in a worker, preview, edit, save."""

from __future__ import annotations

import threading
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, ProgressBar, SelectionList, Static
from textual.widgets.selection_list import Selection
from textual.worker import Worker, WorkerState

from questions.errors import PackError
from questions.model import Pack, n_questions


class GenerateScreen(Screen):
    """Make a pack from an article file, then keep, drop or reword its questions before saving."""

    BINDINGS = [
        Binding("escape", "back", "Back / cancel"),
        Binding("ctrl+g", "generate", "Generate"),
        Binding("ctrl+s", "save", "Save pack"),
    ]

    def __init__(self, start_dir: Path | None = None) -> None:
        super().__init__()
        self.start_dir = start_dir or Path.cwd()
        self.pack: Pack | None = None
        self._stop = threading.Event()
        self._worker: Worker | None = None

    def compose(self) -> ComposeResult:
        yield Static(Text("New quiz from an article", style="bold"), id="gen-title")
        with Vertical(id="gen-form"):
            with Horizontal(classes="row"):
                yield Static("Article ", classes="label")
                yield Input(placeholder="path of a .txt, .md or .html file", id="gen-path")
            with Horizontal(classes="row"):
                yield Static("Questions ", classes="label")
                yield Input("15", id="gen-count", type="integer")
            yield ProgressBar(total=100, id="gen-progress", show_eta=False)
            yield Static(Text("Type the article's path and press Enter (Ctrl+G).", style="dim"),
                         id="gen-status")
            yield SelectionList[int](id="gen-questions")
            with Horizontal(classes="row", id="gen-edit-row"):
                yield Static("Prompt ", classes="label")
                yield Input(placeholder="highlight a question to reword it", id="gen-edit")
        with Horizontal(id="gen-buttons"):
            yield Button("Generate (Ctrl+G)", id="gen-go", variant="primary")
            yield Button("Save pack (Ctrl+S)", id="gen-save", disabled=True)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#gen-progress").display = False
        self.query_one("#gen-questions").display = False
        self.query_one("#gen-edit-row").display = False
        self.query_one("#gen-path", Input).focus()

    def _status(self, message: str, style: str = "") -> None:
        self.query_one("#gen-status", Static).update(Text(message, style=style))

    # --- generating -----------------------------------------------------------------------------

    @on(Input.Submitted, "#gen-path")
    @on(Input.Submitted, "#gen-count")
    @on(Button.Pressed, "#gen-go")
    def action_generate(self) -> None:
        if self._worker is not None and self._worker.state == WorkerState.RUNNING:
            return
        raw = self.query_one("#gen-path", Input).value.strip()
        if not raw:
            self._status("Type the path of an article file first.", "bold red")
            return
        path = Path(raw).expanduser()
        if not path.is_absolute():
            path = self.start_dir / path
        count_raw = self.query_one("#gen-count", Input).value.strip()
        count = int(count_raw) if count_raw.isdigit() and int(count_raw) > 0 else 15
        self._stop.clear()
        bar = self.query_one("#gen-progress", ProgressBar)
        bar.display = True
        bar.update(progress=0)
        self._status("Starting… (Escape cancels)")
        self._worker = self._generate(path, count)

    @work(thread=True, exclusive=True, group="generate")
    def _generate(self, path: Path, count: int) -> None:
        from questions.generate import Cancelled, generate_from_files  # spaCy: only here

        def progress(fraction: float, message: str) -> None:
            self.app.call_from_thread(self._progress, fraction, message)

        try:
            from questions.formats import slugify

            pack = generate_from_files([path], count=count, seed=0, progress=progress,
                                       cancelled=self._stop.is_set, pack_id=slugify(path.stem))
        except Cancelled:
            self.app.call_from_thread(self._status, "Cancelled.", "yellow")
        except PackError as e:
            self.app.call_from_thread(self._failed, "\n".join(str(p) for p in e.problems))
        else:
            self.app.call_from_thread(self._preview, pack)

    def _progress(self, fraction: float, message: str) -> None:
        self.query_one("#gen-progress", ProgressBar).update(progress=round(fraction * 100))
        self._status(f"{message}… (Escape cancels)")

    def _failed(self, message: str) -> None:
        self.query_one("#gen-progress").display = False
        self._status(message, "bold red")

    def _preview(self, pack: Pack) -> None:
        self.pack = pack
        self.query_one("#gen-progress").display = False
        listing = self.query_one("#gen-questions", SelectionList)
        listing.clear_options()
        listing.add_options(Selection(self._label(i), i, True) for i in range(len(pack.questions)))
        listing.display = True
        self.query_one("#gen-edit-row").display = True
        self.query_one("#gen-save", Button).disabled = False
        self._status(f"{n_questions(len(pack.questions))}. Space keeps or drops one; edit the "
                     "highlighted prompt below and press Enter; Ctrl+S saves.")
        listing.focus()
        listing.highlighted = 0

    def _label(self, i: int) -> Text:
        q = self.pack.questions[i]
        return Text.assemble((f"[{q.type}] ", "bold"), q.prompt, ("  → ", "dim"),
                             (q.right_answer_text(), "green"))

    # --- reviewing ------------------------------------------------------------------------------

    @on(SelectionList.SelectionHighlighted, "#gen-questions")
    def _highlighted(self, event: SelectionList.SelectionHighlighted) -> None:
        if self.pack is not None:
            self.query_one("#gen-edit", Input).value = self.pack.questions[event.selection.value].prompt

    @on(Input.Submitted, "#gen-edit")
    def _edited(self, event: Input.Submitted) -> None:
        listing = self.query_one("#gen-questions", SelectionList)
        if self.pack is None or listing.highlighted is None:
            return
        text = event.value.strip()
        if not text:
            self._status("A prompt cannot be empty.", "bold red")
            return
        i = listing.get_option_at_index(listing.highlighted).value
        self.pack.questions[i].prompt = text
        listing.replace_option_prompt_at_index(listing.highlighted, self._label(i))
        self._status("Prompt changed.")
        listing.focus()

    @on(Button.Pressed, "#gen-save")
    def action_save(self) -> None:
        if self.pack is None:
            return
        from questions.packs import save_pack
        from quiz.catalog import list_packs
        from quiz.paths import user_packs_dir

        keep = sorted(self.query_one("#gen-questions", SelectionList).selected)
        if not keep:
            self._status("Keep at least one question (Space).", "bold red")
            return
        pack = self.pack.model_copy(update={"questions": [self.pack.questions[i] for i in keep]})
        found, _ = list_packs()
        base, n = pack.id, 2
        while pack.id in found:
            pack.pack.id = f"{base}-{n}"
            n += 1
        try:
            path = save_pack(pack, user_packs_dir() / pack.id)
        except (PackError, OSError) as e:
            self._status(f"Could not save: {e}", "bold red")
            return
        self.notify(f"Saved {n_questions(len(keep))} as pack '{pack.id}' ({path}).")
        self.app.go_home()

    def action_back(self) -> None:
        if self._worker is not None and self._worker.state == WorkerState.RUNNING:
            self._stop.set()
            self._status("Cancelling…", "yellow")
            return
        self.app.go_home()
