"""The NFC/NFD benchmark says what data it lacks before printing any row, and runs on a folder
laid out as NTREX-128 is (one folder of ``*.txt`` articles per language code)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "benchmarks" / "normalisation_benchmark.py"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=False
    )


def test_missing_data_is_named_before_any_row(tmp_path: Path) -> None:
    (tmp_path / "fr").mkdir()
    (tmp_path / "fr" / "a.txt").write_text("Élodie Varenne a parlé mardi.\n", encoding="utf-8")
    done = _run("--data", str(tmp_path), "--languages", "fr,de")
    assert done.returncode != 0
    assert done.stdout == ""  # no header left without rows
    assert "for de;" in done.stderr and "--data" in done.stderr


def test_a_small_folder_gives_a_row_with_nothing_differing(tmp_path: Path) -> None:
    (tmp_path / "fr").mkdir()
    (tmp_path / "fr" / "a.txt").write_text(
        "Le maire de Sète, Hélène Dubré, a inauguré jeudi la nouvelle école.\n\n"
        "« Ce bâtiment était attendu depuis dix ans », a déclaré Hélène Dubré.\n",
        encoding="utf-8",
    )
    done = _run("--data", str(tmp_path), "--languages", "fr")
    assert done.returncode == 0, done.stderr
    row = next(line for line in done.stdout.splitlines() if line.startswith("fr |"))
    cells = row.split(" | ")
    assert all(cell.endswith("/0") for cell in cells[2:7]), row
    assert cells[7] == "0", row
