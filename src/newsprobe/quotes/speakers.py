"""Who is the speaker? Kinds (person, organization, anonymous, orphan pronoun) and names.

Resolution is deliberately conservative: a pronoun is credited to a person
only when that person is named in the same paragraph before it, or was the
speaker or a subject in the paragraph just before. Stitched articles put a
"he said" right after somebody else's paragraph; crediting the nearest name
would hide exactly the orphan quotes a reader needs to see.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import ArticleText

PERSONAL_PRONOUNS = frozenset("he she him her i me".split())
GROUP_PRONOUNS = frozenset("they them we us".split())
RELATIVE_PRONOUNS = frozenset("who whom which that".split())
ANONYMOUS_HEADS = frozenset(
    """official officials source sources aide aides insider insiders person people someone
    spokesman spokeswoman spokesperson representative diplomat diplomats officer officers
    analyst analysts expert experts observer observers adviser advisers advisor advisors
    staffer staffers witness witnesses resident residents member members employee employees
    lawmaker lawmakers legislator legislators executive executives minister ministers
    commander commanders agent agents investigator investigators critic critics supporter
    supporters activist activists colleague colleagues friend friends associate associates""".split()
)
ORG_HEADS = frozenset(
    """ministry department agency government administration company firm campaign committee
    council court police army military party union office embassy bank group organization
    organisation commission board authority authorities pentagon kremlin
    newspaper network channel website magazine service services""".split()
)
ORG_LABELS = ("ORG", "NORP", "GPE", "FAC")
# Titles written before names; stripped so "Sergeant Ben Cole" and "Ben Cole" are one person.
_TITLE_WORDS = re.compile(
    r"^(mr|mrs|ms|miss|dr|sen|senator|rep|representative|gov|governor|gen|general|pres|president|prof|professor|"
    r"sgt|sergeant|capt|captain|lt|col|colonel|maj|major|adm|admiral|cmdr|commander|det|detective|officer|chief|"
    r"judge|justice|mayor|secretary|minister|chancellor|ambassador|coach|sir|dame|lord|lady|rev|reverend|father|"
    r"rabbi|imam|sheikh|king|queen|prince|princess|pope|premier|speaker|councillor|councilman|councilwoman)\.?$",
    re.I,
)


@dataclass
class Resolution:
    kind: str
    resolved: str | None


class SpeakerResolver:
    """Resolves speakers within one document; build once per document."""

    def __init__(self, text: ArticleText):
        self.text = text
        self.doc = doc = text.doc
        self.people = [e for e in doc.ents if e.label_ == "PERSON" and _clean_name(e.text)]
        self.full_names: dict[str, str] = {}
        for ent in self.people:
            name = _clean_name(ent.text)
            parts = name.split()
            if len(parts) >= 2:
                # The longest full name for a surname wins; among equals, the first seen.
                current = self.full_names.get(parts[-1].lower())
                if current is None or len(name) > len(current):
                    self.full_names[parts[-1].lower()] = name
        self.speakers_by_paragraph: dict[int, list[tuple[int, str]]] = {}

    def full_name(self, name: str) -> str:
        """The longest name the article uses for this surname ("Kerry" → "John Kerry")."""
        parts = name.split()
        known = self.full_names.get(parts[-1].lower(), name) if parts else name
        return known if len(known) > len(name) else name

    def note_speaker(self, offset: int, name: str) -> None:
        self.speakers_by_paragraph.setdefault(self.text.paragraph_of(offset), []).append((offset, name))

    def resolve(self, head) -> Resolution:
        """Kind and full name of the phrase headed by ``head`` (a spaCy Token)."""
        if head is None:
            return Resolution("unknown", None)
        if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            head = head.head.head  # "Elmendorf, who said …" → Elmendorf
        phrase = self.doc[head.left_edge.i : head.right_edge.i + 1]
        person = self._named_person(head, phrase)
        if person:
            return Resolution("person", self.full_name(person))
        if head.pos_ == "PRON":
            if head.lower_ in PERSONAL_PRONOUNS:
                antecedent = self._antecedent(head)
                return Resolution("person", antecedent) if antecedent else Resolution("pronoun", None)
            if head.lower_ in GROUP_PRONOUNS:
                group = self._group_antecedent(head)
                return self.resolve(group) if group is not None else Resolution("pronoun", None)
            return Resolution("unknown", None)
        if head.pos_ == "PROPN" and head.lower_ in self.full_names:
            # "Warren said …" where the article names Senator Elizabeth Warren elsewhere.
            return Resolution("person", self.full_names[head.lower_])
        if head.pos_ == "PROPN" and not head.ent_type_ and head.lemma_.lower() not in ORG_HEADS:
            # Untagged proper-noun speakers are people far more often than not ("Earnest said").
            return Resolution("person", self.full_name(_entity_text(head)))
        if head.ent_type_ in ORG_LABELS or head.lemma_.lower() in ORG_HEADS or head.lower_ in ORG_HEADS:
            return Resolution("organization", None if head.ent_type_ not in ORG_LABELS else _entity_text(head))
        if head.lower_ in ANONYMOUS_HEADS or head.lemma_.lower() in ANONYMOUS_HEADS:
            described = self._described_person(head)
            if described:
                return Resolution("person", described)
            return Resolution("anonymous", None)
        return Resolution("unknown", None)

    def _named_person(self, head, phrase) -> str | None:
        if head.ent_type_ == "PERSON":
            return _entity_text(head)
        # "Defence Ministry spokesman Igor Konashenkov": a person inside the phrase, in apposition or compound.
        for tok in phrase:
            if tok.ent_type_ == "PERSON" and tok.dep_ in ("compound", "appos", "nsubj") and tok.head in (head, *head.children):
                return _entity_text(tok)
        for child in head.children:
            if child.dep_ == "appos" and child.ent_type_ == "PERSON":
                return _entity_text(child)
        return None

    def _antecedent(self, pronoun) -> str | None:
        paragraph = self.text.paragraph_of(pronoun.idx)
        # People named earlier in the paragraph: tagged entities, and speakers found so far
        # (which include proper-noun subjects the tagger missed, "Helmut Panke predicted …").
        same = [(e.start_char, self.full_name(_clean_name(e.text))) for e in self.people if e.end_char <= pronoun.idx]
        same += [(offset, name) for offset, name in self.speakers_by_paragraph.get(paragraph, []) if offset < pronoun.idx]
        same = [(offset, name) for offset, name in same if self.text.paragraph_of(offset) == paragraph]
        if same:
            return max(same)[1]
        previous = self.speakers_by_paragraph.get(paragraph - 1, [])
        if previous:
            return previous[-1][1]
        subjects = [
            e for e in self.people
            if self.text.paragraph_of(e.start_char) == paragraph - 1 and e.root.dep_ in ("nsubj", "nsubjpass")
        ]
        return self.full_name(_clean_name(subjects[-1].text)) if subjects else None

    def _group_antecedent(self, pronoun):
        """"they" → the last plural noun or organisation subject in this paragraph or the one before."""
        paragraph = self.text.paragraph_of(pronoun.idx)
        for tok in reversed(self.doc[: pronoun.i]):
            if self.text.paragraph_of(tok.idx) < paragraph - 1:
                return None
            if tok.dep_ in ("nsubj", "nsubjpass") and (tok.tag_ in ("NNS", "NNPS") or tok.ent_type_ in ORG_LABELS):
                return tok
        return None

    def _described_person(self, head) -> str | None:
        """"the spokesman" → the person the article introduced with that title."""
        if not any(c.lower_ == "the" for c in head.children):
            return None
        title = head.lower_
        for ent in reversed([e for e in self.people if e.end_char <= head.idx] + [e for e in self.people if e.start_char > head.idx]):
            window = self.doc[max(ent.start - 4, 0) : ent.end + 4]
            if any(t.lower_ == title for t in window):
                return self.full_name(_clean_name(ent.text))
        return None


def _entity_text(tok) -> str:
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return _clean_name(ent.text)
    return tok.text


def _clean_name(name: str) -> str:
    parts = name.replace("’s", "").replace("'s", "").split()
    while len(parts) > 1 and _TITLE_WORDS.match(parts[0]):
        parts.pop(0)
    return " ".join(parts).strip(" ,.")
