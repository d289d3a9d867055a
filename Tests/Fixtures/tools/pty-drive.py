#!/usr/bin/env python3
"""Runs a command in a pseudo-terminal and answers its questions, as a person would.

pty-drive.py ANSWERS_FILE COMMAND [ARG...]: each line of ANSWERS_FILE is typed after the
command prints a question (output ending with "? ", ": " or, for a question with its default
answer in brackets, "] "). Prints everything the command
wrote, then exits with the command's status. Gives up after 20 seconds."""
import os
import pty
import select
import sys
import time

answers = open(sys.argv[1], encoding="utf-8").read().split("\n")
pid, fd = pty.fork()
if pid == 0:
    os.execvp(sys.argv[2], sys.argv[2:])
output = b""
pending = b""
deadline = time.time() + 20
while time.time() < deadline:
    ready, _, _ = select.select([fd], [], [], 0.5)
    if not ready:
        continue
    try:
        chunk = os.read(fd, 4096)
    except OSError:
        break
    if not chunk:
        break
    output += chunk
    pending += chunk
    text = pending.decode("utf-8", "replace").rstrip(" ")
    if text.endswith("?") or text.endswith(":") or text.endswith("]"):
        answer = answers.pop(0) if answers else ""
        os.write(fd, (answer + "\n").encode("utf-8"))
        pending = b""
finished, status = os.waitpid(pid, os.WNOHANG)
if finished == 0:
    os.kill(pid, 9)
    _, status = os.waitpid(pid, 0)
    sys.stdout.write("pty-drive: the command did not finish in time\n")
sys.stdout.write(output.decode("utf-8", "replace"))
sys.exit(os.waitstatus_to_exitcode(status))
