"""Word-level alignment: what was substituted, inserted and dropped, and the passage restored."""

from newsprobe.index.align import align, best_window
from newsprobe.index.shingles import TokenHasher, tokens

SOURCE = tokens(
    "Earlier reports said the meeting would be delayed. The Pentagon last year cut off high-level military talks "
    "with Moscow after the annexation of Crimea, officials said on Monday. Other news followed later that week."
)


def aligned(passage_text):
    passage = tokens(passage_text)
    hasher = TokenHasher()
    window = best_window(hasher.shingles(passage), hasher.shingles(SOURCE), len(passage))
    return passage, align(passage, SOURCE, window)


def test_substitutions_are_found_and_undone():
    passage, result = aligned("The Pentagon past year cut off high-level armed forces talks with Moscow after the annexation of Crimea")
    swaps = [(" ".join(passage[slice(*c.body)]), " ".join(SOURCE[slice(*c.source)])) for c in result.changes if c.kind == "substituted"]
    assert swaps == [("past", "last"), ("armed forces", "military")]
    assert result.restored == tokens("The Pentagon last year cut off high-level military talks with Moscow after the annexation of Crimea")
    assert result.score == 1.0 and result.copied < 1.0


def described(passage, change) -> tuple[str, str | None, str | None]:
    words = lambda tokens, span: " ".join(tokens[slice(*span)]) if span else None  # noqa: E731
    return change.kind, words(passage, change.body), words(SOURCE, change.source)


def test_inserted_and_dropped_words():
    passage, result = aligned("The Pentagon last year abruptly cut off high-level military talks with Moscow after the annexation")
    assert [described(passage, c) for c in result.changes] == [("inserted", "abruptly", None)]
    assert "abruptly" not in result.restored
    # The window covers the copied stretch only, not the source's other sentences.
    assert SOURCE[result.window[0]] == "the" and SOURCE[result.window[1] - 1] == "annexation"

    passage, result = aligned("The Pentagon last year cut off military talks with Moscow after the annexation of Crimea")
    assert [described(passage, c) for c in result.changes] == [("deleted", None, "high level")]
    assert result.restored == tokens("The Pentagon last year cut off high-level military talks with Moscow after the annexation of Crimea")


def test_unrelated_passage_aligns_with_nothing():
    passage, result = aligned("A cargo ship struck a pier of the harbour bridge early on Tuesday")
    assert result.score < 0.3
