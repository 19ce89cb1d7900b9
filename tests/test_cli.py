import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from newsprobe.cli import app

from .conftest import EXAMPLE

BODY = (
    "The city council voted on Tuesday to approve the new budget after a long debate. "
    "“This protects jobs,” Mayor Anne Hidalgo said. Critics said the plan would raise taxes for families."
)
runner = CliRunner()


def run(*args, input=None):
    return runner.invoke(app, list(map(str, args)), input=input)


@pytest.fixture
def good(tmp_path):
    path = tmp_path / "good.txt"
    path.write_text(f"Council approves budget\n\n{BODY}")
    return path


def test_text_report_of_example():
    result = runner.invoke(app, ["check", str(EXAMPLE)], env={"COLUMNS": "160"})
    assert result.exit_code == 0
    out = result.stdout
    for expected in ("Russia fighter jets now seen at Syrian airfield", "UNRELIABLE", "orphan (pronoun)", "John Kerry", "Getty Images", "stance discuss"):
        assert expected in out


def test_json_report(good):
    result = run("check", good, "--format", "json")
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert report["article"]["title"] == "Council approves budget"
    assert any(q["speaker"]["resolved"] == "Anne Hidalgo" for q in report["quotes"])


def test_title_and_no_title_options(good):
    titled = json.loads(run("check", good, "-f", "json", "--title", "Given").stdout)
    assert titled["article"]["title"] == "Given" and titled["article"]["body"].startswith("Council approves")
    untitled = json.loads(run("check", good, "-f", "json", "--no-title").stdout)
    assert untitled["article"]["title"] is None


def test_stdin(good):
    result = run("check", "-", "-f", "json", input=good.read_text())
    assert result.exit_code == 0
    assert json.loads(result.stdout)["article"]["input"] == "<stdin>"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty input"),
        (bytes(range(256)) * 4, "binary data"),
        ("Le gouvernement a annoncé mardi une réforme des retraites qui sera présentée au Parlement dans les "
         "prochaines semaines, et les syndicats ont appelé à une grève pour protester contre cette décision.".encode(), "not English"),
    ],
    ids=["empty", "random-bytes", "french"],
)
def test_single_bad_input_exit_2_one_line(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = run("check", path)
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and message in lines[0]


def test_missing_path(tmp_path):
    result = run("check", tmp_path / "nope.txt")
    assert result.exit_code == 2
    assert "nope.txt: no such file or directory" in result.stderr
    assert "Traceback" not in result.stderr


def test_oversized_body(good):
    result = run("check", good, "--max-bytes", "100")
    assert result.exit_code == 2 and "larger than the 100-byte limit" in result.stderr


def test_mix_of_good_and_bad_jsonl(good, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run("check", good, tmp_path / "missing.txt", empty, good, "-f", "jsonl")
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 4
    assert [("error" in r) for r in records] == [False, True, True, False]
    assert records[1]["input"].endswith("missing.txt") and "no such file" in records[1]["error"]
    assert records[0]["article"]["id"] == records[3]["article"]["id"]


def test_jsonl_input_ids_kept(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(
        json.dumps({"id": "r1", "title": "One", "text": BODY}) + "\n" + "{broken\n" + json.dumps({"id": "r3", "title": "Three", "text": BODY}) + "\n"
    )
    result = run("check", path, "-f", "jsonl")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r.get("article", {}).get("id") for r in records] == ["r1", None, "r3"]
    assert records[1]["input"].endswith("in.jsonl:2")
    assert result.exit_code == 1


def test_unknown_model_is_one_line_error(good):
    result = run("check", good, "--model", "no_such_pipeline_xyz")
    assert result.exit_code == 2
    assert "no_such_pipeline_xyz" in result.stderr and "Traceback" not in result.stderr


def test_accurate_quote_mode_from_the_command_line(good, monkeypatch):
    pytest.importorskip("onnxruntime", reason="the accurate extra (onnxruntime) is not installed")
    from newsprobe.quotes.tagger import QuoteTagger

    monkeypatch.setenv("NEWSPROBE_QUOTES", "fast")  # --quotes sets it for the process; monkeypatch puts "fast" back
    read = QuoteTagger.read
    texts = []
    monkeypatch.setattr(QuoteTagger, "read", lambda self, text: texts.append(text) or read(self, text))
    result = run("check", good, "-f", "json", "--quotes", "accurate")
    assert result.exit_code == 0, result.stderr
    assert len(texts) == 1 and "protects jobs" in texts[0]  # the tagger read the article
    quotes = json.loads(result.stdout)["quotes"]
    assert any(q["speaker"]["resolved"] == "Anne Hidalgo" and "protects jobs" in q["content"]["text"] for q in quotes)


@pytest.mark.parametrize("command", [["check"], ["batch", "-o", "out.jsonl"]])
def test_unknown_quote_mode_in_the_environment_is_one_line_error(good, monkeypatch, tmp_path, command):
    monkeypatch.setenv("NEWSPROBE_QUOTES", "thorough")
    monkeypatch.chdir(tmp_path)
    result = run(command[0], good, *command[1:])
    assert result.exit_code == 2
    assert result.stderr.strip() == "newsprobe: NEWSPROBE_QUOTES='thorough' is not a quote mode (choose fast or accurate)"


def test_a_missing_accurate_extra_is_one_line_before_any_worker_starts(good, monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSPROBE_QUOTES", "fast")
    monkeypatch.setitem(sys.modules, "onnxruntime", None)
    result = run("batch", good, "-o", tmp_path / "out.jsonl", "--workers", "2", "--quotes", "accurate")
    assert result.exit_code == 2
    assert result.stderr.strip() == "newsprobe: the accurate quote mode needs the accurate extra: pip install 'newsprobe[accurate]'"


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and "report schema" in result.stdout


def test_real_process_exit_code_and_no_traceback(tmp_path):
    bad = tmp_path / "random.bin"
    bad.write_bytes(bytes(range(256)) * 4)
    proc = subprocess.run([sys.executable, "-m", "newsprobe", "check", str(bad)], capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"newsprobe: {bad}: binary data, not text"


def test_serve_with_an_unreadable_token_file_is_one_line(tmp_path):
    result = run("serve", "--token-file", tmp_path / "missing", "--store", tmp_path / "r.sqlite")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith(f"newsprobe: {tmp_path / 'missing'}: cannot read the token file") and result.stderr.count("\n") == 1


@pytest.mark.parametrize(("options", "warned"), [
    (["--host", "0.0.0.0"], True), ([], False), (["--host", "0.0.0.0", "--token", "s3cret"], False), (["--host", "0.0.0.0", "--token-file", "token"], False),
])
def test_serve_warns_when_it_listens_beyond_loopback_without_a_token(tmp_path, monkeypatch, options, warned):
    import uvicorn

    served = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **settings: served.append(settings))
    monkeypatch.delenv("NEWSPROBE_TOKEN", raising=False)
    monkeypatch.delenv("NEWSPROBE_TOKEN_FILE", raising=False)
    (tmp_path / "token").write_text("s3cret\n")
    options = [str(tmp_path / o) if o == "token" else o for o in options]
    result = run("serve", *options, "--store", tmp_path / "r.sqlite")
    assert result.exit_code == 0 and len(served) == 1
    assert ("listening on 0.0.0.0 without a token" in result.stderr) is warned


def test_index_build_from_stdin_indexes_the_records_around_a_deeply_nested_one(tmp_path):
    deep = "[" * 3000 + "]" * 3000
    lines = [json.dumps({"id": "a", "title": "One", "text": BODY}), f'{{"id": "b", "text": {deep}}}', json.dumps({"id": "c", "title": "Three", "text": BODY})]
    result = run("index", "build", "--index", tmp_path / "refs.sqlite", "-", "--workers", "1", input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    assert "<stdin>:2: not valid JSON (nested too deeply)" in result.stderr and "2 added" in result.stderr
