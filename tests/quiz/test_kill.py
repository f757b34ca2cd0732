"""A real `quiz play` in a pseudo-terminal, killed with SIGKILL mid-quiz: nothing answered is lost."""

import fcntl
import json
import os
import pty
import signal
import sqlite3
import struct
import subprocess
import sys
import termios
import threading
import time

import pytest

PACK = """[pack]
id = "kill"
title = "Kill test"
{questions}
"""
QUESTION = """
[[questions]]
id = "q{n}"
type = "choice"
prompt = "Question {n}?"
options = [{{ text = "yes", credit = 1.0 }}, {{ text = "no" }}]
"""


def answers_in(db) -> int:
    try:
        con = sqlite3.connect(db, timeout=5)
        return con.execute("select count(*) from answer").fetchone()[0]
    except sqlite3.Error:
        return -1


def wait_for(predicate, timeout=20.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.05)
    return False


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_kill_9_mid_quiz_loses_no_answer(tmp_path):
    pack = tmp_path / "kill.toml"
    pack.write_text(PACK.format(questions="".join(QUESTION.format(n=n) for n in range(6))))
    db = tmp_path / "kill.db"
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = dict(os.environ, TERM="xterm-256color", QUIZ_HOME=str(tmp_path / "home"))
    proc = subprocess.Popen(
        [sys.executable, "-m", "quiz", "play", "--pack", str(pack), "--player", "Kay",
         "--seed", "1", "--count", "6", "--db", str(db)],
        stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True)
    os.close(slave)
    screen = bytearray()

    def drain():
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:
                return
            if not data:
                return
            screen.extend(data)

    threading.Thread(target=drain, daemon=True).start()
    try:
        assert wait_for(lambda: b"Question" in screen), "the first question never appeared"
        for n in range(1, 4):
            os.write(master, b"1")
            assert wait_for(lambda n=n: answers_in(db) == n), f"answer {n} was not stored"
            os.write(master, b"\r")
            time.sleep(0.3)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
    assert proc.returncode == -signal.SIGKILL
    con = sqlite3.connect(db)
    assert con.execute("select count(*) from answer").fetchone()[0] == 3
    assert con.execute("select finished from attempt").fetchall() == [(None,)]
    out = subprocess.run([sys.executable, "-m", "quiz", "scores", "--json", "--db", str(db)],
                         capture_output=True, text=True, check=True, env=env).stdout
    row = json.loads(out)[0]
    assert (row["player"], row["answered"], row["finished"], row["max_score"]) == ("Kay", 3, None, 6)
