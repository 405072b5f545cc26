#!/usr/bin/env python3
"""Compile and run every code file of the CodeTutor dictionary.

usage: python3 check_code.py [--only EXT,EXT] [LESSON_ID ...]

With lesson ids, only their files; with --only, only files of those
extensions (e.g. `--only py,js`, what CI runs).

Each `code/<id>/beginner.<ext>` and `advanced.<ext>`, and each fixed bug
`code/<id>/bugs/<bug>.fixed.<ext>`, must compile and exit 0 within 20 s.
Each buggy `code/<id>/bugs/<bug>.<ext>` must fail (at compile or run time),
and its output must contain the bug's `fails_with` text from the topic file.
A language whose toolchain is missing is skipped and said so; so are
snippets that need a framework (Unity, React) or a database server (SQL).

Toolchains: python3, node, tsc (npm i typescript @types/node, or TSC=path),
java 11+, mcs + mono (Debian: mono-mcs mono-runtime), go, rustc.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
TIMEOUT = 20


def tsc():
    return os.environ.get("TSC") or shutil.which("tsc")


def steps(path: Path, work: Path):
    """Commands that build and run `path`, or None if it cannot run here."""
    ext = path.suffix[1:]
    text = path.read_text()
    if ext == "py":
        return [["python3", str(path)]]
    if ext == "js":
        return [["node", str(path)]]
    if ext == "ts":
        if not tsc():
            return None
        types = os.environ.get("TYPE_ROOTS")
        cmd = [tsc(), "--strict", "--target", "es2022", "--module", "commonjs",
               "--skipLibCheck", "--outDir", str(work), str(path)]
        if types:
            cmd[1:1] = ["--typeRoots", types]
        return [cmd, ["node", str(work / (path.stem + ".js"))]]
    if ext == "java":
        return [["java", str(path)]] if shutil.which("java") else None
    if ext == "cs":
        if "UnityEngine" in text or not shutil.which("mcs"):
            return None
        exe = work / "program.exe"
        return [["mcs", "-langversion:experimental", "-nologo", f"-out:{exe}", str(path)], ["mono", str(exe)]]
    if ext == "go":
        return [["go", "run", str(path)]] if shutil.which("go") else None
    if ext == "rs":
        exe = work / "program"
        return [["rustc", "--edition", "2021", "--crate-name", "program", "-o", str(exe), str(path)], [str(exe)]]
    return None  # jsx, tsx, sql: need a framework or a server


def run(path: Path):
    """(ok, output) of building and running `path`; ok None when skipped."""
    with tempfile.TemporaryDirectory() as work:
        commands = steps(path, Path(work))
        if commands is None:
            return None, ""
        output = ""
        for cmd in commands:
            try:
                p = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=TIMEOUT, cwd=work)
            except subprocess.TimeoutExpired:
                return False, f"timed out after {TIMEOUT} s"
            output += p.stdout + p.stderr
            if p.returncode != 0:
                return False, output
        return True, output


def bugs():
    """fails_with of every bug, keyed by (topic id, bug id)."""
    found = {}
    for f in sorted(HERE.glob("*.json")) + sorted((HERE / "topics").glob("*.json")):
        data = json.loads(f.read_text())
        for key in ("topics", "compositions"):
            for t in data.get(key, []) if isinstance(data, dict) else []:
                for b in t.get("bugs", []):
                    found[(t["id"], b["id"])] = b["fails_with"]
    return found


def main():
    args = sys.argv[1:]
    extensions = None
    if len(args) >= 2 and args[0] == "--only":
        extensions = {"." + e.strip(".") for e in args[1].split(",")}
        args = args[2:]
    only = set(args)
    expected = bugs()
    failures = skipped = passed = 0
    for path in sorted((HERE / "code").rglob("*.*")):
        topic = path.relative_to(HERE / "code").parts[0]
        if only and topic not in only:
            continue
        if extensions is not None and path.suffix not in extensions:
            continue
        buggy = path.parent.name == "bugs" and ".fixed." not in path.name
        ok, output = run(path)
        rel = path.relative_to(HERE)
        if ok is None:
            skipped += 1
            continue
        if buggy:
            want = expected.get((topic, path.name.split(".")[0]))
            if want is None:
                print(f"FAIL {rel}: no bug entry with this id in the topic's `bugs`")
                failures += 1
            elif ok:
                print(f"FAIL {rel}: the buggy code ran cleanly; expected it to fail with {want!r}")
                failures += 1
            elif want not in output:
                print(f"FAIL {rel}: failed, but without {want!r}:\n{output[-1500:]}")
                failures += 1
            else:
                passed += 1
        elif not ok:
            print(f"FAIL {rel}:\n{output[-1500:]}")
            failures += 1
        else:
            passed += 1
    print(f"{passed} passed, {failures} failed, {skipped} skipped (no toolchain here, or needs a framework)")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
