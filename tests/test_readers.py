import io
import json

import pytest

from newsprobe import InputError, from_html, from_record, from_text, iter_articles, read
from newsprobe.decoding import decode
from newsprobe.text import normalize_text

BODY = (
    "The city council voted on Tuesday to approve the new budget after a long debate. "
    "The mayor said the plan would protect jobs and keep taxes low for families across the region."
)


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def test_plain_text_first_line_is_headline(tmp_path):
    article = read(write(tmp_path, "a.txt", f"\n  Council approves budget\n\n{BODY}\n"))
    assert article.title == "Council approves budget"
    assert article.body == BODY
    assert article.input.endswith("a.txt")
    assert article.language == "en"


def test_title_option_makes_whole_text_body(tmp_path):
    article = read(write(tmp_path, "a.txt", f"First line\n\n{BODY}"), title="Given headline")
    assert article.title == "Given headline"
    assert article.body.startswith("First line")


def test_no_title_keeps_first_line_in_body(tmp_path):
    article = read(write(tmp_path, "a.txt", f"First line\n\n{BODY}"), no_title=True)
    assert article.title is None
    assert article.body.startswith("First line")


def test_whitespace_normalised_paragraphs_kept():
    text = "Title\r\n\r\nOne  paragraph\twith   spaces.\r\n\r\n\r\n\u00a0Second\u200b paragraph.   "
    assert normalize_text(text) == "Title\n\nOne paragraph with spaces.\n\nSecond paragraph."


def test_wide_gap_becomes_paragraph_break():
    assert normalize_text("Last sentence.                    Nicholas Kamm  Getty Images") == (
        "Last sentence.\n\nNicholas Kamm Getty Images"
    )


@pytest.mark.parametrize(
    "encoded",
    [
        ("Caf\u00e9 owners said prices rose.").encode("utf-8"),
        b"\xef\xbb\xbf" + "Caf\u00e9 owners said prices rose.".encode("utf-8"),
        "Caf\u00e9 owners said prices rose.".encode("utf-16"),
        "Caf\u00e9 owners said prices rose.".encode("cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-bom", "cp1252"],
)
def test_encodings(encoded):
    assert decode(encoded) == "Caf\u00e9 owners said prices rose."


def test_cp1252_smart_quotes(tmp_path):
    data = ("Headline\n\n" + BODY + " \u201cWe are ready,\u201d she said.").encode("cp1252")
    article = read(write(tmp_path, "q.txt", data))
    assert "\u201cWe are ready,\u201d" in article.body


def test_html_extracts_main_text_and_metadata(tmp_path):
    html = f"""<html><head><title>Council approves budget - Example Times</title>
    <meta name="author" content="Jane Doe"><meta property="og:site_name" content="Example Times">
    <meta property="article:published_time" content="2024-03-01"></head>
    <body><nav>Home | World | Sport</nav><article><h1>Council approves budget</h1>
    <p>{BODY}</p><p>\u201cWe will not back down,\u201d she told reporters outside the hall on Tuesday evening.</p></article>
    <div class="comments"><p>Great article! Totally agree with all of this, thanks.</p></div>
    <footer>Copyright 2024 Example Times</footer></body></html>"""
    article = read(write(tmp_path, "page.html", html))
    assert article.title == "Council approves budget"
    assert article.authors == ["Jane Doe"]
    assert article.site == "Example Times"
    assert article.published == "2024-03-01"
    assert "We will not back down" in article.body
    assert "Great article" not in article.body
    assert "Home | World" not in article.body


def test_html_sniffed_without_suffix():
    article = from_html(f"<html><body><article><h1>Headline here</h1><p>{BODY}</p></article></body></html>")
    assert article.body == BODY


def test_json_object(tmp_path):
    record = {"id": "x1", "headline": "Budget passes", "body": BODY, "url": "https://example.org/a", "site": "Ex"}
    article = read(write(tmp_path, "a.json", json.dumps(record)))
    assert (article.id, article.title, article.url, article.site) == ("x1", "Budget passes", "https://example.org/a", "Ex")


def test_jsonl_bad_line_does_not_stop_others(tmp_path):
    lines = [
        json.dumps({"id": "1", "title": "One", "text": BODY}),
        "{not json",
        json.dumps({"id": "3", "title": "No text here"}),
        json.dumps({"id": "4", "title": "Four", "text": ""}),
        json.dumps({"id": "5", "title": "Five", "text": BODY}),
    ]
    results = list(iter_articles([write(tmp_path, "in.jsonl", "\n".join(lines))]))
    assert len(results) == 5
    assert [r.id for r in results if not isinstance(r, InputError)] == ["1", "5"]
    errors = [r for r in results if isinstance(r, InputError)]
    assert errors[0].input.endswith("in.jsonl:2") and "not valid JSON" in errors[0].problem
    assert "no text field" in errors[1].problem
    assert "empty" in errors[2].problem


def test_directory_reads_readable_files_in_order(tmp_path):
    write(tmp_path, "b.txt", f"B headline\n\n{BODY}")
    write(tmp_path, "a.txt", f"A headline\n\n{BODY}")
    write(tmp_path, "image.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    results = list(iter_articles([tmp_path]))
    assert [r.title for r in results] == ["A headline", "B headline"]


def test_stdin(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(f"From stdin\n\n{BODY}".encode())))
    (article,) = list(iter_articles(["-"]))
    assert article.title == "From stdin" and article.input == "<stdin>"


def test_content_hash_id_is_stable():
    assert from_text(f"T\n\n{BODY}").id == from_text(f"T\n\n{BODY}").id
    assert from_text(f"T\n\n{BODY}").id != from_text(f"U\n\n{BODY}").id


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (bytes(range(256)) * 8, "binary"),
    ],
    ids=["empty", "blank", "binary"],
)
def test_bad_files(tmp_path, data, problem):
    with pytest.raises(InputError) as caught:
        read(write(tmp_path, "bad.txt", data))
    assert problem in str(caught.value)
    assert str(caught.value).startswith(str(tmp_path / "bad.txt"))


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read(tmp_path / "nope.txt")


def test_non_english_refused():
    text = (
        "Le gouvernement a annoncé mardi une nouvelle réforme des retraites qui sera présentée au "
        "Parlement dans les prochaines semaines. Les syndicats ont appelé à une grève nationale pour "
        "protester contre cette décision, qui est selon eux injuste pour les travailleurs."
    )
    with pytest.raises(InputError, match="not English.*French"):
        from_text(text, no_title=True)


def test_oversized_body_refused():
    with pytest.raises(InputError, match="larger than the 1,000-byte limit"):
        from_text("x " * 600, no_title=True, max_bytes=1000)


def test_record_must_be_object():
    with pytest.raises(InputError, match="expected a JSON object"):
        from_record(["a", "list"])


def test_paragraph_spans_split_blank_lines_and_one_paragraph_per_line_blocks():
    from newsprobe.text import paragraph_spans

    body = "First paragraph.\n\nSecond one, one per line.\nThird one.\n\nA hard-wrapped paragraph that\ngoes on to the next line."
    assert [body[s:e] for s, e in paragraph_spans(body)] == [
        "First paragraph.", "Second one, one per line.", "Third one.",
        "A hard-wrapped paragraph that\ngoes on to the next line.",
    ]
