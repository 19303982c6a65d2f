"""The report and gate from the command line: formats, config files, quiet, exit codes 0-3.

Exit codes are checked by running the installed console script in a subprocess,
as a pipeline would; formats in-process with Typer's runner. Every test uses a
store under tmp_path.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from reporting import ROOT, SEED
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.models import Comparison, Report
from claimcheck.report import summary_line
from claimcheck.store import DEFAULT_DB_ENV

AGREEING = ROOT / "tests" / "fixtures" / "agreeing_en.md"
_SCRIPT = Path(sys.executable).with_name("claimcheck")
CLI = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "claimcheck.cli"]
runner = CliRunner()


@pytest.fixture(autouse=True)
def _private_default_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point $CLAIMCHECK_DB into tmp_path, so no test touches the user's store."""
    monkeypatch.setenv(DEFAULT_DB_ENV, str(tmp_path / "default" / "claims.duckdb"))


def invoke(*args: str | Path, cwd: Path | None = None):
    """Run the app in-process (optionally from another current folder)."""
    old = Path.cwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        return runner.invoke(app, [str(a) for a in args], env={"COLUMNS": "160"})
    finally:
        os.chdir(old)


def run(*args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """Run the console script in a subprocess, as a pipeline would."""
    return subprocess.run(
        [*CLI, *(str(a) for a in args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env={**os.environ, "NO_COLOR": "1", "COLUMNS": "160"},
        timeout=120,
        check=False,
    )


def article_in(folder: Path, source: Path = SEED) -> Path:
    """A copy of ``source`` inside ``folder`` (where a config file can sit above it)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.name
    shutil.copyfile(source, target)
    return target


# --------------------------------------------------------------------------- exit codes


def test_exit_0_when_every_claim_passes_the_gate(db: Path) -> None:
    """Exit 0: an article whose claims all agree passes --fail-on conflict."""
    proc = run("check", AGREEING, "--db", db, "--fail-on", "conflict", "-q")
    assert proc.returncode == 0, proc.stderr
    assert "conflicts" not in proc.stdout


def test_exit_1_when_the_gate_fails(db: Path) -> None:
    """Exit 1: the seed has a conflicting claim; stderr names the failing verdict."""
    proc = run("check", SEED, "--db", db, "--fail-on", "conflict", "--fail-on", "imprecise")
    assert proc.returncode == 1
    assert proc.stderr.strip().startswith("claimcheck: gate failed: 1 conflicts, 2 imprecise")


@pytest.mark.parametrize("name", ["conflict", "conflicts"])
def test_exit_1_quiet_prints_only_the_verdict_line(db: Path, name: str) -> None:
    """With -q a failing gate still exits 1, and stdout is the summary line alone; the
    gate takes the verdict's own name (conflicts) as well as the short one."""
    proc = run("check", SEED, "--db", db, "--fail-on", name, "-q")
    assert proc.returncode == 1
    assert len(proc.stdout.splitlines()) == 1 and proc.stdout.startswith("19 claims:")
    assert proc.stderr == ""


@pytest.mark.parametrize(
    "args",
    [
        ("check", "missing.md"),
        ("check", str(SEED), "--format", "csv"),
        ("check", str(SEED), "--config", "missing.toml"),
    ],
)
def test_exit_2_on_usage_or_input_error(db: Path, args: tuple[str, ...]) -> None:
    """Exit 2: a missing article, a check format that is only for compare, a missing config."""
    proc = run(*args, "--db", db)
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    assert proc.stderr.startswith("claimcheck: error:") and "Traceback" not in proc.stderr


def test_exit_2_on_a_bad_config_file(db: Path, tmp_path: Path) -> None:
    """Exit 2: a typo in claimcheck.toml is one line naming the file and the key."""
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "claimcheck.toml").write_text("fail-onn = 'conflict'\n")
    article = article_in(tmp_path / "desk")
    proc = run("check", article, "--db", db)
    assert proc.returncode == 2
    assert "claimcheck.toml" in proc.stderr and "fail-onn" in proc.stderr
    assert len(proc.stderr.splitlines()) == 1


def test_exit_2_on_an_unknown_flag_value(db: Path) -> None:
    """Exit 2: Typer's usage error for a --fail-on value it does not know."""
    proc = run("check", SEED, "--db", db, "--fail-on", "agree")
    assert proc.returncode == 2


def test_exit_3_when_the_store_is_not_a_database(tmp_path: Path) -> None:
    """Exit 3: --db pointing at a text file is store trouble, one line on stderr."""
    bogus = tmp_path / "notes.duckdb"
    bogus.write_text("not a database\n")
    proc = run("check", SEED, "--db", bogus, "--fail-on", "conflict")
    assert proc.returncode == 3, (proc.stdout, proc.stderr)
    assert proc.stderr.startswith("claimcheck: error:") and len(proc.stderr.splitlines()) == 1


# --------------------------------------------------------------------------- config files


def test_config_file_sets_the_gate(db: Path, tmp_path: Path) -> None:
    """fail-on in a claimcheck.toml above the article makes the check fail without flags."""
    (tmp_path / "claimcheck.toml").write_text('fail-on = ["conflict"]\n')
    article = article_in(tmp_path / "desk" / "today")
    assert invoke("check", article, "--db", db, "-q").exit_code == 1


def test_flag_overrides_the_config_gate(db: Path, tmp_path: Path) -> None:
    """--fail-on never on the command line turns off the file's gate."""
    (tmp_path / "claimcheck.toml").write_text('fail-on = ["conflict"]\n')
    article = article_in(tmp_path)
    assert invoke("check", article, "--db", db, "-q", "--fail-on", "never").exit_code == 0


def test_pyproject_tool_table_sets_min_sources_and_format(db: Path, tmp_path: Path) -> None:
    """[tool.claimcheck] in pyproject.toml sets min-sources and the format; the flag wins."""
    (tmp_path / "pyproject.toml").write_text(
        '[tool.claimcheck]\nmin-sources = 3\nformat = "json"\n'
    )
    article = article_in(tmp_path)
    result = invoke("check", article, "--db", db)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["settings"]["min_sources"] == 3
    result = invoke("check", article, "--db", db, "--min-sources", "2", "-f", "json")
    assert json.loads(result.stdout)["settings"]["min_sources"] == 2


def test_config_from_the_current_folder_for_stdin(db: Path, tmp_path: Path) -> None:
    """For stdin the config is looked for from the current folder."""
    (tmp_path / "claimcheck.toml").write_text('fail-on = "conflict"\n')
    proc = subprocess.run(
        [*CLI, "check", "-", "--db", str(db), "-q"],
        input=SEED.read_bytes(),
        capture_output=True,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 1, proc.stderr


def test_explicit_config_flag(db: Path, tmp_path: Path) -> None:
    """--config PATH uses that file instead of searching."""
    cfg = tmp_path / "gate.toml"
    cfg.write_text('fail-on = ["imprecise"]\n')
    assert invoke("check", SEED, "--db", db, "-q", "--config", cfg).exit_code == 1


# --------------------------------------------------------------------------- formats


def test_check_html_writes_one_self_contained_page(db: Path, tmp_path: Path) -> None:
    """check --format html -o FILE writes a page with the article's claims highlighted."""
    target = tmp_path / "report.html"
    result = invoke("check", SEED, "--db", db, "--format", "html", "-o", target)
    assert result.exit_code == 0, result.stderr
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and '<html lang="ar" dir="rtl">' in page
    assert page.count("<mark ") >= 19 and "<script" not in page


@pytest.mark.parametrize("fmt", ["json", "markdown", "html", "table"])
def test_check_output_is_identical_across_runs(db: Path, tmp_path: Path, fmt: str) -> None:
    """Two runs of check give byte-identical output in every format (no timestamps)."""
    outs = []
    for i in (1, 2):
        target = tmp_path / f"r{i}.{fmt}"
        assert invoke("check", SEED, "--db", db, "-f", fmt, "-o", target).exit_code == 0
        outs.append(target.read_bytes())
    assert outs[0] == outs[1]


def test_check_quiet_with_output_writes_the_file_and_prints_the_line(
    db: Path, tmp_path: Path
) -> None:
    """-q -o FILE writes the full report and prints only the verdict line."""
    target = tmp_path / "r.json"
    result = invoke("check", SEED, "--db", db, "-q", "-f", "json", "-o", target)
    report = Report.model_validate_json(target.read_text(encoding="utf-8"))
    assert result.stdout == summary_line(report) + "\n"


def test_check_table_visual_bidi(db: Path) -> None:
    """--bidi visual reorders Arabic in the table; the summary line is unchanged."""
    result = invoke("check", SEED, "--db", db, "--bidi", "visual")
    assert result.exit_code == 0, result.stderr
    assert "دحاو موي" in result.stdout and "يوم واحد" not in result.stdout


@pytest.mark.parametrize("fmt", ["table", "json", "markdown", "csv", "html"])
def test_compare_in_every_format(db: Path, tmp_path: Path, fmt: str) -> None:
    """compare writes table, JSON, Markdown, CSV and HTML, each naming the outlets."""
    target = tmp_path / f"compare.{fmt}"
    result = invoke("compare", "--db", db, "-f", fmt, "-o", target)
    assert result.exit_code == 0, result.stderr
    text = target.read_text(encoding="utf-8")
    assert "namsan-herald" in text or "The Namsan Herald" in text
    if fmt == "json":
        assert Comparison.model_validate_json(text).rows
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(text)))
        assert rows[0][0] == "key" and rows[0][-1] == "outliers" and len(rows) > 2
    elif fmt == "html":
        assert text.startswith("<!doctype html>") and 'class="outlier"' in text
    elif fmt == "markdown":
        assert text.startswith("| claim |")


def test_compare_table_to_a_missing_folder_exits_2(db: Path, tmp_path: Path) -> None:
    """compare -o into a folder that does not exist is one error line and exit 2."""
    proc = run("compare", "--db", db, "-o", tmp_path / "no" / "such" / "compare.txt")
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.startswith("claimcheck: error:") and "Traceback" not in proc.stderr


def test_schema_command_prints_the_published_schema() -> None:
    """`claimcheck schema` prints exactly claimcheck/report/schemas/report.schema.json."""
    from claimcheck.report.machine import published_schema

    result = invoke("schema")
    assert result.exit_code == 0
    assert result.stdout == published_schema("report")
