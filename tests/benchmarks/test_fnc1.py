import csv
import sys

import pytest

from ..conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import fnc1  # noqa: E402


def write_csv(path, header, rows):
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


@pytest.fixture
def bodies(tmp_path):
    path = tmp_path / "bodies.csv"
    write_csv(path, ["Body ID", "articleBody"], [
        ["7", 'Police said the "shark" photo, shared widely, was fake.\n\nIt was taken from an old magazine, officials said.'],
        ["9", "The central bank raised rates on Tuesday, citing inflation."],
    ])
    return path


def test_fnc_score_weights():
    assert fnc1.fnc_score(["agree", "unrelated"], ["agree", "unrelated"]) == 100.0
    # related-but-wrong earns the 0.25 related credit only: 0.25 / (1 + 0.25)
    assert fnc1.fnc_score(["agree", "unrelated"], ["discuss", "agree"]) == pytest.approx(20.0)
    assert fnc1.fnc_score(["unrelated"], ["discuss"]) == 0.0


def test_metrics_confusion_and_macro_f1():
    result = fnc1.metrics(["agree", "disagree", "discuss", "unrelated"], ["agree", "discuss", "discuss", "unrelated"])
    assert result["confusion"][1] == [0, 0, 1, 0]
    assert result["f1"]["disagree"] == 0.0 and result["f1"]["agree"] == 1.0
    assert result["macro_f1"] == pytest.approx((1 + 0 + 2 / 3 + 1) / 4)


@pytest.mark.parametrize("stance_column", ["present", "blank", "absent"])
def test_predict_reads_official_csvs_and_keeps_order(tmp_path, bodies, stance_column):
    stances = tmp_path / "stances.csv"
    rows = [
        ['Shark, "spotted", in flooded street', "7"],
        ["Central bank raises rates", "9"],
        ["Shark photo is fake, police say", "7"],
    ]
    if stance_column == "absent":
        write_csv(stances, ["Headline", "Body ID"], rows)
    else:
        write_csv(stances, ["Headline", "Body ID", "Stance"], [r + (["agree"] if stance_column == "present" else [""]) for r in rows])
    out = tmp_path / "pred.csv"
    fnc1.predict(stances, bodies, out)
    predicted = fnc1.read_csv(out)
    assert [(p["Headline"], p["Body ID"]) for p in predicted] == [tuple(r) for r in rows]
    assert all(p["Stance"] in fnc1.LABELS for p in predicted)


def test_score_refuses_misaligned_rows(tmp_path, capsys):
    gold, pred = tmp_path / "g.csv", tmp_path / "p.csv"
    write_csv(gold, ["Headline", "Body ID", "Stance"], [["a", "1", "agree"], ["b", "2", "unrelated"]])
    write_csv(pred, ["Headline", "Body ID", "Stance"], [["b", "2", "unrelated"], ["a", "1", "agree"]])
    with pytest.raises(SystemExit, match="does not match"):
        fnc1.score(gold, pred)


def test_predict_names_missing_bodies(tmp_path, bodies):
    stances = tmp_path / "s.csv"
    write_csv(stances, ["Headline", "Body ID"], [["x", "404"]])
    with pytest.raises(SystemExit, match="have no body"):
        fnc1.predict(stances, bodies, tmp_path / "p.csv")
