"""The README runs: every ``rimedio`` example in its ```bash blocks, in order, against a fresh demo shop.

How the README's blocks are read (say so in the README when you change them):
- Only fenced blocks marked ```bash are run; a block meant to be shown but not run here (it needs a PostgreSQL
  server, another machine, a real mail account) is marked ```console or ```text instead.
- In a ```bash block, lines starting with ``rimedio`` are examples (a trailing ``\\`` continues a line);
  ``export NAME=VALUE …`` lines set the environment of the examples after them; other lines are not run.
- ``[…]`` in an example is an optional part and is left out; ``…`` elsewhere is a placeholder and fails the test
  (write a runnable example). ``> FILE`` writes the example's output to FILE.
- An example must exit 0, unless its comment says ``refused``: then it must exit 1.
- Files the examples read are laid in the working folder first (:data:`FILES`), the mail server is a fake one,
  ``~`` is a fresh home folder, and new passwords come from ``RIMEDIO_NEW_PASSWORD``.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from ui.entry import main

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
FIXTURES = ROOT / "tests" / "imports" / "fixtures"

#: README file name → what the test lays there (a fixture of tests/imports/fixtures, or text).
FILES: dict[str, str | Path] = {
    "orders_export.csv": FIXTURES / "shopify_orders_79.csv",
    "export.csv": FIXTURES / "shopify_orders_bad_rows.csv",
    "spreadsheet.csv": FIXTURES / "shopify_orders_spreadsheet_dmy.csv",
    "customers_export.csv": FIXTURES / "shopify_customers_old_with_id.csv",
    "gestionale.csv": FIXTURES / "mapped_orders.csv",
    "gestionale.json": "",  # GESTIONALE, below
}


@dataclass
class Example:
    line: int  # README line where the example starts
    text: str  # as written
    argv: list[str]
    env: dict[str, str]
    expect: int
    output: str | None  # the file of a ``> FILE`` redirection


def _logical_lines(block: list[tuple[int, str]]) -> list[tuple[int, str]]:
    joined: list[tuple[int, str]] = []
    start, parts = None, []
    for number, text in block:
        if start is None:
            start = number
        if text.rstrip().endswith("\\"):
            parts.append(text.rstrip()[:-1])
            continue
        parts.append(text)
        joined.append((start, " ".join(p.strip() for p in parts)))
        start, parts = None, []
    if parts:
        joined.append((start, " ".join(p.strip() for p in parts)))
    return joined


def _split_comment(text: str) -> tuple[str, str]:
    """``command  # comment`` → (command, comment); a ``#`` inside quotes or a word belongs to the command."""
    quote = None
    for i, ch in enumerate(text):
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch == "#" and (i == 0 or text[i - 1].isspace()):
            return text[:i].rstrip(), text[i + 1 :].strip()
    return text.rstrip(), ""


def _without_optional_parts(command: str) -> str:
    previous = None
    while previous != command:  # innermost first: [--a [--b]]
        previous, command = command, re.sub(r"\s*\[[^\[\]]*\]", "", command)
    return command


def readme_examples(text: str) -> list[Example]:
    examples: list[Example] = []
    env: dict[str, str] = {}
    block: list[tuple[int, str]] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if block is None:
            if stripped.startswith("```bash"):
                block = []
            continue
        if stripped.startswith("```"):
            for start, logical in _logical_lines(block):
                command, comment = _split_comment(logical.strip())
                if command.startswith("export "):
                    for item in shlex.split(command)[1:]:
                        name, _, value = item.partition("=")
                        env[name] = value
                elif command.startswith("rimedio ") or command == "rimedio":
                    examples.append(_example(start, command, comment, dict(env)))
            block = None
            continue
        block.append((number, line))
    return examples


def _example(line: int, command: str, comment: str, env: dict[str, str]) -> Example:
    runnable = _without_optional_parts(command)
    output = None
    match = re.search(r"\s>\s*(\S+)\s*$", runnable)
    if match:
        output, runnable = match.group(1), runnable[: match.start()]
    argv = shlex.split(runnable)[1:]
    expect = 1 if re.search(r"\brefused\b", comment, flags=re.I) else 0
    return Example(line, command, argv, env, expect, output)


class FakeSMTP:
    """Stands in for the mail server of the README's ``smtp set`` (no mail leaves the machine)."""

    sent: list = []

    def __init__(self, host, port, timeout=None, **_kwargs):
        self.host, self.port = host, port

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def ehlo(self, *_args):
        return 250, b"ok"

    def starttls(self, **_kwargs):
        return 220, b"ok"

    def login(self, user, password):
        return 235, b"ok"

    def send_message(self, msg):
        FakeSMTP.sent.append(msg)
        return {}


@pytest.fixture
def workplace(tmp_path, monkeypatch):
    """A fresh data folder (the autouse fixture's), the README's files in the working folder, a home with a
    signature, the fake mail server."""
    work = tmp_path / "work"
    home = tmp_path / "home"
    work.mkdir()
    home.mkdir()
    for name, source in FILES.items():
        if isinstance(source, Path):
            shutil.copyfile(source, work / name)
    (work / "gestionale.json").write_text(json.dumps(GESTIONALE), encoding="utf-8")
    from PIL import Image

    Image.new("RGBA", (240, 80), (20, 40, 120, 255)).save(home / "firma.png")
    monkeypatch.chdir(work)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("RIMEDIO_NEW_PASSWORD", "a-new-password-1")
    monkeypatch.setenv("RIMEDIO_SMTP_PASSWORD", "mail-password")
    for name in ("RIMEDIO_USER", "RIMEDIO_PASSWORD", "RIMEDIO_DB"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("app.documents.mailer.smtplib.SMTP", FakeSMTP)
    return work


#: The mapping the README saves as ``Gestionale``: the columns of tests/imports/fixtures/mapped_orders.csv.
GESTIONALE = {
    "kind": "orders",
    "date_order": "dmy",
    "fields": {
        "order_number": "Ordine",
        "created_at": "Data ordine",
        "full_name": "Cliente",
        "email": "E-mail",
        "line_name": "Prodotto",
        "line_sku": "Codice",
        "line_quantity": "Pezzi",
        "line_unit_price": "Prezzo",
        "total": "Totale",
    },
}


def test_the_readme_has_examples_and_they_are_read_right():
    examples = readme_examples(README.read_text(encoding="utf-8"))
    assert len(examples) >= 40, "the README's ```bash blocks hold fewer rimedio examples than expected"
    sample = readme_examples(
        "```bash\nexport RIMEDIO_USER=agent\nrimedio case open --order '#7' \\\n"
        '   --summary "a # b" [--size a4|a5]   # refused: why\nrimedio x > out.txt\n```\n'
    )
    assert sample[0].argv == ["case", "open", "--order", "#7", "--summary", "a # b"]
    assert sample[0].expect == 1 and sample[0].env == {"RIMEDIO_USER": "agent"}
    assert sample[1].argv == ["x"] and sample[1].output == "out.txt"


def test_every_readme_example_runs_in_order_against_a_fresh_demo_shop(workplace, capsys, monkeypatch):
    examples = readme_examples(README.read_text(encoding="utf-8"))
    current_env: dict[str, str] = {}
    for n, example in enumerate(examples, start=1):
        where = f"README.md line {example.line}, example {n}: `{example.text}`"
        placeholder = next((a for a in example.argv if "…" in a or a == "..."), None)
        assert placeholder is None, (
            f"{where}\n  has a placeholder ({placeholder!r}): write an example that runs against the demo shop, "
            f"put optional parts in [brackets], or show it in a ```console block (not run)"
        )
        for name in set(current_env) - set(example.env):
            monkeypatch.delenv(name, raising=False)
        for name, value in example.env.items():
            monkeypatch.setenv(name, value)
        current_env = example.env
        argv = [str(Path(a).expanduser()) if a.startswith("~/") else a for a in example.argv]
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse: usage errors and --help
            code = exc.code if isinstance(exc.code, int) else 2
        out, err = capsys.readouterr()
        if example.output:
            (workplace / example.output).write_text(out, encoding="utf-8")
        assert code == example.expect, (
            f"{where}\n  exited {code}, expected {example.expect}"
            + (
                " (its comment says it is refused)"
                if example.expect
                else " (write `refused` in its comment if that is what it shows)"
            )
            + f"\n  as {example.env.get('RIMEDIO_USER', 'nobody')} (export lines above it)"
            + f"\n  stderr: {err.strip()[-800:] or '-'}\n  stdout: {out.strip()[-400:] or '-'}"
        )
