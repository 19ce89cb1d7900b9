"""The input layer under abuse (issue #13, items 1–3, 5, 9, 10 and C): special files, huge and deeply
nested records, broken UTF-8, unreadable and empty folders, and sizes checked before reading."""

import io
import json
import os
import subprocess
import sys
import threading

import pytest

from newsprobe import InputError, from_record, iter_articles, read
from newsprobe.decoding import decode
from newsprobe.readers import DEFAULT_MAX_BYTES, from_text

BODY = (
    "The city council voted on Tuesday to approve the new budget after a long debate. "
    "The mayor said the plan would protect jobs and keep taxes low for families across the region."
)
RECORD = json.dumps({"id": "r", "title": "Budget passes", "text": BODY})
# Deeper than the JSON parser's recursion limit (1,000).
DEEP = "[" * 3000 + "]" * 3000


def results(*inputs, **options) -> list:
    return list(iter_articles([str(i) for i in inputs], **options))


def outcome(result) -> str:
    return result.code if isinstance(result, InputError) else "ok"


def release(pipe) -> None:
    """Let go a reader still waiting for a writer on the named pipe, so that a failing test ends
    instead of hanging the suite."""
    try:
        os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
    except OSError:  # no reader waiting
        pass


@pytest.fixture
def fifo(tmp_path):
    """A named pipe nobody writes to: reading it waits forever."""
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    yield path
    release(path)


def lock(monkeypatch, folder) -> None:
    """Make listing ``folder`` fail as it does without permission (the tests run as root, whom chmod 000 does not stop)."""
    scandir = os.scandir

    def refusing(path):
        if str(path) == str(folder):
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)


def within(seconds: float, work):
    """``work()``'s result, failing the test if it takes longer than ``seconds``."""
    done = {}
    thread = threading.Thread(target=lambda: done.update(result=work()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert "result" in done, f"still running after {seconds} s"
    return done["result"]


# 1. Not a regular file

def test_a_named_pipe_is_refused_at_once(fifo):
    (error,) = within(10, lambda: results(fifo))
    assert error.code == "not_a_file" and str(error) == f"{fifo}: not a regular file (a named pipe)"


def test_a_device_is_refused():
    (error,) = results("/dev/null")
    assert error.code == "not_a_file" and "character device" in error.problem


def test_check_of_a_named_pipe_ends_with_one_line(fifo):
    done = subprocess.run([sys.executable, "-m", "newsprobe", "check", str(fifo)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and done.stderr == f"newsprobe: {fifo}: not a regular file (a named pipe)\n"


# 2. Bodies spaCy cannot parse in one piece

def test_a_body_over_a_million_characters_is_refused_before_parsing():
    body = "word " * 250_000  # 1.25 million characters, 1.25 MB: within --max-bytes
    with pytest.raises(InputError, match="longer than the 1,000,000-character limit") as refused:
        from_text(body, no_title=True)
    assert refused.value.code == "too_large" and len(body.encode()) < DEFAULT_MAX_BYTES


def test_the_character_limit_is_what_spacy_parses_at_once():
    import spacy

    from newsprobe.readers import MAX_BODY_CHARS

    assert MAX_BODY_CHARS == spacy.blank("en").max_length


# 3. Nesting deeper than the parser's recursion limit

def test_a_deeply_nested_jsonl_record_is_one_error_and_the_next_record_is_read(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(f'{RECORD}\n{{"text": {DEEP}}}\n{RECORD}\n')
    found = results(path)
    assert [outcome(r) for r in found] == ["ok", "bad_json", "ok"]
    assert str(found[1]) == f"{path}:2: not valid JSON (nested too deeply)"


@pytest.mark.parametrize("suffix", [".json", ".txt"])
def test_a_deeply_nested_json_document_is_one_error(tmp_path, suffix):
    path = tmp_path / f"deep{suffix}"
    path.write_text(f'{{"title": "t", "text": "x", "authors": {DEEP}}}')
    (error,) = results(path)
    assert error.code == "bad_json" and "nested too deeply" in error.problem


def test_a_deeply_nested_request_body_is_a_400_from_the_analysis_process():
    from newsprobe.server.analysis import Job, _answer

    job = Job("bytes", f'{{"text": {DEEP}}}'.encode(), "request body", max_bytes=DEFAULT_MAX_BYTES, memory_limit=0, kind="json")
    assert _answer(job).error == (400, "bad_json", "not valid JSON (nested too deeply)")


# C. Fields of the wrong type are the readers' own errors

@pytest.mark.parametrize("record", [
    {"html": True}, {"html": ["<p>x</p>"]}, {"text": BODY, "authors": True}, {"text": BODY, "authors": ["Ann", 3]},
    {"text": BODY, "authors": {"name": "Ann"}}, {"text": 5}, {"html": "<p>x</p>", "url": True}, ["not", "an", "object"],
], ids=["html-bool", "html-list", "authors-bool", "authors-mixed", "authors-object", "text-number", "url-bool", "list"])
def test_a_field_of_the_wrong_type_is_an_input_error(record):
    with pytest.raises(InputError) as refused:
        from_record(record, input_name="r")
    assert refused.value.code == "bad_record" and "\n" not in str(refused.value)


def test_authors_as_a_string_or_a_list_of_strings_are_read():
    assert from_record({"text": BODY, "authors": "Ann Lee and Bo Chen"}).authors == ["Ann Lee", "Bo Chen"]
    assert from_record({"text": BODY, "authors": ["Ann Lee"]}).authors == ["Ann Lee"]


# 5. A few invalid bytes in UTF-8 text

def test_mostly_valid_utf8_stays_utf8_with_the_bad_bytes_replaced():
    text = "Russia’s “new” jets, the Pentagon said, were seen at Latakia. It’s the third time."
    broken = text.encode().replace(b"Latakia", b"Lat\xe1kia\xff")  # cp1252 á and a stray byte
    assert decode(broken) == text.replace("Latakia", "Lat\ufffdkia\ufffd")


def read_text_article(body: str):
    from newsprobe import from_text

    return from_text(body, title="Budget passes")


def test_the_article_says_how_many_characters_were_not_valid_text(tmp_path):
    path = tmp_path / "a.txt"
    body = BODY.replace("The mayor", "The city’s mayor").replace("the region", "the region’s towns")
    path.write_bytes(b"Budget passes\n\n" + body.encode().replace(b"the", b"th\xff", 1))
    article = read(path)
    assert article.undecodable == 1 and article.body.count("\ufffd") == 1
    assert read_text_article(BODY).undecodable == 0


def test_cp1252_text_is_still_cp1252():
    text = "Russia’s “new” jets were seen at Latakia, café owners said."
    assert decode(text.encode("cp1252")) == text


def test_a_utf8_file_with_a_bom_and_a_bad_byte_is_read(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbfBudget passes\n\n" + BODY.encode() + b" \xff")
    assert read(path).body == BODY + " \ufffd"


# 9. Folders

def test_an_unreadable_folder_is_an_error_naming_it(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(f"Headline\n\n{BODY}")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text(f"Headline\n\n{BODY}")
    lock(monkeypatch, locked)
    assert [outcome(r) for r in results(tmp_path)] == ["ok", "unreadable"]
    assert str(results(locked)[0]) == f"{locked}: cannot read: Permission denied"


def test_an_empty_folder_is_an_error(tmp_path):
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")
    (error,) = results(tmp_path)
    assert error.code == "empty" and str(error) == f"{tmp_path}: directory holds no .txt, .html, .json or .jsonl files"


# 10. Sizes checked before reading, JSONL streamed

def peak_memory(work) -> tuple[object, int]:
    """``work()``'s result and the most memory Python held while it ran, beyond what it held before."""
    import tracemalloc

    from_text(BODY, no_title=True)  # the language model, loaded once per process, is not what is measured
    tracemalloc.start()
    try:
        return work(), tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_file_over_the_record_limit_is_refused_without_being_read(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 4_000_000)  # 20 MB: over the 16 MB a record may take
    (error,), peak = peak_memory(lambda: results(path))
    assert error.code == "too_large" and str(error).startswith(f"{path}: more than 16,777,216 bytes")
    assert peak < 2**20


def test_jsonl_is_streamed_not_read_whole(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text((RECORD + "\n") * 20_000)  # 4.5 MB
    first, peak = peak_memory(lambda: next(iter_articles([path])))
    assert first.id == "r" and peak < 2**20


def test_a_jsonl_line_over_the_record_limit_is_one_error_and_skipped(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(f'{RECORD}\n{json.dumps({"text": "word " * 5000})}\n{RECORD}\n')  # line 2: 25 KB
    found = results(path, max_bytes=1000)  # records of at most 8,000 bytes
    assert [outcome(r) for r in found] == ["ok", "too_large", "ok"]
    assert str(found[1]) == f"{path}:2: more than 8,000 bytes, the most one record may take (8 × the 1,000-byte body limit)"


def test_stdin_over_the_limit_is_read_as_jsonl_when_it_is_json(monkeypatch):
    data = (RECORD + "\n") * 40  # 9 KB against an 8,000-byte record limit
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    found = results("-", max_bytes=1000)
    assert len(found) == 40 and {outcome(r) for r in found} == {"ok"} and found[-1].input == "<stdin>:40"


def test_text_on_stdin_over_the_limit_is_refused(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"word " * 2000)))
    (error,) = results("-", max_bytes=1000)
    assert error.code == "too_large" and error.input == "<stdin>"
