"""Time from launching `quiz play` to its first question on screen, against an empty Textual app.

Runs each program in a pseudo-terminal (80x24), reads its output until a marker appears, and prints
the median of N runs and the ratio to the baseline measured in the same run. Not a test.

    uv run python bench/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

EMPTY_APP = """
from textual.app import App
from textual.widgets import Static
class Empty(App):
    def compose(self):
        yield Static("READY-MARK")
Empty().run()
"""


def time_to(marker: bytes, argv: list[str], env: dict) -> float:
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env,
                            start_new_session=True)
    os.close(slave)
    seen = b""
    try:
        while marker not in seen:
            if time.perf_counter() - start > 30:
                raise TimeoutError(argv)
            try:
                seen = (seen + os.read(master, 65536))[-4096:]
            except OSError:
                break
        return time.perf_counter() - start
    finally:
        proc.kill()
        proc.wait()
        os.close(master)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="quiz-bench-")
    env = dict(os.environ, TERM="xterm-256color", QUIZ_HOME=home)
    quiz = [sys.executable, "-m", "quiz", "play", "--player", "Bench", "--seed", "1"]
    empty = [sys.executable, "-c", EMPTY_APP]
    time_to(b"Q1.", quiz, env)  # warm the file cache and bytecode
    base, ours = [], []
    for _ in range(args.runs):
        base.append(time_to(b"READY-MARK", empty, env))
        ours.append(time_to(b"Q1.", quiz, env))
    b, o = statistics.median(base), statistics.median(ours)
    print(f"empty Textual app, first paint : median {b * 1000:6.0f} ms  (runs: {args.runs})")
    print(f"quiz play, first question      : median {o * 1000:6.0f} ms")
    print(f"ratio                          : {o / b:.2f}x")


if __name__ == "__main__":
    main()
