"""Project settings files: claimcheck.toml and [tool.claimcheck], found upwards, flags on top."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.config import Config, find_config, load_config
from claimcheck.errors import InputError


def write(path: Path, text: str) -> Path:
    """Write ``text`` to ``path`` (making folders) and return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_claimcheck_toml_is_found_from_the_article_upwards(tmp_path: Path) -> None:
    """A claimcheck.toml two folders above the article applies to it."""
    write(tmp_path / "claimcheck.toml", 'fail-on = ["conflict"]\nmin-sources = 2\n')
    article = write(tmp_path / "desk" / "today" / "a.md", "text")
    cfg = find_config(article, cwd=tmp_path / "elsewhere")
    assert cfg.path == tmp_path / "claimcheck.toml"
    assert cfg.fail_on == ["conflict"]
    assert cfg.settings().min_sources == 2


def test_pyproject_tool_table_is_read(tmp_path: Path) -> None:
    """[tool.claimcheck] in pyproject.toml is read; keys may use - or _."""
    write(
        tmp_path / "pyproject.toml",
        '[project]\nname = "x"\n[tool.claimcheck]\nfail_on = "imprecise"\napprox-tolerance = 0.2\n',
    )
    cfg = find_config(tmp_path / "a.md", cwd=tmp_path)
    assert cfg.fail_on == ["imprecise"]
    assert cfg.settings().approx_tolerance == 0.2


def test_pyproject_without_tool_table_is_passed_over(tmp_path: Path) -> None:
    """A pyproject.toml with no [tool.claimcheck] does not stop the search upwards."""
    write(tmp_path / "claimcheck.toml", "min-sources = 3\n")
    write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "x"\n')
    cfg = find_config(tmp_path / "sub" / "a.md", cwd=tmp_path / "sub")
    assert cfg.settings().min_sources == 3


def test_claimcheck_toml_wins_over_pyproject_in_one_folder(tmp_path: Path) -> None:
    """In the same folder, claimcheck.toml is used rather than pyproject.toml."""
    write(tmp_path / "pyproject.toml", "[tool.claimcheck]\nmin-sources = 5\n")
    write(tmp_path / "claimcheck.toml", "min-sources = 4\n")
    assert find_config(tmp_path / "a.md").settings().min_sources == 4


def test_stdin_searches_from_the_current_folder(tmp_path: Path) -> None:
    """For stdin (-) the search starts in the current folder."""
    write(tmp_path / "claimcheck.toml", 'format = "markdown"\n')
    assert find_config("-", cwd=tmp_path).format == "markdown"


def test_the_current_folder_is_the_fallback(tmp_path: Path) -> None:
    """When nothing is found above the article, the current folder's file applies."""
    write(tmp_path / "cwd" / "claimcheck.toml", 'bidi = "visual"\n')
    article = write(tmp_path / "articles" / "a.md", "x")
    assert find_config(article, cwd=tmp_path / "cwd").bidi == "visual"


def test_flags_override_the_file(tmp_path: Path) -> None:
    """A flag that is given beats the file; one left unset (None) does not."""
    cfg = load_config(
        write(tmp_path / "claimcheck.toml", 'min-sources = 2\nfail-on = ["conflict"]\n')
    )
    assert cfg.settings(min_sources=None).min_sources == 2
    assert cfg.settings(min_sources=4).min_sources == 4
    assert cfg.gate([]) == ["conflict"]
    assert cfg.gate(["never"]) == ["never"]


def test_no_file_means_defaults() -> None:
    """Without a file, everything is the default."""
    cfg = Config()
    assert cfg.settings().min_sources == 1 and cfg.gate(None) == [] and cfg.format is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("min-sorces = 2\n", "unknown key 'min-sorces'"),
        ('fail-on = ["agree"]\n', "fail-on"),
        ('min-sources = "two"\n', "min-sources"),
        ('format = "pdf"\n', "format"),
        ("min-sources = [\n", "not valid TOML"),
    ],
)
def test_bad_config_is_an_input_error_naming_the_file(
    tmp_path: Path, text: str, message: str
) -> None:
    """A typo, a bad value or bad TOML is an InputError (exit 2) naming the file and the key."""
    path = write(tmp_path / "claimcheck.toml", text)
    with pytest.raises(InputError, match=message) as info:
        load_config(path)
    assert str(path) in str(info.value) and info.value.exit_code == 2


def test_missing_explicit_config_is_an_input_error(tmp_path: Path) -> None:
    """--config pointing nowhere is an input error."""
    with pytest.raises(InputError, match="cannot read config"):
        load_config(tmp_path / "nope.toml")
