"""Development sets of held-out-style reports, scored with the shared scorer: no regressions.

Each set was written by a separate annotator from memory of real releases, swaps and hostage
releases (see each set's README). The floors sit a little under the scores measured when the
rules last changed; a rule that helps one phrasing and breaks another shows up here.
Blind sets (used only for an honest final estimate) are not listed: tuning on them would
spoil them.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCORER = REPO.parent / "shared" / "eval" / "score.py"

# set directory -> (counts F1 floor, names F1 floor, critical errors allowed)
FLOORS = {
    "devset": (0.98, 0.98, 0),
    "devset_b": (0.99, 0.99, 0),
    "devset_c": (0.97, 0.94, 0),
    "devset_d": (0.88, 0.93, 0),
    "devset_e": (0.94, 0.97, 0),
    "devset_f": (0.93, 0.97, 0),
    "devset_g": (0.91, 0.95, 0),
    "devset_h": (0.98, 0.89, 0),
    "devset_i": (0.96, 0.96, 0),
    # one known case: a widow named only by her first name gets her late husband's surname, which the
    # scorer matches to him (an "other person"); fixing it broke correct family releases elsewhere
    "devset_j": (0.89, 0.89, 1),
    "devset_k": (0.91, 0.89, 0),
    "devset_m": (0.90, 0.82, 0),
    # scored blind once (counts 0.747, names 0.682, critical 2); opened in session 4
    "devset_l": (0.84, 0.91, 0),
    # scored blind once (counts 0.757, names 0.405, critical 1), opened in session 4
    "devset_n": (0.83, 0.86, 0),
    # scored blind once (counts 0.805, names 0.634, critical 0), opened in session 9
    "devset_o": (0.82, 0.85, 0),
    # scored blind once (counts 0.695, names 0.610, critical 1), opened in session 5
    "devset_p": (0.83, 0.91, 0),
    # scored blind once (counts 0.648, names 0.537, critical 0), opened in session 6
    "devset_s": (0.80, 0.87, 0),
    # scored blind once (counts 0.844, names 0.698, critical 6), opened in session 7
    "devset_u": (0.91, 0.83, 0),
    # scored blind once (counts 0.746, names 0.723, critical 1), opened in session 8
    "devset_w": (0.89, 0.92, 0),
    # scored blind once (counts 0.689, names 0.697, critical 2), opened in session 9
    "devset_y": (0.85, 0.87, 0),
    # scored blind once (counts 0.727, names 0.667, critical 1), opened in session 10
    "devset_aa": (0.79, 0.88, 0),
    # scored blind once (counts 0.879, names 0.784, critical 0), opened in session 11
    "devset_cc": (0.91, 0.96, 0),
    # scored blind once (counts 0.822, names 0.611, critical 1), opened in session 12
    "devset_ee": (0.91, 0.85, 0),
    # scored blind once (counts 0.857, names 0.622, critical 3), opened in session 13
    "devset_gg": (0.91, 0.81, 0),
    # scored blind once (counts 0.812, names 0.604, critical 1), opened in session 14
    "devset_ii": (0.91, 0.93, 0),
    # scored blind once (counts 0.781, names 0.677, critical 4), opened in session 15
    "devset_kk": (0.83, 0.92, 0),
    # scored blind once (counts 0.763, names 0.627, critical 2), opened in session 16
    "devset_ll": (0.80, 0.84, 0),
    # scored blind once (counts 0.800, names 0.881, critical 1), opened in session 17
    "devset_mm": (0.92, 0.93, 0),
    # scored blind once (counts 0.824, names 0.583, critical 2), opened in session 17
    "devset_nn": (0.88, 0.74, 0),
    # scored blind once (counts 0.698, names 0.690, critical 2), opened in session 17
    "devset_oo": (0.85, 0.84, 0),
    # scored blind once (counts 0.800, names 0.632, critical 5), opened in session 18
    "devset_pp": (0.82, 0.81, 0),
    # scored blind once (counts 0.667, names 0.703, critical 2), opened in session 18
    "devset_qq": (0.76, 0.91, 0),
    # scored blind once (counts 0.721, names 0.585, critical 2), opened in session 19
    "devset_rr": (0.89, 0.77, 0),
    # scored blind once (counts 0.727, names 0.510, critical 5), opened in session 19
    "devset_ss": (0.87, 0.75, 0),
    # scored blind once (counts 0.792, names 0.539, critical 2), opened in session 20
    "devset_tt": (0.80, 0.79, 0),
    # scored blind once (counts 0.845, names 0.473, critical 1), opened in session 20
    "devset_uu": (0.87, 0.75, 0),
    # scored blind once (counts 0.806, names 0.556, critical 1), opened in session 21
    "devset_vv": (0.85, 0.74, 0),
    # scored blind once (counts 0.739, names 0.638, critical 3), opened in session 22
    "devset_xx": (0.80, 0.80, 0),
    # scored blind once (counts 0.846, names 0.581, critical 3), opened in session 22
    "devset_yy": (0.88, 0.79, 0),
    # scored blind once (counts 0.778, names 0.653, critical 1), opened in session 23
    "devset_aaa": (0.79, 0.85, 0),
    # scored blind once (counts 0.865, names 0.692, critical 1), opened in session 24
    "devset_ccc": (0.94, 0.80, 0),
    # scored blind once (counts 0.861, names 0.688, critical 4), opened in session 24
    "devset_bbb": (0.90, 0.85, 0),
    # scored blind once (counts 0.649, names 0.742, critical 3), opened in session 25
    "devset_eee": (0.83, 0.81, 0),
    # scored blind once (counts 0.814, names 0.676, critical 2), opened in session 25
    "devset_ddd": (0.83, 0.77, 0),
    # scored blind once (counts 0.781, names 0.655, critical 1), opened in session 26
    "devset_ggg": (0.82, 0.81, 0),
    # scored blind once (counts 0.825, names 0.565, critical 1), opened in session 27
    "devset_hhh": (0.82, 0.72, 0),
    # scored blind once (counts 0.860, names 0.625, critical 2), opened in session 27
    "devset_iii": (0.93, 0.89, 0),
    # scored blind once (counts 0.861, names 0.627, critical 3), opened in session 28
    "devset_kkk": (0.90, 0.80, 0),
    # scored blind once (counts 0.750, names 0.564, critical 3), opened in session 29
    "devset_jjj": (0.80, 0.73, 0),
    # scored blind once (counts 0.704, names 0.536, critical 8), opened in session 29
    "devset_lll": (0.76, 0.71, 0),
    # scored blind once (counts 0.500, names 0.563, critical 2), opened in session 29
    "devset_mmm": (0.62, 0.74, 0),
    # scored blind once (counts 0.667, names 0.831, critical 2), opened in session 30
    "devset_nnn": (0.78, 0.97, 0),
    # scored blind once (counts 0.731, names 0.600, critical 1), opened in session 30
    "devset_ooo": (0.79, 0.82, 0),
    # scored blind once (counts 0.571, names 0.576, critical 3), opened in session 30
    "devset_ppp": (0.69, 0.66, 0),
    # scored blind once (counts 0.704, names 0.702, critical 2), opened in session 30
    "devset_qqq": (0.72, 0.79, 0),
    # scored blind once (counts 0.737, names 0.737, critical 5), opened in session 31
    "devset_rrr": (0.84, 0.96, 0),
    # scored blind once (counts 0.654, names 0.561, critical 1), opened in session 32
    "devset_ttt": (0.86, 0.73, 0),
    # scored blind once (counts 0.600, names 0.667, critical 1), opened in session 32
    "devset_uuu": (0.77, 0.85, 0),
    # scored blind once (counts 0.667, names 0.415, critical 1), opened in session 33
    "devset_vvv": (0.81, 0.80, 0),
    # scored blind once (counts 0.742, names 0.737, critical 3), opened in session 33
    "devset_www": (0.83, 0.92, 0),
    # scored blind once (counts 0.743, names 0.516, critical 2), opened in session 34
    "devset_xxx": (0.80, 0.74, 0),
    # scored blind once (counts 0.674, names 0.548, critical 1), opened in session 34
    "devset_yyy": (0.71, 0.78, 0),
    # scored blind once (counts 0.815, names 0.684, critical 2), opened in session 35
    "devset_zzz": (0.89, 0.76, 0),
    # scored blind once (counts 0.644, names 0.468, critical 1), opened in session 36
    "devset_bbbb": (0.78, 0.69, 0),
    # scored blind once (counts 0.943, names 0.476, critical 1), opened in session 36
    "devset_cccc": (0.94, 0.84, 0),
    # scored blind once (counts 0.711, names 0.385, critical 1), opened in session 37
    "devset_dddd": (0.76, 0.57, 0),
    # scored blind once (counts 0.743, names 0.615, critical 3), opened in session 38
    "devset_ffff": (0.77, 0.76, 0),
    # scored blind once (counts 0.752, names 0.596, critical 2), opened in session 38
    "devset_gggg": (0.81, 0.77, 0),
    # scored blind once (counts 0.725, names 0.638, critical 4), opened in session 39
    "devset_hhhh": (0.77, 0.84, 0),
    # scored blind once (counts 0.756, names 0.613, critical 2), opened in session 39
    "devset_iiii": (0.77, 0.77, 0),
    # scored blind once (counts 0.780, names 0.686, critical 2), opened in session 40
    "devset_jjjj": (0.84, 0.88, 0),
    # scored blind once (counts 0.595, names 0.588, critical 2), opened in session 40
    "devset_kkkk": (0.87, 0.77, 0),
    # scored blind once (counts 0.500, names 0.563, critical 2), opened in session 41
    "devset_llll": (0.69, 0.68, 0),
    # scored blind once (counts 0.548, names 0.462, critical 4), opened in session 41
    "devset_mmmm": (0.73, 0.74, 0),
    # scored blind once (counts 0.526, names 0.370, critical 1), opened in session 41
    "devset_nnnn": (0.60, 0.68, 0),
    # scored blind once (counts 0.759, names 0.436, critical 3), opened in session 41
    "devset_oooo": (0.90, 0.56, 0),
    # scored blind once (counts 0.462, names 0.615, critical 3), opened in session 42
    "devset_qqqq": (0.69, 0.88, 0),
    # scored blind once (counts 0.843, names 0.579, critical 3), opened in session 42
    "devset_rrrr": (0.90, 0.79, 0),
    # scored blind once (counts 0.653, names 0.585, critical 2), opened in session 42
    "devset_ssss": (0.74, 0.79, 0),
    # scored blind once (counts 0.651, names 0.528, critical 7), opened in session 43; one known case: a woman
    # "detained at the 31 January rally and released the same night" in a story of February releases reads as
    # this event ("the same night" after a capture date also follows the story's own handovers elsewhere)
    "devset_tttt": (0.75, 0.73, 1),
    # scored blind once (counts 0.667, names 0.686, critical 5), opened in session 43; one known case: "The
    # government said with one tongue that X is free, and with the other tongue it put twelve gendarmes around
    # his walls" (an idiom that takes back the freedom it reports)
    "devset_uuuu": (0.74, 0.83, 1),
    # scored blind once (counts 0.727, names 0.800, critical 1), opened in session 43
    "devset_vvvv": (0.78, 0.86, 0),
    # scored blind once (counts 0.724, names 0.812, critical 1), opened in session 43
    "devset_wwww": (0.72, 0.85, 0),
}


def _score(directory: Path) -> dict[str, float]:
    cmd = f"{sys.executable} -m monitor.cli extract --format jsonl"
    proc = subprocess.run([sys.executable, str(SCORER), "--gold", str(directory / "gold.jsonl"),
                           "--articles", str(directory / "articles"), "--cmd", cmd],
                          capture_output=True, text=True, cwd=REPO, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:] + proc.stdout[-2000:]
    line = [ln for ln in proc.stdout.splitlines() if ln.startswith("SCORE")][-1]
    return {k: float(v) for k, v in re.findall(r"(\w+)=([\d.]+)", line)}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_dev_set_scores_do_not_regress(name):
    counts_floor, names_floor, critical = FLOORS[name]
    score = _score(REPO / "tests" / name)
    assert score["critical"] <= critical, score
    assert score["counts_f1"] >= counts_floor, score
    assert score["names_f1"] >= names_floor, score


def test_no_article_in_any_set_makes_the_extractor_fail():
    """The CLI isolates a file that raises (an "error" record), so a crash would only lower a score; catch it here."""
    paths = sorted(str(p) for p in (REPO / "tests").glob("devset*/articles/*.txt"))
    assert len(paths) > 150
    proc = subprocess.run([sys.executable, "-m", "monitor.cli", "extract", "--format", "jsonl", "--strict", *paths],
                          capture_output=True, text=True, cwd=REPO, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    failed = [r["source"] for r in map(json.loads, proc.stdout.splitlines()) if "error" in r]
    assert failed == []
