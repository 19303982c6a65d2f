"""End-to-end tests of the ``claimcheck`` command line.

Most tests drive the Typer app in-process with ``CliRunner``; the ones that pin
exit codes, stderr and the absence of tracebacks run the installed console
script in a subprocess, as a user would. Every test uses a DuckDB file under
``tmp_path`` (``--db``, and ``$CLAIMCHECK_DB`` as a safety net), never the
user's default store.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import typer.main
from typer.testing import CliRunner, Result

from claimcheck import __version__
from claimcheck.cli import app
from claimcheck.ingest import read_article
from claimcheck.models import SCHEMA_VERSION, Report
from claimcheck.pipeline import load_outlets
from claimcheck.report import summary_line
from claimcheck.store import DEFAULT_DB_ENV, Store

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_d08127e77ea73739.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
AGREEING_EN = FIXTURES / "agreeing_en.md"
EXTRA_EN = FIXTURES / "extra_en"
ARABIC_UTF8 = FIXTURES / "arabic_utf8.txt"
ARABIC_CP1256 = FIXTURES / "arabic_cp1256.txt"
README = ROOT / "README.md"

VERDICTS = {"agrees", "conflicts", "imprecise", "unverified", "disputed"}
CORPUS_OUTLETS = {
    "harbour-ledger",
    "marfa-news",
    "meridian-wire",
    "mijdaf",
    "namsan-herald",
    "nawafidh-sharq",
    "northgate-chronicle",
    "waha-zarqa",
}
#: The first bytes of a PNG image: a signature and the start of an IHDR chunk.
PNG_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06"

# The console script beside this interpreter (the venv's), else ``python -m claimcheck.cli``.
_SCRIPT = Path(sys.executable).with_name("claimcheck")
CLI = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "claimcheck.cli"]

runner = CliRunner()


# --------------------------------------------------------------------------- helpers


def invoke(*args: str | Path, input: bytes | str | None = None) -> Result:
    """Run the app in-process with a wide terminal, so tables do not truncate ids."""
    return runner.invoke(app, [str(a) for a in args], input=input, env={"COLUMNS": "200"})


def run_cli(*args: str | Path, env_db: Path) -> subprocess.CompletedProcess[str]:
    """Run the console script in a subprocess, with ``$CLAIMCHECK_DB`` pointing at ``env_db``."""
    env = {**os.environ, DEFAULT_DB_ENV: str(env_db), "COLUMNS": "200", "NO_COLOR": "1"}
    return subprocess.run(
        [*CLI, *(str(a) for a in args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


def counts(db: Path) -> dict[str, int]:
    """Outlets, articles and claims stored in the DuckDB file ``db``."""
    with Store(db) as store:
        return store.count()


def assert_one_error_line(proc: subprocess.CompletedProcess[str], code: int, where: str) -> str:
    """Exit ``code``, exactly one stderr line ``claimcheck: error: ...`` naming ``where``."""
    assert proc.returncode == code, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stdout + proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("claimcheck: error:"), lines[0]
    assert where in lines[0], (where, lines[0])
    return lines[0]


def by_text(report: dict[str, Any], text: str) -> dict[str, Any]:
    """The one checked claim whose ``claim.text`` is ``text``."""
    found = [c for c in report["claims"] if c["claim"]["text"] == text]
    assert len(found) == 1, [c["claim"]["text"] for c in report["claims"]]
    return found[0]


def check_json(path: str | Path, db: Path, *extra: str, input: bytes | None = None) -> dict:
    """``claimcheck check PATH --format json --db DB``, parsed."""
    result = invoke("check", path, "--format", "json", "--db", db, *extra, input=input)
    assert result.exit_code == 0, (result.stdout, result.stderr, result.exception)
    return json.loads(result.stdout)


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(autouse=True)
def _private_default_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point ``$CLAIMCHECK_DB`` into tmp_path, so no test can touch the user's store."""
    path = tmp_path / "default-store" / "claims.duckdb"
    monkeypatch.setenv(DEFAULT_DB_ENV, str(path))
    return path


@pytest.fixture(scope="session")
def seed_report(corpus_db: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The seed's ``check --format json`` report against the corpus (run once)."""
    path = tmp_path_factory.mktemp("seed") / "claims.duckdb"
    shutil.copyfile(corpus_db, path)
    return check_json(SEED, path)


# --------------------------------------------------------------------------- check: JSON


def test_check_json_is_valid_and_versioned(seed_report: dict) -> None:
    """`check --format json` prints one JSON report with the current schema_version."""
    assert seed_report["schema_version"] == SCHEMA_VERSION
    Report.model_validate(seed_report)
    assert seed_report["summary"]["claims"] == len(seed_report["claims"]) > 0


def test_check_json_verdicts_are_known(seed_report: dict) -> None:
    """Every claim carries a verdict from the five documented ones."""
    assert {c["verdict"] for c in seed_report["claims"]} <= VERDICTS


def test_check_json_seed_has_every_verdict_kind(seed_report: dict) -> None:
    """The seed article exercises all five verdicts, and the summary counts them."""
    verdicts = [c["verdict"] for c in seed_report["claims"]]
    assert set(verdicts) == VERDICTS
    assert seed_report["summary"]["verdicts"] == {v: verdicts.count(v) for v in VERDICTS}


def test_check_json_spans_index_the_article(seed_report: dict) -> None:
    """Each claim's text is exactly ``article.text[start:end]`` of the seed as read."""
    text = read_article(SEED).text
    for c in seed_report["claims"]:
        claim = c["claim"]
        assert text[claim["start"] : claim["end"]] == claim["text"]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("نحو ٢٦ قائد دولة", "agrees"),
        ("نحو ساعتين ونصفاً", "conflicts"),
        ("نحو آلاف المشاركين", "imprecise"),
        ("ثمانين عاماً", "agrees"),
        ("٢٠٢٣", "agrees"),
        ("آلاف المقاتلين", "imprecise"),
    ],
)
def test_check_json_seed_verdicts(seed_report: dict, text: str, verdict: str) -> None:
    """The seed's known figures and dates get the verdicts an editor would give."""
    assert by_text(seed_report, text)["verdict"] == verdict


def test_check_json_talks_conflict_on_participants(seed_report: dict, corpus_db: Path) -> None:
    """The 2.5-hour talks conflict: the seed adds Xi; the other outlets name Putin and Kim."""
    talks = by_text(seed_report, "نحو ساعتين ونصفاً")
    assert "participants" in talks["reason"]
    with Store(corpus_db, read_only=True) as store:
        stored = {c.id: c for c in store.claims()}
    cited = [stored[e["claim_id"]].participants for e in talks["evidence"]]
    assert ["kim_jong_un", "vladimir_putin"] in cited


def test_check_json_crowd_is_imprecise_against_more_than_10000(seed_report: dict) -> None:
    """The vague crowd ("some thousands") is imprecise: others say more than 10,000."""
    crowd = by_text(seed_report, "نحو آلاف المشاركين")
    assert any(">10,000" in e["value"] for e in crowd["evidence"])


def test_check_json_fighters_imprecise_against_precise_figures(seed_report: dict) -> None:
    """The vague "thousands of fighters" is imprecise: others give 15,000, 13,000, 11,000."""
    fighters = by_text(seed_report, "آلاف المقاتلين")
    values = " ".join(e["value"] for e in fighters["evidence"])
    for figure in ("15,000", "13,000", "11,000"):
        assert figure in values


def test_check_json_judged_claims_cite_dated_linked_outlets(seed_report: dict) -> None:
    """Every verdict other than unverified cites evidence with outlet, url and date."""
    judged = [c for c in seed_report["claims"] if c["verdict"] != "unverified"]
    assert judged
    for c in judged:
        assert c["evidence"], c["claim"]["text"]
        assert any(e["outlet"] and e["url"] and e["published"] for e in c["evidence"]), c


def test_check_json_unverified_claims_have_a_reason(seed_report: dict) -> None:
    """An unverified claim says why in its reason."""
    unverified = [c for c in seed_report["claims"] if c["verdict"] == "unverified"]
    assert unverified
    for c in unverified:
        assert c["reason"].strip()


# --------------------------------------------------------------------------- check: other formats


def test_check_table_is_default_and_ends_with_summary(db: Path, seed_report: dict) -> None:
    """Without --format, check prints a verdict table and then the summary line."""
    result = invoke("check", SEED, "--db", db)
    assert result.exit_code == 0, result.stderr
    line = summary_line(Report.model_validate(seed_report))
    assert result.stdout.rstrip().splitlines()[-1] == line
    for word in ("verdict", "claim", "evidence", "conflicts", "imprecise", "agrees"):
        assert word in result.stdout
    assert "ثمانين عاماً" in result.stdout


def test_check_markdown_is_a_table(db: Path, seed_report: dict) -> None:
    """--format markdown gives a title, the summary and one table row per claim."""
    result = invoke("check", SEED, "--db", db, "--format", "markdown")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("# claimcheck report")
    head = lines.index("| # | verdict | claim | value | reason |")
    assert lines[head + 1] == "|---|---|---|---|---|"
    rows = [ln for ln in lines[head + 2 :] if ln.startswith("| ")]
    assert len(rows) == seed_report["summary"]["claims"]
    assert summary_line(Report.model_validate(seed_report)) in result.stdout


@pytest.mark.parametrize("fmt", ["table", "json", "markdown"])
def test_check_quiet_prints_only_the_summary(db: Path, seed_report: dict, fmt: str) -> None:
    """-q prints the summary line and nothing else, whatever the format."""
    result = invoke("check", SEED, "--db", db, "-q", "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == summary_line(Report.model_validate(seed_report)) + "\n"
    assert result.stderr == ""


@pytest.mark.parametrize("fmt", ["table", "json", "markdown"])
def test_check_output_writes_the_file(
    db: Path, tmp_path: Path, seed_report: dict, fmt: str
) -> None:
    """-o FILE writes the report there (UTF-8) and prints nothing on stdout."""
    target = tmp_path / f"report.{fmt}"
    result = invoke("check", SEED, "--db", db, "--format", fmt, "-o", target)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    written = target.read_text(encoding="utf-8")
    line = summary_line(Report.model_validate(seed_report))
    if fmt == "json":
        assert json.loads(written)["summary"] == seed_report["summary"]
    elif fmt == "markdown":
        assert written.startswith("# claimcheck report") and line in written
    else:
        assert written.rstrip().splitlines()[-1] == line
        assert "\x1b[" not in written  # no terminal colour codes in a file


# --------------------------------------------------------------------------- check: the gate


def test_fail_on_conflict_exits_1_on_the_seed(db: Path) -> None:
    """--fail-on conflict exits 1 when a claim conflicts, and says so on stderr."""
    result = invoke("check", SEED, "--db", db, "--fail-on", "conflict")
    assert result.exit_code == 1
    assert "gate failed" in result.stderr and "conflicts" in result.stderr


def test_fail_on_never_exits_0_on_the_seed(db: Path) -> None:
    """--fail-on never passes whatever the verdicts."""
    result = invoke("check", SEED, "--db", db, "--fail-on", "never")
    assert result.exit_code == 0, result.stderr


def test_fail_on_conflict_passes_an_agreeing_article(db: Path) -> None:
    """An English article whose every claim agrees with the corpus passes --fail-on conflict."""
    report = check_json(AGREEING_EN, db)
    assert report["article"]["outlet"] == "test-desk"
    assert report["article"]["language"] == "en"
    assert report["claims"] and {c["verdict"] for c in report["claims"]} == {"agrees"}
    result = invoke("check", AGREEING_EN, "--db", db, "--fail-on", "conflict")
    assert result.exit_code == 0, (result.stdout, result.stderr)


# --------------------------------------------------------------------------- check: stdin


def test_check_stdin_matches_file(db: Path, seed_report: dict) -> None:
    """`check -` reads the article from stdin and reports exactly as for the file."""
    report = check_json("-", db, input=SEED.read_bytes())
    assert report["article"]["path"] == "<stdin>"
    for key in ("id", "title", "language"):
        assert report["article"][key] == seed_report["article"][key]
    assert report["summary"] == seed_report["summary"]
    assert report["claims"] == seed_report["claims"]


# --------------------------------------------------------------------------- bad input


def _missing(tmp_path: Path) -> Path:
    return tmp_path / "no-such-article.txt"


def _empty(tmp_path: Path) -> Path:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    return path


def _whitespace(tmp_path: Path) -> Path:
    path = tmp_path / "blank.md"
    path.write_bytes(b"  \n\t\r\n   \n")
    return path


def _png(tmp_path: Path) -> Path:
    path = tmp_path / "photo.png"
    path.write_bytes(PNG_BYTES)
    return path


def _garbage(tmp_path: Path) -> Path:
    # high bytes only: invalid UTF-8, and no plausible Arabic or Latin legacy reading
    path = tmp_path / "garbage.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 8)
    return path


BAD_FILES = {
    "missing": _missing,
    "empty": _empty,
    "whitespace": _whitespace,
    "binary": _png,
    "garbage": _garbage,
}


@pytest.mark.parametrize("make", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_check_bad_input_exits_2_with_one_line(db: Path, tmp_path: Path, make) -> None:
    """check on unreadable input: exit 2, one error line naming the path, store untouched."""
    path = make(tmp_path)
    before = counts(db)
    proc = run_cli("check", path, "--db", db, env_db=tmp_path / "env.duckdb")
    assert_one_error_line(proc, 2, str(path))
    assert proc.stdout == ""
    assert counts(db) == before


def _empty_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "no-articles"
    folder.mkdir()
    (folder / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    return folder


def _good_and_binary(tmp_path: Path) -> Path:
    folder = tmp_path / "batch"
    folder.mkdir()
    shutil.copyfile(EXTRA_EN / "lakeside-post-2025-09-05-troops.md", folder / "a-good.md")
    # an article suffix, so the folder walk picks it up (a .png would be skipped)
    (folder / "b-broken.md").write_bytes(PNG_BYTES)
    return folder


BAD_INGEST = {
    **BAD_FILES,
    "empty-folder": _empty_folder,
    "good-and-binary": _good_and_binary,
}


@pytest.mark.parametrize("make", BAD_INGEST.values(), ids=BAD_INGEST.keys())
def test_ingest_bad_input_exits_2_and_stores_nothing(db: Path, tmp_path: Path, make) -> None:
    """ingest of bad input: exit 2, one line naming the path, and the store gains nothing."""
    path = make(tmp_path)
    before = counts(db)
    proc = run_cli("ingest", path, "--db", db, env_db=tmp_path / "env.duckdb")
    assert_one_error_line(proc, 2, str(path))
    assert counts(db) == before


def test_ingest_bad_input_leaves_a_new_store_empty(tmp_path: Path) -> None:
    """A failed ingest into a store that did not exist adds no articles to it."""
    db = tmp_path / "fresh.duckdb"
    proc = run_cli("ingest", _missing(tmp_path), "--db", db, env_db=tmp_path / "env.duckdb")
    assert_one_error_line(proc, 2, "no-such-article.txt")
    assert not db.exists() or counts(db)["articles"] == 0


def test_windows_1256_article_reads_like_utf8() -> None:
    """A windows-1256 Arabic file gives the same text and claims as its UTF-8 twin."""
    assert ARABIC_CP1256.read_bytes() == ARABIC_UTF8.read_text(encoding="utf-8").encode("cp1256")
    outputs = []
    for path in (ARABIC_UTF8, ARABIC_CP1256):
        result = invoke("extract", path, "--format", "json")
        assert result.exit_code == 0, result.stderr
        outputs.append(json.loads(result.stdout))
    utf8, legacy = outputs
    assert legacy == utf8
    texts = [c["text"] for c in utf8]
    assert "نحو 26 رئيس دولة" in texts
    assert "الود لا يتغير مهما تغيرت الأحوال الدولية" in texts


def test_check_empty_stdin_exits_2() -> None:
    """`check -` with nothing on stdin: exit 2, one error line naming <stdin>."""
    result = invoke("check", "-", input=b"")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == ["claimcheck: error: <stdin>: empty file"]


def test_check_output_to_a_missing_folder_exits_2(db: Path, tmp_path: Path) -> None:
    """-o into a folder that does not exist: exit 2 and one line naming the path (table format)."""
    target = tmp_path / "no-such-folder" / "report.txt"
    proc = run_cli("check", SEED, "--db", db, "-o", target, env_db=tmp_path / "env.duckdb")
    assert_one_error_line(proc, 2, str(target))


def test_check_json_output_to_a_missing_folder_exits_2(db: Path, tmp_path: Path) -> None:
    """-o into a folder that does not exist with --format json: exit 2 and one line."""
    target = tmp_path / "no-such-folder" / "report.json"
    proc = run_cli(
        "check", SEED, "--db", db, "-f", "json", "-o", target, env_db=tmp_path / "env.duckdb"
    )
    assert_one_error_line(proc, 2, str(target))


# --------------------------------------------------------------------------- store trouble


@pytest.mark.parametrize(
    "args",
    [("check", SEED), ("ingest", EXTRA_EN), ("compare",)],
    ids=["check", "ingest", "compare"],
)
def test_db_that_is_a_text_file_exits_3(tmp_path: Path, args: tuple) -> None:
    """--db pointing at a text file: exit 3 and one line naming it; the file is untouched."""
    db = tmp_path / "notes.txt"
    db.write_text("not a database\n", encoding="utf-8")
    proc = run_cli(*args, "--db", db, env_db=tmp_path / "env.duckdb")
    assert_one_error_line(proc, 3, str(db))
    assert db.read_text(encoding="utf-8") == "not a database\n"


@contextmanager
def store_held_open(db: Path, *, read_only: bool) -> Iterator[None]:
    """Another process holding ``db`` open (read-write or read-only) for the block."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time, duckdb\n"
            "con = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == 'ro')\n"
            "print('open', flush=True)\n"
            "time.sleep(120)\n",
            str(db),
            "ro" if read_only else "rw",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "open"
        yield
    finally:
        holder.kill()
        holder.wait(timeout=30)


def test_locked_db_exits_3(db: Path, tmp_path: Path) -> None:
    """A store another process holds open for writing: exit 3, one line saying it is locked."""
    with store_held_open(db, read_only=False):
        proc = run_cli("check", SEED, "--db", db, env_db=tmp_path / "env.duckdb")
    line = assert_one_error_line(proc, 3, str(db))
    assert "locked" in line


def test_check_reads_a_store_another_reader_has_open(db: Path, tmp_path: Path) -> None:
    """check only reads a loaded store, so it runs while another process reads it too."""
    with store_held_open(db, read_only=True):
        proc = run_cli("check", SEED, "--db", db, "-q", env_db=tmp_path / "env.duckdb")
    assert proc.returncode == 0, proc.stderr


def test_default_store_comes_from_claimcheck_db(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without --db, check uses $CLAIMCHECK_DB and loads the corpus into it on first use."""
    path = tmp_path / "nested" / "mine.duckdb"
    monkeypatch.setenv(DEFAULT_DB_ENV, str(path))
    result = invoke("check", AGREEING_EN, "-q")
    assert result.exit_code == 0, result.stderr
    assert path.exists()
    assert counts(path)["articles"] == len(list((ROOT / "sources" / "corpus").glob("*.md")))


# --------------------------------------------------------------------------- ingest and extract


def test_ingest_is_idempotent(db: Path) -> None:
    """ingest stores two new articles; a second run stores none and skips both."""
    before = counts(db)
    first = invoke("ingest", EXTRA_EN, "--db", db)
    assert first.exit_code == 0, first.stderr
    assert "stored 2 article(s)" in first.stdout
    assert "0 already stored" in first.stdout
    after = counts(db)
    assert after["articles"] == before["articles"] + 2
    assert after["claims"] > before["claims"]
    second = invoke("ingest", EXTRA_EN, "--db", db)
    assert second.exit_code == 0, second.stderr
    assert "stored 0 article(s)" in second.stdout
    assert "2 already stored" in second.stdout
    assert counts(db) == after


def test_ingested_articles_become_evidence(db: Path) -> None:
    """After ingest, checking the seed cites the new outlets where they state the same fact."""
    assert invoke("ingest", EXTRA_EN, "--db", db).exit_code == 0
    report = check_json(SEED, db)
    assert {"lakeside-post", "river-gazette"} <= set(report["summary"]["outlets_consulted"])
    fighters = by_text(report, "آلاف المقاتلين")
    lakeside = [e for e in fighters["evidence"] if e["outlet"] == "lakeside-post"]
    assert lakeside and "15,000" in lakeside[0]["value"]
    assert lakeside[0]["url"].startswith("https://www.lakeside-post.example/")
    assert lakeside[0]["published"] == "2025-09-05"
    leaders = by_text(report, "نحو ٢٦ قائد دولة")
    river = [e for e in leaders["evidence"] if e["outlet"] == "river-gazette"]
    assert river and river[0]["stance"] == "supports" and "26" in river[0]["value"]


def _figures(path: Path) -> set[tuple[str, float, bool, str | None]]:
    result = invoke("extract", path, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return {
        (c["text"], c["quantity"]["value"], c["quantity"]["approx"], c["quantity"]["subject"])
        for c in json.loads(result.stdout)
        if c["kind"] == "quantity"
    }


def test_extract_finds_the_troop_figure() -> None:
    """extract reads "About 15,000 North Korean troops" as ~15,000 troops."""
    figures = _figures(EXTRA_EN / "lakeside-post-2025-09-05-troops.md")
    assert ("About 15,000 North Korean troops", 15000, True, "troops") in figures


def test_extract_finds_the_leaders_and_anniversary() -> None:
    """extract reads 26 heads of state (exact and hedged) and the 80th anniversary."""
    figures = _figures(EXTRA_EN / "river-gazette-2025-09-04-parade-leaders.md")
    values = {(value, approx, key) for _, value, approx, key in figures}
    assert (26, False, "head_of_state") in values
    assert (26, True, "head_of_state") in values
    texts = {text for text, *_ in figures}
    assert "80th anniversary" in texts


def test_extract_table_lists_seed_claims() -> None:
    """extract without --format prints a table of the seed's claims."""
    result = invoke("extract", SEED)
    assert result.exit_code == 0, result.stderr
    for text in ("نحو ٢٦ قائد دولة", "آلاف المقاتلين", "quantity", "attribution", "date"):
        assert text in result.stdout


# --------------------------------------------------------------------------- compare, outlets, schema


def test_compare_json_lists_rows_with_an_outlier(db: Path) -> None:
    """compare --format json gives rows of per-outlet figures, at least one with an outlier."""
    result = invoke("compare", "--db", db, "--format", "json")
    assert result.exit_code == 0, result.stderr
    comp = json.loads(result.stdout)
    assert comp["schema_version"] == SCHEMA_VERSION
    assert set(comp["outlets"]) == CORPUS_OUTLETS
    assert comp["rows"]
    for row in comp["rows"]:
        assert len(row["cells"]) >= 2
        assert set(row["outliers"]) <= set(row["cells"])
    assert any(row["outliers"] for row in comp["rows"])


def test_outlets_lists_the_eight_outlets() -> None:
    """outlets prints the registry: the corpus's eight outlets."""
    result = invoke("outlets")
    assert result.exit_code == 0, result.stderr
    assert {o.id for o in load_outlets()} == CORPUS_OUTLETS
    for outlet in CORPUS_OUTLETS:
        assert outlet in result.stdout


def test_schema_validates_a_real_report(seed_report: dict) -> None:
    """schema prints a JSON Schema that a real `check --format json` report validates against."""
    result = invoke("schema")
    assert result.exit_code == 0, result.stderr
    schema = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(seed_report)
    broken = {**seed_report, "claims": [{**seed_report["claims"][0], "verdict": "maybe"}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema).validate(broken)


def test_version_prints_the_version() -> None:
    """version prints the package version."""
    result = invoke("version")
    assert result.exit_code == 0
    assert result.stdout.strip() == __version__


# --------------------------------------------------------------------------- documentation


_COMMAND_ROW = re.compile(r"^(?:│ |\s{2})([a-z][a-z0-9-]*)\s{2,}\S")


def help_commands() -> list[str]:
    """The command names listed by `claimcheck --help`."""
    result = invoke("--help")
    assert result.exit_code == 0, result.stderr
    names: list[str] = []
    in_commands = False
    for line in result.stdout.splitlines():
        if "Commands" in line:
            in_commands = True
            continue
        if in_commands:
            if not line.strip() or line.startswith("╰"):
                break
            match = _COMMAND_ROW.match(line)
            if match:
                names.append(match.group(1))
    return names


def test_help_lists_every_command() -> None:
    """`claimcheck --help` lists exactly the app's registered commands."""
    registered = typer.main.get_command(app).commands  # type: ignore[attr-defined]
    assert sorted(help_commands()) == sorted(registered)


def test_every_command_is_documented_in_readme() -> None:
    """README.md shows `claimcheck <name>` for every command in `claimcheck --help`."""
    readme = README.read_text(encoding="utf-8")
    missing = [name for name in help_commands() if not re.search(rf"claimcheck {name}\b", readme)]
    assert not missing, f"README.md does not document: {', '.join(missing)}"


def test_entities_lists_the_registry_and_an_articles_names() -> None:
    """`entities` without a path lists the registry; with the seed, the names it uses."""
    listing = invoke("entities")
    assert listing.exit_code == 0 and "kim_jong_un" in listing.stdout
    seed = invoke("entities", SEED)
    assert seed.exit_code == 0
    for eid in ("kcna", "xi_jinping", "kim_jong_un", "vladimir_putin", "donald_trump"):
        assert eid in seed.stdout


def test_compare_by_date_window_and_article_ids(db: Path) -> None:
    """compare picks the story by publication window and by (shortened) article ids."""
    late = json.loads(invoke("compare", "--db", db, "--since", "2025-09-05", "-f", "json").stdout)
    assert late["rows"] and "harbour-ledger" not in late["outlets"]  # published 4 Sept
    none = json.loads(invoke("compare", "--db", db, "--until", "2025-09-01", "-f", "json").stdout)
    assert none["rows"] == []
    with Store(db, read_only=True) as store:
        ids = [a.id[:10] for a in store.articles(outlet="meridian-wire")]
    two = json.loads(
        invoke(
            "compare",
            "--db",
            db,
            *[x for i in ids for x in ("--article", i)],
            "--min-outlets",
            "1",
            "-f",
            "json",
        ).stdout
    )
    assert two["outlets"] == ["meridian-wire"]


def test_claims_from_an_older_extractor_are_extracted_again(db: Path) -> None:
    """A store whose claims an older claimcheck extracted is refreshed on the next check."""
    from claimcheck.pipeline import extractor_fingerprint

    with Store(db) as store:
        before = store.count()["claims"]
        store.set_meta("extractor", "an older claimcheck")
        store.replace_claims({a.id: [] for a in store.articles()})  # stale: claims lost
        assert store.count()["claims"] == 0
    report = check_json(SEED, db)
    assert by_text(report, "نحو ٢٦ قائد دولة")["verdict"] == "agrees"
    with Store(db, read_only=True) as store:
        assert store.get_meta("extractor") == extractor_fingerprint()
        assert store.count()["claims"] == before


def test_extract_refuses_a_format_it_does_not_print() -> None:
    """`extract -f markdown` is a usage error (exit 2, one line), not a silent table."""
    proc = subprocess.run(
        [*CLI, "extract", str(SEED), "-f", "markdown"], capture_output=True, text=True
    )
    assert proc.returncode == 2
    assert (
        proc.stderr.strip()
        == "claimcheck: error: --format: extract prints table or json, not markdown"
    )


@pytest.mark.parametrize(
    "text",
    [
        # another story altogether, with figures in units the bundled corpus also counts
        "وحضر المباراة النهائية أكثر من 80 ألف متفرج في ملعب لوسيل بالدوحة.\n"
        "وتوّج المنتخب المغربي بلقب كأس العرب بعد فوزه على الأردن.\n",
        "More than 80,000 spectators watched the final at Wembley Stadium in London.\n"
        "England beat Spain to win the European title.\n",
    ],
)
def test_another_story_is_no_evidence(text: str, db: Path, tmp_path: Path) -> None:
    """Claims of an article about another story are not evidence, however alike the units:
    80,000 spectators at a final never agree with a parade's 50,000."""
    path = tmp_path / "other.txt"
    path.write_text(text, encoding="utf-8")
    report = check_json(path, db)
    assert report["claims"]
    assert all(c["verdict"] == "unverified" for c in report["claims"]), [
        (c["claim"]["text"], c["verdict"]) for c in report["claims"]
    ]
