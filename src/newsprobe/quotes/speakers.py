"""Who is the speaker? Kinds (person, organization, anonymous, author, orphan pronoun) and names.

Names: a full name stands for itself ("Bill Clinton" is not "Hillary Clinton"); a surname or a
first name alone is the nearest full name before it that has it (else the first one after).

Pronouns: "he" or "she" is the nearest person named before it whose gender allows it (from an
honorific in the article, else the first name's usual gender, else either), in the nearest
paragraph that names anybody or holds an earlier "he"/"she" subject (which stands for whom it
does), preferring its last subject or speaker, and within that one's sentence a speaker or a subject
outside what the sentence reports; people named inside quotation marks are not antecedents for a
pronoun outside them. "they" is the last group named before it (a
plural, an organisation, names joined by "and"). A quote is an *orphan* only
when nobody in the article before it can be its speaker: stitched articles put a "he said"
where no name has gone before, while ordinary reporting quotes "he" paragraphs after the name.
"I" and "we" outside quotation marks are the author (columns, first-person pieces, interviews).
Names in captions and scraper residue are blanked out of the prose, so they never count.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass

from ..text import ArticleText
from .cues import INFERENCES, SPEECH, SPEECH_ACTS, clause_marks, names_nobody, thing_like
from .labels import DASHES, HONORIFICS, captions, inverted_cue, own_voices, photo_credits, title_case
from .quotemarks import CLOSING_TOKENS, find_quote_regions
from .rules import (
    ASKING, age_of, contraction_as_subject, entity_span, is_suffix, person_named_at, sets_off, suffix_after, suffix_after_comma, token_at,
)

THIRD_PERSON = {"he": "m", "him": "m", "she": "f", "her": "f"}
POSSESSIVES = {"he": "his", "she": "her", "they": "their"}
AUTHOR_PRONOUNS = frozenset("i me we us".split())
GROUP_PRONOUNS = frozenset("they them".split())
SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Words before a name that tell the person's gender.
GENDERED_TITLES = {
    **dict.fromkeys("mr mr. sir lord king prince father brother".split(), "m"),
    **dict.fromkeys("mrs mrs. ms ms. miss dame lady queen princess sister".split(), "f"),
    **dict.fromkeys("mx mx.".split(), ""),
}
# A capitalised word before another, which a headline's full name needs its first to be a known first name.
FIRST_NAME_PAIR = re.compile(r"\b([A-Z][a-z]+)\s+[A-Z]")
# Verbs for being questioned, whose agent asks ("Pressed by …", "Asked by …").
QUESTIONING = frozenset("press ask question challenge interview quiz confront grill push".split())
# Verbs whose subject speaks or says what is on their mind: speech verbs, speech acts ("said", "cited") and
# states of mind a reporter has somebody tell ("Balmes also worries about …").
SPEAKING = SPEECH | SPEECH_ACTS | frozenset("believe think hope expect fear worry doubt wish feel want".split())
# Marks of a clause that concedes something of the main clause's own subject ("Though the leader decided
# …, he persisted").
CONCESSIVE_MARKS = frozenset("though although".split())
# Conjunctions of a clause beside the main one, whose subject does not take over from a "he"/"she" that
# carries the paragraph's topic as the main clause's subject ("She has gone public … as Clinton has
# emerged …, as she pursues the nomination"; not "until Trump reached the final words", after which "he
# said" is Trump). From readings of PolNeAR train's pronouns; after a name as the main subject the clause's
# subject is as often the next speaker ("Joe Biden watched as Barack Obama took the stage. ⏎ “…,” he
# said"), so only a pronoun holds (``_most_salient``).
SIDE_CLAUSE_MARKS = CONCESSIVE_MARKS | frozenset("as while because since whereas".split())
# What only an organisation has: a name owning one is no person's ("Facebook founder Mark Zuckerberg").
ORGANIZATION_MEMBERS = frozenset("founder ceo user".split())
# Titles written before a surname that only a person bears (``_titled_names``; not "Dr", which opens a
# brand too: "Dr Pepper said").
PERSONAL_TITLES = HONORIFICS - {"dr"} | frozenset("president senator representative governor mayor pope chancellor".split())
# Verbs of saying nothing (``_introduced_since``).
SILENT = frozenset("decline refuse".split())
# Where a described person ("a local businessman") stands in a sentence for a later "he" to refer to.
DESCRIBED_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "attr")
RELATIVE_PRONOUNS = frozenset("who whom which that".split())
# Words for some members of a group, before "of" ("some of the aides"); numbers count too.
QUANTIFIERS = frozenset("one some many several most few both each either all half".split())
# Words for a number of people, who speak as the people they count: "A series of Trump allies … They argued"
# (a tune-site reading, thirty-first round: "they" was Iran, named the paragraph before).
COLLECTIVES = frozenset("series number handful couple host slew string bunch dozen crowd".split())
# Determiners that make a party's or a nation's word one member ("this Democrat", "a Republican").
MEMBER_DETERMINERS = frozenset("a an this that another one".split())
ANONYMOUS_HEADS = frozenset(
    """official officials source sources aide aides insider insiders person people someone
    spokesman spokeswoman spokesperson representative diplomat diplomats officer officers
    analyst analysts expert experts observer observers adviser advisers advisor advisors
    staffer staffers witness witnesses resident residents member members employee employees
    lawmaker lawmakers legislator legislators executive executives minister ministers
    commander commanders agent agents investigator investigators critic critics supporter
    supporters activist activists colleague colleagues friend friends associate associates
    lawyer lawyers attorney attorneys""".split()
)
# Holidays the tagger may take for people ("Some veterans say Memorial Day began …"); not "Doris Day".
HOLIDAYS = frozenset(f"{name} Day" for name in (
    "Memorial", "Labor", "Labour", "Veterans", "Independence", "Christmas", "New Year's", "Thanksgiving", "Presidents",
    "Presidents'", "Columbus", "Election", "Inauguration", "Mother's", "Father's", "Valentine's", "Canada", "Remembrance",
    "Armistice", "Victoria", "Boxing", "Earth", "Flag", "Patriots", "Patriot", "Emancipation", "Indigenous Peoples'",
)) | {"Christmas Eve", "New Year's Eve"}
KEPT_UNNAMED = re.compile(r"\banonymity\b|\bnot (?:be )?(?:named|identified)\b|\bnot authorized to (?:speak|discuss|comment)", re.I)
ORG_HEADS = frozenset(
    """ministry department agency government administration company firm campaign committee
    council court police army military party union office embassy bank group organization
    organisation commission board authority authorities pentagon kremlin
    newspaper network channel website site platform magazine service services university college school
    institute foundation association society hospital church seminary coalition
    airline automaker carmaker retailer insurer lender startup brand station""".split()
)
# The last words of newspapers' names, which "the" and the word alone stand for ("the Times", "the Monitor").
NEWSPAPER_WORDS = frozenset(
    "times post journal monitor guardian globe star telegraph herald tribune examiner observer sun register chronicle "
    "inquirer independent economist gazette courier bee dispatch enquirer mirror express".split()
)
# Companies the tagger takes for people as speakers ("Facebook said it would remove the posts", "Twitter says
# it is a violation": tagged a person alone in a sentence, in the tune-site readings of issue #12).
COMPANIES_READ_AS_PEOPLE = frozenset(
    "Twitter Facebook Google YouTube Instagram TikTok Snapchat Reddit WhatsApp Telegram LinkedIn Microsoft Netflix "
    "Spotify Uber Lyft Airbnb Tesla Pfizer Moderna".split()
)
# Heads for businesses, whose names seldom say what they are ("Tesla", "Hikvision", "Lufthansa"): "the
# company said" is the one organisation before it that did or said something (``_last_actor``). Not "the
# group": a band, a militant group, people rescued. In 400 tune-site articles (sixteenth round) 38 of 4,070
# speech quotes had such a head (or "the newspaper", "the network") and no name; the rules name 9, 8 of
# them rightly as read (development figures).
# Businesses by the place they work in ("Appleton Coated, a paper mill"), beside ``ORG_HEADS``.
ESTABLISHMENTS = frozenset("mill plant factory manufacturer chain store shop restaurant bakery brewery winery hotel farm".split())
PLURAL_DETERMINERS = frozenset("these those many some all both".split())
# The last words of the names of bodies and of their surveys that the tagger leaves untagged ("the COVID
# Tracking Project", "Orange County Economic Recovery Task Force", "the CNBC|SurveyMonkey Small Business
# Survey"), read as people's surnames otherwise (tune-site reading, thirty-ninth round).
BODY_NAME_ENDINGS = frozenset(
    """project force center centre initiative program programme fund trust alliance partnership laboratory
    lab bureau caucus forum league consortium survey poll study""".split()
)
UNMARKED_ORG_HEADS = frozenset("company firm bank airline automaker carmaker retailer insurer lender startup".split())
ORG_LABELS = ("ORG", "NORP", "GPE", "FAC")
# Documents and words that speak for whoever issued them ("the statement said", "Schiff's comments in a
# note … suggested"; tune-site readings, fifteenth round).
DOCUMENTS = frozenset("statement release letter memo email e-mail message announcement tweet post comment remark".split())
# Nouns for people without an agent's ending (``_could_speak``): "They chanted" after "hundreds of
# protesters" is the protesters, after "the fiscal cutbacks" is no one.
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "ive")
PEOPLE_PLURALS = frozenset(
    """troop nurse judge fan rebel ally local couple family kid relative neighbor neighbour crowd staff
    youth citizen immigrant migrant refugee democrat republican liberal conservative""".split()
)
# Modifiers that say which document is meant: its owner, its sender, what it was ("the union's statement",
# "the White House statement", "the statement from …", "the letter, signed by 40 lawmakers, …").
DESCRIBING = ("poss", "compound", "prep", "acl", "relcl", "appos")
PLACE_LABELS = ("GPE", "LOC", "FAC")
# Names that say where or which people ("U.S.", "Russian"), not whose: no organisation's or person's name.
PLACES_AND_PEOPLES = PLACE_LABELS + ("NORP",)
NUMBER_LABELS = ("CARDINAL", "PERCENT", "QUANTITY", "MONEY", "ORDINAL", "DATE", "TIME")
# Words that make "the …" somebody the article has already named ("the former congressman", "the late
# senator"); a party or a team's name does too ("the Republican presidential candidate", "the Lib Dem
# leader", "the Gunners manager"). Never for one of ANONYMOUS_HEADS ("the senior DHS official", "the former
# official" are unnamed by design). Not "new" ("The new president" was Rouhani, named two paragraphs up,
# after Netanyahu), nor a country or a people ("the U.S. leader" after Modi, "the Russian president" after
# Zelensky). Tune-site quotes (400 articles, sixteenth round) and two reviews' sentences.
STANDING_WORDS = frozenset(
    "former late veteran outgoing incoming ex then retired longtime reigning defending double two-time three-time".split()
)
PARTY_WORDS = frozenset("republican democratic democrat labour conservative tory liberal gop".split())
# Buildings and places named after people ("Amsterdam's Anne Frank House").
FACILITIES = frozenset("house museum library center centre hall park gallery theatre theater".split())
# A party's member, which American papers call a lawmaker by with the state ("the New York Democrat said").
PARTY_MEMBERS = frozenset("democrat republican".split())
# A party's words beside a name, "D" and "R" as in "(D-N.Y.)".
PARTY_SIGNS = {"democrat": frozenset("democrat democratic d".split()), "republican": frozenset("republican gop r".split())}
COMPANY_SUFFIXES = frozenset("inc corp corporation co ltd llc llp plc".split())  # "Amazon, Inc."
# The last words of the names an organisation head may stand for ("the agency" → "U.S. Census Bureau");
# a head not listed stands for a name ending with itself ("the commission" → "Federal Trade Commission").
ORG_KIN = {
    "agency": {"agency", "bureau", "administration", "service", "commission", "authority", "office"},
    "department": {"department", "ministry"},
    "ministry": {"ministry", "department"},
    "company": COMPANY_SUFFIXES | {"company"},
    "firm": COMPANY_SUFFIXES | {"firm"},
    # Not "mail", "sun", "star", "globe": "Royal Mail" is no newspaper ("Canada Post" is taken for one).
    "newspaper": {"newspaper", "times", "post", "journal", "tribune", "herald", "chronicle", "gazette", "telegraph",
                  "examiner", "inquirer", "ft"},
    # Advocacy groups and think tanks ("the group said" after "the Tax Policy Center", "the Countryside
    # Alliance", "the Democratic Legislative Campaign Committee"; seventeenth round). Not the words that end
    # the names of the bodies that report on groups or deal with them ("council", "union", "fund",
    # "league"); and "the group" is not the one organisation that acted (it never reaches ``_last_actor``):
    # "The UN Security Council condemned the attack. The group said …" is the attackers.
    "group": {"group", "association", "committee", "center", "centre", "foundation", "alliance", "coalition",
              "institute", "federation", "project", "society", "caucus"},
    "network": {"network", "news", "abc", "cbs", "nbc", "cnn", "msnbc", "fox", "bbc", "pbs", "channel", "tv", "television"},
}
# Offices one person holds at a time: "the former secretary of state", "the governor of Texas" is somebody
# known, not a source kept unnamed (``_one_office_holder``; "the former official" is one).
OFFICES = frozenset(
    """secretary president governor mayor senator minister chancellor ambassador premier speaker
    chairman chairwoman chair director commissioner attorney general leader""".split()
)
# Titles written before names; stripped so "Sergeant Ben Cole" and "Ben Cole" are one person.
_TITLE_WORDS = re.compile(
    r"^(mr|mrs|ms|mx|miss|dr|sen|senator|rep|representative|gov|governor|gen|general|pres|president|prof|professor|"
    r"sgt|sergeant|capt|captain|lt|lieutenant|col|colonel|brig|brigadier|maj|major|adm|admiral|cmdr|commander|det|detective|officer|chief|"
    r"cpl|corporal|pfc|pvt|private|spc|specialist|supt|superintendent|insp|inspector|"
    r"judge|justice|mayor|secretary|minister|chancellor|ambassador|coach|sir|dame|lord|lady|rev|reverend|father|"
    r"rabbi|imam|sheikh|king|queen|prince|princess|pope|premier|speaker|councillor|councilman|councilwoman)\.?$",
    re.I,
)
# A country and its people under one key where their first four letters differ ("the UK prime minister" is
# "British Prime Minister Boris Johnson"); others compare by those letters (``_country``).
COUNTRY_KEYS = {
    **dict.fromkeys(("us", "usa", "united states", "america", "american"), "us"),
    **dict.fromkeys(("uk", "britain", "great britain", "united kingdom", "british"), "uk"),
    **dict.fromkeys(("france", "french"), "france"), **dict.fromkeys(("spain", "spanish"), "spain"),
    **dict.fromkeys(("netherlands", "dutch"), "netherlands"),
}
# Titles abbreviated before names, for "the senator" after "Sen. Bernie Sanders".
TITLE_ABBREVIATIONS = {
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "pres": "president",
    "prof": "professor", "sgt": "sergeant", "capt": "captain", "lt": "lieutenant", "col": "colonel",
    "adm": "admiral", "cmdr": "commander", "det": "detective", "rev": "reverend",
}
# Words that make a title another office where they modify it: "Vice President Mike Pence" is not "the
# president", "Lt. Gov. Dan Patrick" not "the governor", "Justice Minister Tzipi Livni" not "the prime
# minister", "Gen. Mark Milley" not "the attorney general". Not a portfolio: "the minister" may be "Justice
# Minister Cathy Jamieson" (bbc-politics-204).
TITLE_QUALIFIERS = frozenset("vice former ex deputy acting prime attorney surgeon lieutenant chief".split())


# A name in capitals opening a line, before a colon or a role in capitals: a transcript's "ARI SHAPIRO,
# HOST:"; not a dateline ("NEW YORK, March 3 -").
CAPITALS_NAME = re.compile(r"(?m)^([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){1,3})(?=:|, [A-Z][A-Z ]*:)")
# Words of a transcript's labels for somebody it does not name ("UNIDENTIFIED PERSON:", "THE PRESIDENT:").
UNNAMED_LABEL_WORDS = frozenset(
    "the unidentified unknown unnamed person male female man woman boy girl child crowd group voice voices speaker host "
    "reporter announcer narrator audience caller protester protesters crosstalk president".split()
)


@dataclass
class Resolution:
    kind: str
    resolved: str | None
    several: bool = False  # several people ("William Barr and Wilbur Ross"): nobody a later "he" or "she" is


# How salient a mention is for a later pronoun: a speaker or a subject outranks, in its sentence, the
# subject of what the sentence reports or describes ("Earnest said Monday that Obama … ⏎ He said" is
# Earnest), which outranks anything else ("… investigating his wife, Hillary Clinton, over … She has
# called" is not Clinton when "She" opened the paragraph). See _salience and _most_salient.
MAIN_SUBJECT, SUBJECT, OTHER = 2, 1, 0
EMBEDDED_CLAUSES = ("ccomp", "xcomp", "csubj", "relcl", "acl")  # clauses that hold what is reported or described


@dataclass
class Mention:
    start: int  # offset in the text; -1 for the headline
    name: str | None  # the full name it refers to; None for a person described, not named ("the president")
    salience: int  # MAIN_SUBJECT, SUBJECT or OTHER
    gender: str | None  # "m", "f" or None when unknown
    quoted: bool = False  # inside quotation marks: somebody's words, not the writer's
    pronoun: object = None  # for a "he"/"she" subject, its token: the mention stands for whom that pronoun does


class SpeakerResolver:
    """Resolves speakers within one document; build once per document.

    ``genders`` maps first names to "m" or "f" (``model.first_name_genders``); ``authors`` are the
    article's bylines, credited with "I" and "we"."""

    def __init__(self, text: ArticleText, genders: dict[str, str], authors: list[str] | None = None):
        self.text = text
        self.doc = doc = text.doc
        self.genders = genders
        self.authors = ", ".join(authors) if authors else None
        regions = find_quote_regions(text.prose, text.paragraphs)
        self.titled_names = titled = _titled_names(doc)
        # Parsed only where a known first name opens a capitalised pair (the parse costs about 10 ms).
        titled_pair = text.title and any(m.group(1) in genders for m in FIRST_NAME_PAIR.finditer(text.title))
        headline_names = _headline_names(text.headline) if titled_pair else []
        # A surname only the headline gives in full is a person's, whatever the tagger says of it in the body
        # ("James Mattis Denounces President Trump …" over "“…,” Mattis writes", tagged a nationality).
        in_full = [name for name in _headline_full_names(headline_names, doc, genders) if not _speaks_of_itself_as_it(doc, _surname(name))]
        headline_surnames = {_surname(name) for name in in_full}
        self.one_word_names = titled | _one_word_people(doc) | _aged_names(doc)
        # Names that own what only an organisation has ("Facebook founder Mark Zuckerberg", "Facebook's
        # users") or that a word for an organisation is set before ("lifestyle brand Motherly") are no
        # person's, whatever the tagger says; not a surname of a full name or one the article writes after
        # a person's title (not "the U.S. military Trump says" in a scraper's residue of "President Trump").
        owners = {
            t.text for t in doc
            if t.pos_ == "PROPN" and (
                t.dep_ in ("compound", "poss") and t.head.lemma_.lower() in ORGANIZATION_MEMBERS
                # A bare descriptor, as journalists set one before a name ("watchdog group Public Citizen"): not
                # "The company Musk founded".
                or (first := _name_start_of(t)) and (word := doc[first - 1]).is_lower and word.lemma_ in ORG_HEADS
                and (word.dep_ == "compound" and word.head == t or t.dep_ == "appos" and t.head == word)
                and not any(c.dep_ == "det" for c in (*t.children, *word.children))
            )
        } - titled - {t.text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
        # A name is capitalised, has no digits and is no verb: the tagger takes the odd lowercase word, code
        # or embed's residue for a person ("a cannula", "the TRPV1 receptor", "Copy this code to your website").
        people = [
            e for e in doc.ents
            if e.label_ == "PERSON" and e.text[:1].isupper() and not any(ch.isdigit() for ch in e.text)
            and e.root.pos_ not in ("VERB", "AUX") and _clean_name(e.text) and not title_case(_line_of(e, text.prose))
            and not any(t.tag_ == "POS" for t in e[:-1])  # "Trump’s Twitter feed" names a feed, not "Trump Twitter"
            and not _described_by_which(e.root) and not (len(e) == 1 and e.text in owners | COMPANIES_READ_AS_PEOPLE)
            and e.text.replace("’", "'") not in HOLIDAYS and not _plural_name(e) and not _apposed_establishment(e.root)
        ]
        untagged = _untagged_people(doc, text.prose)
        self.untagged = {span.end - 1: span for span in untagged}  # by head word
        # "The European commission president, Jean-Claude Juncker, …" with the name tagged an organisation.
        apposed = [
            entity_span(t) if t.ent_type_ else doc[t.left_edge.i : t.i + 1]
            for t in doc if t.i not in self.untagged and self._apposed_personal_name(t)
        ]
        read_as_titles = [name for e in doc.ents if e.label_ == "WORK_OF_ART" and (name := self._name_read_as_title(e.root)) is not None]
        titled_inside = [name for e in doc.ents if e.label_ == "ORG" and (name := _name_after_title_inside(e.root, genders)) is not None]
        # "Chief Operating Officer Roz Brewer wrote" with the name tagged an organisation: "Brewer wrote" later is hers.
        after_role = [e for e in doc.ents if e.label_ == "ORG" and _after_role_word(e.root)]
        people = sorted(people + untagged + apposed + read_as_titles + titled_inside + after_role, key=lambda e: e.start)
        # And words of names the tagger takes for an organisation somewhere and for no person's (an untagged
        # "Facebook said" after "Facebook Inc." with no full name in the article is the company: a person is
        # introduced by name), none of them written after a person's title ("President Trump").
        tagged_organizations = {t.text for t in doc if t.ent_type_ in ORG_LABELS and t.is_title}
        self.organization_words = owners | COMPANIES_READ_AS_PEOPLE | (
            tagged_organizations - {t.text for t in doc if t.ent_type_ == "PERSON"} - {t.text for e in people for t in e} - self.one_word_names
            - headline_surnames
        )
        # "Donald Trump, Jr.,": the suffix is part of the name; "Said Leigh, “…”": the cue is not.
        people = [doc[e.start : e.end + 2] if suffix_after(e) is not None else e for e in people]
        # Nor a sentence's first word the tagger ran into the name ("Wherever Obama goes").
        people = [e[1:] if len(e) > 1 and (inverted_cue(e[0]) or e[0].tag_ in LEADING_FUNCTION_TAGS) else e for e in people]
        # Full names in text order, for names written short; honorifics by surname, for genders.
        self.full_names = sorted((e.start_char, name) for e in people if _given_and_surname(name := _clean_name(e.text)))
        # "George Floyd’s brother Philonise": the first name is "Philonise Floyd" wherever it stands alone,
        # so that a later "Floyd" may be the brother too (full_name: the nearest before).
        family = _family_members(people)
        self.full_names = sorted(self.full_names + [
            (tok.idx, f"{tok.text} {family[tok.text][0]}") for tok in doc
            if tok.pos_ == "PROPN" and tok.text in family and not _in_longer_entity(tok)
            and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN")  # not "Eric Holder"
        ])
        # The headline's full names stand before the body's, which a short name's nearest full name prefers.
        self.full_names = [(-1, name) for name in in_full] + self.full_names
        self.full_name_set = {name for _, name in self.full_names}
        # Where a full name is who acts or speaks, not a word of another's clause ("U.S. President Donald
        # Trump called … about his daughter Ivanka Trump"): which of two people sharing a surname a bare
        # surname is likelier to stand for (_one_of_several).
        self.acting = {e.start_char for e in people if _acting(e.root)}
        # Where each name stands alone ("Obama"), for a surname two people share (full_name): a one-word
        # person, or a full name's surname standing on its own, which the tagger often takes for an
        # organisation or nothing ("in a hotel room with Gillum, a Democrat who …").
        alone: dict[str, set[int]] = {}
        for e in people:
            if len(words := _clean_name(e.text).split()) == 1:
                alone.setdefault(words[0].lower(), set()).add(e.start_char)
        surnames = {name.split()[-1] for _, name in self.full_names}
        in_names = {i for e in people if len(e) > 1 for i in range(e.start, e.end)}
        for tok in doc:
            if (tok.text in surnames and tok.pos_ == "PROPN" and tok.i not in in_names and not _in_longer_entity(tok)
                    and tok.ent_type_ not in PLACE_LABELS):
                alone.setdefault(tok.lower_, set()).add(tok.idx)
        self.alone = {key: sorted(offsets) for key, offsets in alone.items()}
        self.titled = {}
        for ent in people:
            title = doc[ent.start - 1].lower_ if ent.start else ""
            if title == "." and ent.start > 1 and doc[ent.start - 2].lower_ == "mx" and not doc[ent.start - 2].whitespace_:
                title = "mx"  # "Mx." tokenised as "Mx" and "."
            first = ent[0].lower_
            gender = GENDERED_TITLES.get(first, GENDERED_TITLES.get(title))
            if gender is not None:
                self.titled[_clean_name(ent.text).split()[-1].lower()] = gender
        # "whose mother, Regina Denney": the noun a full name is apposed to gives that person's gender where
        # the first name does not (gender_of), and not the surname's, which "his wife Hillary Clinton" shares
        # with Bill Clinton; not after "of" ("The son of the actress, Jane Fonda", often hung on "son").
        self.apposed_genders = {
            _clean_name(e.text): PERSON_NOUNS[head.lower_]
            for e in people
            if (head := _person_noun_apposed_to(e.root)) is not None and PERSON_NOUNS[head.lower_]
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
        } | {f"{first} {surname}": gender for first, (surname, gender) in family.items()} | {
            _clean_name(e.text): PERSON_NOUNS[title.lower_] for e in people if (title := _person_noun_titling(e)) is not None
        }
        # Closed quotations only: a stray opening mark would otherwise swallow the rest of its paragraph.
        self.quotations = [r.inner for r in regions if r.closed]
        # A person named in a caption, a headline, an embed's line or a photo credit is nobody a pronoun
        # in the body stands for.
        lines = captions(text, regions) + photo_credits(text)
        self.mentions = [
            Mention(e.start_char, name, _salience(e.root), self.gender_of(name), self.in_quotation(e.start_char))
            for e in people
            if not any(start <= e.start_char < end for start, end in lines)
            and not (e.root.dep_ == "compound" and e.root.head.pos_ == "NOUN")
            for name in [self.full_name(_clean_name(e.text), e.start_char)]
        ]
        tagged = {i for e in people for i in range(e.start, e.end)}
        subjects = [t for t in doc if t.dep_ in SUBJECT_DEPS]
        # A subject's owner the tagger took for no person, as one it took for a person already is: "Trump’s
        # outburst marked …" with "Trump" tagged an organisation (400 tune articles: one quote changed, right).
        # So is the owner in a phrase fronted before a subject: "During Booker’s first campaign swing through
        # Iowa, …, he said …" with "Booker" tagged an organisation.
        subject_owners = [
            t for t in doc if t.dep_ == "poss" and t.pos_ in ("PROPN", "NOUN") and (t.head.dep_ in SUBJECT_DEPS or _fronted_owner(t))
        ]
        self.mentions += self._subject_mentions(subjects + subject_owners, tagged, self._untagged_surname)
        # And a full name's surname the tagger took for no person after a preposition: "That could spell trouble
        # for Hawley. He has said …" is Josh Hawley (a proper noun only, never a name's part).
        objects = [
            t for t in doc
            if t.dep_ == "pobj" and t.pos_ == "PROPN" and t.text in surnames and t.ent_type_ not in PLACE_LABELS
            and not any(c.dep_ == "compound" for c in t.children)
        ]
        self.mentions += self._subject_mentions(objects, tagged, self._untagged_surname)
        # Last resort before calling a pronoun an orphan: subjects the tagger took for a person elsewhere
        # ("Jordan is not one of the members …" read as the country, "Jordan sees …" as a person).
        ever_people = {e.text for e in people if len(e) == 1}
        self.weak_mentions = self._subject_mentions(
            subjects, tagged, lambda tok: self.full_name(tok.text, tok.idx) if tok.pos_ == "PROPN" and tok.text in ever_people else None
        )
        # "She has faced … ⏎ She said …": a "he"/"she" subject carries on whom it stands for.
        self.pronoun_subjects = [
            Mention(t.idx, None, _salience(t), THIRD_PERSON[t.lower_], self.in_quotation(t.idx), pronoun=t)
            for t in subjects
            if t.lower_ in ("he", "she")
        ]
        self.referents: dict[int, Mention | None] = {}  # a pronoun subject's offset → whom it stands for
        self.sources: list[tuple[object, Resolution]] = []  # (cue token, speaker) of each source noted so far (note_source)
        self.sentence_starts = [start for start, _ in text.sentences]
        # Names a transcript writes in capitals on a line of their own ("ABBY WENDLE, BYLINE:"), as written.
        self.capitals_names = [(m.start(1), m.group(1)) for m in CAPITALS_NAME.finditer(text.prose)]
        self.own_voices = own_voices(text.prose)  # a host's or a reporter's lines are narration, no guest's label

    def in_quotation(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.quotations)

    def full_name(self, name: str, offset: int) -> str:
        """The full name a short name stands for at ``offset``: after an honorific, the nearest before it
        whose first name fits; the one it stood for alone before a second person of that surname came in
        ("President Barack Obama … Obama … Michelle Obama … Obama said"), unless the other was named in
        the paragraph or the one before; else the nearest before it, else the first after."""
        name = _visible(name)
        parts = name.split()
        if len(parts) > 2 or len(parts) == 2 and not is_suffix(parts[1]):
            # A two-word surname ("Ms. Wasserman Schultz", "De Blasio" for "Bill de Blasio" at a sentence's
            # start) stands for the longer full name it ends that opens with a first name (not "Hillary
            # Clinton" for "Crooked Hillary Clinton").
            longer = [] if parts[0] in self.genders else [
                (start, full) for start, full in self.full_names
                if len(full.split()) > len(parts) and full.lower().endswith(" " + name.lower()) and full.split()[0] in self.genders
            ]
            before = [full for start, full in longer if start < offset]
            return before[-1] if before else longer[0][1] if longer else name
        key = name.lower().rstrip(".")
        # A surname first, or one with its suffix ("Trump Jr."), which a bare surname is not ("Trump" after
        # "Donald Trump Jr." is as a rule his father); a first name alone ("Hillary") only when no full name
        # ends with the word.
        matching = [(start, full) for start, full in self.full_names if key in _surname_keys(" ".join(full.split()[-len(parts):]))] or [
            # Or the one name with a suffix whose surname it is, where the article writes no office's title
            # before that surname ("Hayden said" after "police Chief John Hayden, Jr."; not "Trump" after
            # "Donald Trump Jr." and "President Trump", nor "Rep. King" after "Martin Luther King Jr.").
            (start, full) for start, full in self.full_names
            if len(parts) == 1 and _surname(full) != full.split()[-1] and key in _surname_keys(_surname(full))
            and not re.search(rf"\b(?:{OFFICE_TITLES}) {re.escape(_surname(full))}\b", self.doc.text)
        ] or [
            (start, full) for start, full in self.full_names if key == full.split()[0].lower()
        ]
        title = self._title_gender(offset)
        if title:
            # "Mr. Trump" is no "first lady Melania Trump", even where she is the one Trump named in full; the
            # first-name table only prefers (_one_of_several): "Mr. Bocelli" is Andrea Bocelli.
            matching = [m for m in matching if self.apposed_genders.get(m[1]) in (title, None)]
        before = [m for m in matching if m[0] < offset]
        if len({full for _, full in before}) > 1:
            return self._one_of_several(key, matching, before, offset, title)
        if before:
            return before[-1][1]
        return matching[0][1] if matching else name

    def _one_of_several(self, key: str, matching: list, before: list, offset: int, title: str | None) -> str:
        """Which of several people named before ``offset`` with the surname ``key`` a bare mention is, after
        an honorific of gender ``title`` if any."""
        if title:
            # "Mrs. Obama": the nearest of that surname whose first name is a woman's, else one whose first
            # name tells nothing.
            by_gender = [[m for m in before if self._full_name_gender(m[1]) == gender] for gender in (title, None)]
            fitting = by_gender[0] or by_gender[1]
            return (fitting or before)[-1][1]
        # The first time the surname stands alone after a full name holding it (a headline's "Obama"
        # before "President Barack Obama" tells nothing).
        alone = next((at for at in self.alone.get(key, ()) if at > matching[0][0]), offset)
        owners = {full for start, full in matching if start < alone}
        if len(owners) > 1:
            # Of several named by then, the one who acted ("Donald Trump called for … his daughter Ivanka Trump").
            owners = {full for start, full in matching if start < alone and start in self.acting}
        if alone <= offset and len(owners) == 1:
            owner = owners.pop()
            # Unless the other person was named in this paragraph or the one before, acting there or new since
            # the surname last stood alone ("Former President Bill Clinton campaigned in Florida. Clinton said
            # …"; not "Trump criticized ABC … to describe Ivanka Trump. Trump said …", where she was named in
            # the first paragraph).
            (latest, other) = before[-1]
            last_alone = max((at for at in self.alone.get(key, ()) if at < offset), default=-1)
            introduced = min(start for start, full in matching if full == other)
            if other == owner or self._paragraphs_apart(latest, offset) > 1 or latest not in self.acting and (
                introduced < last_alone or self._beside(latest, [start for start, full in matching if full == owner])
            ):
                return owner
        return before[-1][1]

    def _beside(self, offset: int, others: list[int]) -> bool:
        """Whether the name at ``offset`` is inside the phrase of a name at one of ``others``: a description of
        that person ("former first lady Laura Bush, the wife of former President George W. Bush, said"; not
        the one a verb names, "Melania introduced her husband Donald Trump", a reviewer's probes)."""
        other = token_at(self.doc, offset)
        heads = [_head_of_name(t) for o in others if (t := token_at(self.doc, o)) is not None]
        return other is not None and any(other in head.subtree for head in heads)

    def _paragraph_before(self, offset: int) -> int:
        """Where the paragraph before the one holding ``offset`` starts (the first paragraph's start for
        the first): the reach of a description or a pronoun looking back. A paragraph of scraper residue
        alone ("Roger Stone: five things to know … Read more") is none: the article runs on past it."""
        index = self.text.paragraph_of(offset)
        return next((start for i, (start, _) in reversed(self.text.prose_paragraphs) if i < index), self.text.paragraphs[0][0])

    def _paragraphs_apart(self, earlier: int, later: int) -> int:
        return self.text.paragraph_of(later) - self.text.paragraph_of(earlier)

    def _full_name_gender(self, name: str) -> str | None:
        """The gender a full name's first name or the noun it is apposed to gives ("first lady Melania Trump"),
        not its surname's honorific, which a husband shares."""
        return self.genders.get(name.split()[0]) or self.apposed_genders.get(name)

    def _title_gender(self, offset: int) -> str | None:
        """The gender an honorific right before the name at ``offset`` gives ("Mrs. Obama"), or None."""
        tok = token_at(self.doc, offset)
        if tok is None or tok.i == 0:
            return None
        return GENDERED_TITLES.get(self.doc[tok.i - 1].lower_) or None

    def gender_of(self, name: str) -> str | None:
        parts = name.split()
        if not parts:
            return None
        surname = parts[-1].lower()
        if self.titled.get(surname) == "":
            return None  # "Mx." tells that the first name's usual gender does not hold
        # The first-name table for any given name before the surname ("Crooked Hillary Clinton"), never
        # for a bare surname ("Warren", "Carter" are in it as first names); it comes before an honorific
        # keyed by the surname, which a family shares ("Barbara Bush" after "Mr. Bush").
        given = next((g for part in parts[:-1] if (g := self.genders.get(part))), None)
        return given or self.titled.get(surname) or self.apposed_genders.get(name) or self._family_gender(parts)

    def _family_gender(self, parts: list[str]) -> str | None:
        """A bare surname's gender where every full name in the article that holds it has the same one
        ("Trump" where the only Trumps are Donald Trump and Donald Trump Jr.; not "Clinton" beside Bill and
        Hillary Clinton)."""
        if len(parts) != 1:
            return None
        genders = {self.gender_of(full) for _, full in self.full_names if [w for w in full.split() if not is_suffix(w)][-1:] == parts}
        return genders.pop() if len(genders) == 1 else None

    def note_speaker(self, offset: int, name: str | None, gender: str | None = None) -> None:
        """A person found speaking, named or described ("the president", or a "she" standing for "the
        interpreter"; ``gender`` then the pronoun's): the most salient antecedent for a pronoun after it."""
        self.mentions.append(Mention(offset, name, MAIN_SUBJECT, self.gender_of(name) if name else gender))
        self.referents.clear()  # a pronoun after the speaker may now stand for them

    def note_source(self, cue, resolution: Resolution) -> None:
        """A named person or an organisation, named or not, found speaking with the cue verb ``cue`` (a spaCy
        token): who "the statement" or "it" after it is ("…, the hospital said. Two others were released,
        it said": the hospital, not the company that spoke before it)."""
        if resolution.kind == "organization" or resolution.resolved and resolution.kind == "person":
            self.sources.append((cue, resolution))

    def _issuer(self, head) -> Resolution | None:
        """Whose a document is: the one it names ("a statement from the State Department", "Apple's
        announcement", "a Justice Ministry statement"), else, for one with "the", the issuer of the last
        such document named before it, or the last source that spoke through one, or the last
        organisation that spoke ("… Customs and Border Protection told the Crimson … ⏎ “…,” the
        statement said"), in its paragraph or the one before."""
        if head.lemma_.lower() not in DOCUMENTS or head.pos_ != "NOUN" or head.ent_type_:
            return None  # "The Post reported" is a newspaper
        owner = _document_owner(head)
        if owner is not None:
            issuer = self.resolve(owner)
            return issuer if issuer.resolved else None
        if not any(c.lower_ in ("the", "this") for c in head.children) or any(c.dep_ in DESCRIBING for c in head.children):
            return None  # "the letter, signed by 40 lawmakers," is not the last source's
        start = self._paragraph_before(head.idx)
        for tok in reversed(self.doc[: head.i]):
            if tok.idx < start:
                break
            if tok.lemma_ == head.lemma_ and tok.right_edge.i < head.i and _document_owner(tok) is not None:
                return self._issuer(tok)  # "citing a statement from the State Department … the statement said"
        # A source that spoke through such a document ("Exxon said in a statement", "issued a statement"),
        # else the last organisation that spoke: a person who only mentions it is not its issuer.
        issued = [r for cue, r in self.sources if start <= cue.idx < head.idx and _through(cue, head.lemma_)]
        return issued[-1] if issued else self._last_source(head.idx, "organization")

    def _person_aged(self, head) -> str | None:
        """"the 36-year-old said", "the 36-year-old mother said" → the last person before it introduced
        with that age ("Maria Lopez, 36, …", "36-year-old Mark Dean"), else the person the text was
        about just before it (in its paragraph or the one before), as news writes "the 36-year-old"."""
        age = next((a for a in [age_of(head), *(age_of(c) for c in head.children if c.dep_ == "amod")] if a is not None), None)
        definite = any(c.lower_ == "the" for c in head.children) or (head.i >= 5 and self.doc[head.i - 5].lower_ == "the")
        if age is None or not definite:
            return None  # "a 24-year-old protester said" is somebody new
        for e in reversed([e for e in self.doc.ents if e.label_ == "PERSON" and e.end <= head.i - 4]):
            after, before = self.doc[e.end : e.end + 2], self.doc[max(e.start - 1, 0)]
            if (len(after) == 2 and after[0].text == "," and after[1].text == str(age)) or age_of(before) == age:
                name = _clean_name(e.text)
                return self.full_name(name, e.start_char) if name else None
        start = self._paragraph_before(head.idx)
        near = [m for m in self.mentions if start <= m.start < head.idx and not m.quoted and m.name]
        return self._most_salient(near).name if near else None

    def _last_source(self, offset: int, kind: str | None = None) -> Resolution | None:
        """The last source noted (of ``kind``, if given) before ``offset``, in its paragraph or the one before."""
        start = self._paragraph_before(offset)
        earlier = [r for cue, r in self.sources if start <= cue.idx < offset and kind in (None, r.kind)]
        return earlier[-1] if earlier else None

    def _subject_mentions(self, subjects: list, tagged: set[int], name_of) -> list[Mention]:
        """Mentions for the ``subjects`` outside the people found (``tagged``, their tokens) that
        ``name_of`` names (None: no person)."""
        return [
            Mention(tok.idx, name, _salience(tok), self.gender_of(name), self.in_quotation(tok.idx))
            for tok in subjects
            if tok.i not in tagged and (name := name_of(tok))
        ]

    def _untagged_surname(self, tok) -> str | None:
        """"Trump responded by …" where the tagger took "Trump" for no person: the full name a person's
        name in the article gives it (not a word the tagger once took for a person: "Pfizer added" often
        reads as one)."""
        name = self._known_person(tok)
        return name if name != tok.text else None

    def _known_person(self, tok) -> str | None:
        """The full name a proper noun ("Ford", "Premier Ford", "Ivanka Trump" headed by "Trump") stands
        for when the article names that person elsewhere: the same full name, a full name that holds a
        one-word name, or a one-word name the tagger takes for a person more often than for anything else
        or the article writes after a person's title ("President Trump"); never one of ``organization_words``.
        A capitalised word the tagger takes for a common noun, a verb or an adjective only as a full name's
        surname speaking ("Bottoms said" after "Mayor Keisha Lance Bottoms", "Trump initially cited …") or as
        a name written after a person's title ("Trump himself says it" after "President Trump")."""
        if tok.ent_type_ == "PERSON" or tok.text in self.organization_words:
            return None
        # "O’Malley", "McCarthy" too; and "Trump himself joined …, claiming", where the tagger made it a verb,
        # or "Adalja bolsters this by noting …", an adjective.
        if tok.pos_ in ("NOUN", "VERB", "ADJ") and tok.text[:1].isupper() and not tok.is_upper:
            # Only as the singular subject of a speech verb or a subject's owner ("Trump’s grandiosity
            # manifests …" opening an article), and only a surname: not "Hope remains" after Hope Hicks,
            # "Banks say …" after Rep. Jim Banks, nor a plural the tagger took into a person's name
            # ("Remington Hotels") before "Hotels, such as …, are offering".
            head = tok.head
            owner = tok.dep_ == "poss" and head.dep_ in SUBJECT_DEPS
            # The subject of a speech verb, or of the clause one hangs on ("Trump hit back calling Curiel …",
            # "… bolsters this by noting …").
            speaks = head.lemma_.lower() in SPEAKING or any(
                c.dep_ in ("advcl", "conj", "xcomp") and c.lemma_.lower() in SPEAKING
                or c.dep_ == "prep" and c.lower_ == "by"
                and any(g.dep_ == "pcomp" and g.lemma_.lower() in SPEAKING for g in c.children)
                for c in head.children
            )
            if not owner and (tok.dep_ != "nsubj" or not speaks or _plural_verb(head)):
                return None
            name = self.full_name(tok.text, tok.idx)
            # Or a name the article writes after a person's title ("President Trump … Trump himself says it").
            return name if name != tok.text and name.split()[-1] == tok.text or name in self.titled_names else None
        if tok.pos_ != "PROPN":
            return None
        first = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and not _TITLE_WORDS.match(_elected(c).text)]
        written = tok.doc[first[0].i : tok.i + 1].text if first else tok.text
        if first and not re.fullmatch(r"[\w.'’]+(?:-[\w.'’]+)+", written):  # "Ryan-Hart" is one word
            name = " ".join(t.text for t in [*first, tok])
            return name if name in self.full_name_set else None
        name = self.full_name(written, tok.idx)
        return name if name != written or name in self.one_word_names else None

    def resolve_label(self, head, written: str, offset: int) -> Resolution:
        """A transcript's speaker label (``labels.speaker_labels``, at ``offset``): one in capitals is the
        person the article names with those words, that surname or those initials ("WENDLE:" is Abby
        Wendle, named in "ABBY WENDLE, BYLINE:"; "PJ:" is Peter Jahrling), which the tagger, reading
        capitals, often takes for an organisation or for nothing (recovery:npr:26, a tune-site transcript:
        40 of 47 quotes had no speaker's name)."""
        resolution = self.resolve(head)
        if (not written.isupper() and resolution.kind != "person" and (full := self.full_name(_clean_name(written), offset)) in self.full_name_set
                and full.split()[0] in self.genders):
            return Resolution("person", full)  # "Green:" after "Emma Green:", a surname the tagger takes for a colour
        shorter = resolution.kind != "person" or len((resolution.resolved or "").split()) < len(written.split())
        if shorter and self._byline_name(head, written, offset):
            return Resolution("person", _clean_name(written))  # "— Nate Silver (@NateSilver538)", not "Silver"
        words = _label_name(written).split()
        # "LEE J:": the surname alone fits either Lee.
        if not written.isupper() or resolution.kind == "person" and resolution.resolved and not resolution.resolved.isupper() and not _initialled(words):
            return resolution
        if any(w.lower() in UNNAMED_LABEL_WORDS for w in words):
            return resolution  # "UNIDENTIFIED PERSON:" names nobody
        name = self._named_in_capitals(words, offset)
        if name:
            return Resolution("person", name)
        if resolution.kind == "person" and len(words) > 1:
            return Resolution("person", " ".join(words))  # "GOVERNOR ANDREW CUOMO:" is Andrew Cuomo
        if resolution.kind == "person" and resolution.resolved and resolution.resolved.isupper():
            # "MULVANEY:" where the article names nobody fuller: the name as the text writes it as a name
            # ("Mulvaney"), else as the label does (not "rose" for "ROSE:", nor "Aoc" for "AOC:").
            key = resolution.resolved.lower()
            written = next((t.text for t in self.doc if t.lower_ == key and t.pos_ == "PROPN" and t.is_title), None)
            return Resolution("person", written) if written else resolution
        return resolution

    def _byline_name(self, head, written: str, offset: int) -> bool:
        """Whether a quote's byline after a dash (at ``offset``) names a person whatever the tagger says:
        two or three capitalised words, none an organisation's head, not one entity that is no person's
        ("— Amesh Adalja, senior scholar, …" with the surname tagged a place; not "— United States"), unless
        a title's or a product's."""
        parts = written.split()
        if written.isupper() or not 2 <= len(parts) <= 3 or not all(w[:1].isupper() and w.lower() not in ORG_HEADS for w in parts):
            return False
        if not any(ch in DASHES for ch in self.text.prose[max(0, offset - 3) : offset]):
            return False
        # The tagger reads a name as a title or a product as often ("— Nate Silver (@NateSilver538)").
        return head.ent_type_ in ("", "PERSON", "WORK_OF_ART", "PRODUCT") or len(entity_span(head)) < len(parts)

    def _named_in_capitals(self, words: list[str], offset: int) -> str | None:
        """The name before ``offset`` (else the first after it) that has the ``words``, their last word
        for its surname, or their one word for its initials: first among the transcript's own lines in
        capitals (not the label's own: "FACT CHECK: …" names nobody), so that "KELLY:" is the host Mary
        Louise Kelly and not a Gene Kelly the host talks about, then in the text. The first of the lines
        in capitals that fit, the last of the names in the text."""
        key = [w.lower() for w in words]

        def fits(name: str) -> bool:
            parts = name.lower().split()
            if len(parts) < 2 or any(p in UNNAMED_LABEL_WORDS for p in parts):
                return False
            if _initialled(key):
                # "LEE J:" is Lee Jung-eun beside "LEE M:", Lee Man-hee; "J GREENE:" is Jane Greene.
                initial, word = sorted(key, key=len)
                return word in parts and any(p.startswith(initial) for p in parts if p != word)
            if len(key) > 1:
                return parts == key
            return parts[-1] == key[0] or len(key[0]) == len(parts) and "".join(p[0] for p in parts) == key[0]

        capitals = [(at, _label_name(name)) for at, name in self.capitals_names if at != offset and name not in self.own_voices]
        for names, earliest in ((capitals, True), (self.full_names, False)):
            fitting = [(at, name) for at, name in names if fits(name)]
            if _initialled(key) and len({name.lower() for _, name in fitting}) > 1:
                return None  # "LEE J:" beside Lee Jae-sung and Lee Jin-ho names neither for certain
            before = [name for at, name in fitting if at < offset]
            # A transcript's lines: the first such ("DAVID GREENE, HOST:" before a guest "JANE GREENE:", whose
            # own label is "J GREENE:"); the text: the nearest before.
            name = (before[0] if earliest else before[-1]) if before else fitting[0][1] if fitting else None
            if name is not None:
                # As the text writes it ("Mitch McConnell", not "Mitch Mcconnell"), else capitalised.
                written = next((n for _, n in self.full_names if n.lower() == name.lower() and not n.isupper()), None)
                return written or name.title()
        return None

    def resolve(self, head, single: bool = False) -> Resolution:
        """Kind and full name of the phrase headed by ``head`` (a spaCy Token); ``single``: of that name
        alone, not of the names listed with it."""
        if head is None:
            return Resolution("unknown", None)
        # The clause "who" opens; past an auxiliary's contraction the parser made its head ("who’ve said").
        clause = head.head.head if contraction_as_subject(head.head) else head.head
        if head.lower_ in RELATIVE_PRONOUNS and clause.dep_ == "relcl":
            head = clause.head  # "Elmendorf, who said …" → Elmendorf
            if head.dep_ == "appos" and head.head.pos_ in ("PROPN", "NOUN") and head.head.text[:1].isupper():
                head = head.head  # "Sanders, a progressive who has railed against …" → Sanders
            # "Barr and Ross, who said …" → both; not where the clause's verb is singular ("Joe Walsh of
            # Illinois and Allen B. West of Florida, who refuses to concede …").
            while head.dep_ == "conj" and head.head.pos_ in ("PROPN", "NOUN") and not _singular_verb(clause):
                head = head.head
        elif head.lower_ in ("who", "which"):
            head = _noun_before(head) or head  # "put Mulvaney - who once described …" parsed as a clause of its own
        phrase = self.doc[head.left_edge.i : head.right_edge.i + 1]
        if names_nobody(head):  # "practically no serious analyst"
            return Resolution("unknown", None)
        listed = _one_person_listed(head)
        if listed is not None:
            return self.resolve(listed)  # "Others, such as Bruno Maçães, told me …": the one person named
        people = None if single or head.dep_ == "conj" else self._people(_listed(head), every=True) or self._pair_misparsed(head, phrase)
        if people is not None:
            return people  # "Barr and Ross urged …": both of them, not the first
        organization = self._organization_ending(head) if head.pos_ == "PROPN" else None
        if organization:
            return Resolution("organization", organization)
        person = self._named_person(head, phrase) or (_clean_name(self.untagged[head.i].text) if head.i in self.untagged else None)
        if person and (
            _no_persons_name(head, person) or _described_by_which(head) or person in self.organization_words or _named_as_body(head)
            or _apposed_establishment(head)
        ):
            return Resolution("organization", person)
        if person:
            return Resolution("person", self.full_name(person, head.idx))  # also "one of them, Sam McGuire, 18"
        whole = _whole_of_part(head) or _members_of_collective(head)
        if whole is not None:
            # "one of the officials" is unnamed as they are; "one of them" after "Obama and Trump" is
            # neither by name.
            group = self.resolve(whole)
            return Resolution(group.kind, None) if group.kind in ("anonymous", "organization") else Resolution("unknown", None)
        if head.pos_ == "PRON":
            pronoun = head.lower_
            if pronoun in THIRD_PERSON:
                antecedent = self._antecedent(head, THIRD_PERSON[pronoun])
                if antecedent is None:
                    return Resolution("pronoun", None)
                return Resolution("person", antecedent.name) if antecedent.name else Resolution("anonymous", None)
            if pronoun in AUTHOR_PRONOUNS:
                return Resolution("author", self.authors)
            if pronoun == "it" and head.head.lemma_.lower() in SPEECH - INFERENCES:
                # "… the Financial Times reported. … it said"; not "It suggests that …", an inference.
                return self._last_source(head.idx, "organization") or Resolution("unknown", None)
            if pronoun in GROUP_PRONOUNS:
                group = self._group_antecedent(head)
                if group is None:
                    return Resolution("pronoun", None)
                listed = _listed(group)
                # The names of a list, after a noun they are apposed to ("The couple, Mark Smith and Jane Doe, …").
                tokens = [t for t in listed if t.pos_ == "PROPN"] if listed[0].pos_ == "NOUN" and len(listed) > 2 else listed
                # "Obama and Trump … They": the tagger often takes the second name for an organisation.
                people = self._people(tokens, every=False)
                if people is not None:
                    return people
                return self.resolve(tokens[0], single=True) if len(tokens) > 1 or tokens == listed else self.resolve(group)
            return Resolution("unknown", None)
        issuer = self._issuer(head)
        if issuer is not None:
            return issuer
        aged = self._person_aged(head)
        if aged:
            return Resolution("person", aged)
        known = self._known_person(head)
        if known:
            # "Warren said …" where the article names Senator Elizabeth Warren; "Atwood said" tagged as
            # an organisation where she is tagged a person elsewhere.
            return Resolution("person", known)
        titled = self._name_read_as_title(head)
        if titled is not None:
            return Resolution("person", self.full_name(_clean_name(titled.text), head.idx))
        if head.pos_ == "PROPN" and head.text[:1].isupper() and not head.ent_type_ and head.lemma_.lower() not in ORG_HEADS and not _capitalised_title(head):
            if _described_by_which(head):
                # "Real Clear Politics, which sifts through all the major polls, says …": the name whole.
                return Resolution("organization", self.doc[head.left_edge.i : head.i + 1].text)
            if _no_persons_name(head, head.text) or head.text in self.organization_words:
                return Resolution("organization", self.doc[_name_start_of(head) : head.i + 1].text)
            if head.lemma_.lower() in BODY_NAME_ENDINGS and (name := self._body_name(head)) is not None:
                return Resolution("organization", name)
            if any(c.dep_ == "det" and c.text == "The" and c.i > c.sent.start and not self.doc[c.i - 1].is_punct for c in head.children):
                # "was viewed by The Verge": a capital "The" inside a sentence opens a title, no person's name.
                return Resolution("organization", self.doc[head.left_edge.i : head.i + 1].text)
            # Untagged proper-noun speakers are people far more often than not ("Earnest said"); not a
            # lower-case word the tagger took for one ("the president wrote").
            return Resolution("person", self.full_name(_entity_text(head), head.idx))
        titled_inside = _name_after_title_inside(head, self.genders) if head.ent_type_ == "ORG" else None
        if titled_inside is not None:
            # "Democratic Representative Elijah Cummings told …", the title and the name tagged an organisation.
            return Resolution("person", self.full_name(_clean_name(titled_inside.text), titled_inside.start_char))
        if head.ent_type_ == "ORG" and (
            self._first_name_and_surname(head) or _after_role_word(head) or _after_personal_title(head)
            or any(c.dep_ == "appos" and _age(c) for c in head.children)
        ):
            # "Fulton County voter Stacey Hopkins said", "armed forces spokesman Brigadier General Abolfazl
            # Shekarchi said", "Democratic U.S. Representative Hakeem Jeffries said", "Smith, 45, said" with
            # the name tagged an organisation.
            return Resolution("person", self.full_name(_entity_text(head), head.idx))
        if head.ent_type_ == "NORP" and (
            any(c.dep_ == "nummod" or c.lower_ in MEMBER_DETERMINERS and head.tag_ == "NNP" for c in head.children)
            or head.tag_ == "NNP" and any(c.lower_ == "the" for c in head.children)
            and any(c.dep_ in ("amod", "compound") for c in head.children)
        ):
            # "this Democrat says", "More than 9 in 10 Republicans say", "The top Democrat in the U.S. Senate
            # called …": a member of the group, or members counted, not the group; who they are, the phrase
            # does not say ("the Democrat" is left as it was). "The New York Democrat said" after "Sen. Chuck
            # Schumer (D-N.Y.) said" is the one person the paragraph before names, where the article gives
            # that person the party or the state (_of_party).
            member = self._role_holder(head) if _role_description(head) else None
            if member is not None and self._of_party(member, head):
                return Resolution("person", member)
            return Resolution("unknown", None)
        if head.ent_type_ in ORG_LABELS or _word_in(head, ORG_HEADS):
            titled = _titled_name_last(phrase) if head.ent_type_ in ORG_LABELS and not any(c.lower_ == "the" for c in head.children) else None
            if titled:
                # "said City Colleges of Chicago professor emeritus Timuel Black": the parser heads the
                # phrase with the organisation's name ("a spokesman for candidate Jane Doe" is the
                # spokesman, "the campaign of candidate Beto O'Rourke" the campaign).
                return Resolution("person", self.full_name(titled, head.idx))
            return Resolution("organization", _entity_text(head) if head.ent_type_ in ORG_LABELS else self._described_organization(head))
        if _word_in(head, ANONYMOUS_HEADS) or ((head.pos_ == "NOUN" or head.is_lower) and _TITLE_WORDS.match(head.text)) or _capitalised_title(head):
            described = self._described_person(head) or self._role_holder(head)
            if described:
                return Resolution("person", described)
            # "The former secretary of state said …": one known person the article does not name here, not a
            # source kept unnamed.
            return Resolution("unknown" if _one_office_holder(head) else "anonymous", None)
        # Else, for a role described by its standing, the person the article gave that title: "the RNC
        # chairman" after "Republican National Committee Chairman Reince Priebus", where the paragraph before
        # names others too (not "the other driver").
        introduced = (
            self._introduced_as(head) or self._role_holder(head) or (self._described_person(head, described=True) if _role_description(head) else None)
        ) if head.pos_ == "NOUN" else None
        if introduced:
            return Resolution("person", introduced)
        # "according to one who spoke with The Verge on the condition of anonymity": unnamed by request.
        return Resolution("anonymous" if KEPT_UNNAMED.search(phrase.text) else "unknown", None)

    def _body_name(self, head) -> str | None:
        """The capitalised words before ``head`` in its phrase and the word, where they are more than it and
        open with no first name ("Jane Force"): a body's name."""
        start = head.i
        while start > head.left_edge.i and self.doc[start - 1].pos_ == "PROPN" and self.doc[start - 1].text[:1].isupper():
            start -= 1
        if start == head.i or self.doc[start].text in self.genders:
            return None
        return self.doc[start : head.i + 1].text

    def _people(self, tokens: list, every: bool) -> Resolution | None:
        """The people a list of names stands for, their full names joined ("William Barr and Wilbur Ross"),
        when the list has several names and the first (``every``: each) is a person's; None otherwise."""
        if len(tokens) < 2 or not all(t.pos_ == "PROPN" for t in tokens):
            return None
        members = [self.resolve(t, single=True) for t in tokens]
        if any(m.kind != "person" for m in (members if every else members[:1])):
            return None
        names = list(dict.fromkeys(m.resolved or _entity_text(t) for m, t in zip(members, tokens)))
        return Resolution("person", f"{', '.join(names[:-1])} and {names[-1]}" if len(names) > 1 else names[0], len(names) > 1)

    def _pair_misparsed(self, head, phrase) -> Resolution | None:
        """Two people joined by "and" that the parser hung on the second's name, the subject of a plural
        verb: "President Barack Obama and Health and Human Services Secretary Kathleen Sebelius have
        defended …" (the first name parsed inside the second's title). None otherwise."""
        if head.ent_type_ != "PERSON" or not _plural_verb(head.head):
            return None
        own = entity_span(head)
        others = [e for e in self.doc.ents if e.label_ == "PERSON" and phrase.start <= e.start and e.end <= own.start]
        if len(others) != 1:
            return None
        between = self.doc[others[0].end : own.start]
        if not any(t.lower_ == "and" for t in between) or any(t.text == "," or t.tag_ == "POS" for t in between):
            return None
        names = [self.full_name(_clean_name(e.text), e.start_char) for e in (others[0], own)]
        return Resolution("person", " and ".join(names), True)

    def _name_read_as_title(self, head):
        """The name (a span, without its title) that ``head`` ends where the tagger took it for a work's title
        because it follows a quotation's closing mark: "“…,” Tech Sergeant Bryce Smith said" is Bryce Smith.
        Two to four capitalised proper nouns and nothing else, after a title, opening with a known first
        name or with a word for a person apposed (not "“…,” Saturday Night Live said", "“Perfect Enough:
        Carly Fiorina”"). None otherwise. (Read for every such entity, so a film named with a first name
        and a surname right after a closing mark joins the people too.)"""
        if head.ent_type_ != "WORK_OF_ART":
            return None
        doc, name = head.doc, entity_span(head)
        # A closing mark: a straight one only after the quotation's last stop or comma.
        mark = doc[name.start - 1] if name.start > 0 else None
        closes = mark is not None and (mark.text in CLOSING_TOKENS or mark.text == '"' and mark.i > 0 and doc[mark.i - 1].text in ",.?!")
        if len(name) == 3 and name[0].is_upper and name[0].pos_ == "PROPN" and name[1].text in self.genders:
            name = name[1:]  # after an abbreviated title: "“…,” CFO Greg Smith, who became interim CEO, said"
        if not closes or name.root != head or not 2 <= len(name) <= 4 or not all(t.pos_ == "PROPN" and _capitalised(t) for t in name):
            return None
        titled = max((t.i for t in name[:-2] if _TITLE_WORDS.match(t.text)), default=None)
        if titled is not None:
            return doc[titled + 1 : name.end]
        # A word for a person apposed to it: "“…,” Kyle Pomerleau, a resident fellow at …, told NPR" (not
        # "Good Morning America, the ABC morning show, said").
        described = any(c.dep_ == "appos" and _person_word(c) for c in head.children)
        return name if len(name) <= 3 and (name[0].text in self.genders or described) else None

    def _first_name_and_surname(self, head) -> bool:
        """Whether ``head`` ends an entity of two capitalised words, the first a known first name and the
        second no organisation's head ("Supreme Court", "Howard University": the name list holds a few
        adjectives and the first names of founders)."""
        doc = head.doc
        if head.ent_iob_ != "I" or doc[head.i - 1].ent_iob_ != "B" or head.i + 1 < len(doc) and doc[head.i + 1].ent_iob_ == "I":
            return False
        first = doc[head.i - 1]
        return first.is_title and _capitalised(head) and first.text in self.genders and head.lower_ not in ORG_HEADS

    def _apposed_personal_name(self, tok) -> bool:
        """Whether the untagged or organisation-tagged name ``tok`` ends, apposed to a word for a person
        that names no company ("president", not "publisher" or "owner"), reads as a person's: two or three
        capitalised words, none an organisation's head, after a known first name or ending in a word the
        article names a person by alone ("The European commission president, Jean-Claude Juncker," with
        "Juncker said" later; not "The paper's publisher, Dow Jones," after "Tom Jones")."""
        role = tok.head.lower_
        if tok.dep_ != "appos" or tok.pos_ != "PROPN" or tok.ent_type_ not in ("", "ORG") or role not in PERSON_NOUNS or role in COMPANY_ROLE_WORDS:
            return False
        words = (entity_span(tok) if tok.ent_type_ else tok.doc[tok.left_edge.i : tok.i + 1]).text.split()
        return (
            2 <= len(words) <= 3 and (words[0].split("-")[0] in self.genders or words[-1] in self.one_word_names)
            and all(w[:1].isupper() and w.lower() not in ORG_HEADS for w in words)
        )

    def _named_person(self, head, phrase) -> str | None:
        if head.ent_type_ == "PERSON":
            return _entity_text(head)
        if head.lemma_.lower() in ORG_HEADS:
            return None  # "the Obama administration", "the Clinton campaign": the person names the organisation
        # "Defence Ministry spokesman Igor Konashenkov": a person inside the phrase, in apposition or compound;
        # not the owner in "Donald Trump's lawyer", who is not the one speaking ("Ivana Trump's brief" is hers).
        owners = {t.i for child in head.children if child.dep_ == "poss" for t in child.subtree} if _word_in(head, PERSON_NOUNS) else set()
        for role in (head, *(c for c in head.children if c.dep_ == "appos")):
            if role.pos_ == "NOUN" and (any(c.dep_ == "det" for c in role.children) or role.tag_ == "NNS"):
                # "an Obama spokesman", "a Trump adviser", "BofA strategists", also apposed ("Rath, the Romney
                # adviser"): the name before a described role is whose role it is.
                owners |= {t.i for c in role.lefts if c.dep_ == "compound" for t in c.subtree}
        for child in head.children:
            # The name in apposition first: "Netanyahu's chief rival, Benny Gantz" is Gantz; "The European
            # commission president, Jean-Claude Juncker," with the name tagged an organisation.
            if child.dep_ == "appos" and (child.ent_type_ == "PERSON" or self._apposed_personal_name(child)):
                return _entity_text(child)
        for tok in phrase:
            if tok.i in owners or _in_web_address(tok):
                continue
            if tok.ent_type_ == "PERSON" and (
                tok.dep_ in ("compound", "appos", "nsubj") and tok.head in (head, *head.children)
                # "One of the witnesses at today's hearing, Maureen Condic, …", the name hung deeper down; only
                # after a part of a group ("A friend of the singer, Taylor Swift," is the friend).
                or tok.dep_ == "appos" and tok.head.ent_type_ != "PERSON" and _whole_of_part(head) is not None
                # "Ukraine’s ambassador to the United States, Valeriy Chaly, said": a person is nobody's
                # apposition to a place, so the parser hung the role's name on the place, when the place
                # is the role's own (not "A lawyer for the governor of Virginia, Ralph Northam, said").
                or tok.dep_ == "appos" and tok.head.ent_type_ in PLACE_LABELS and _person_word(head)
                and tok.head.head.dep_ == "prep" and tok.head.head.head == head
                # "his predecessor as Republican nominee Mitt Romney": the role the name holds, hung on "as".
                or tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head == head and _person_word(head)
                and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in tok.children)
            ):
                return _entity_text(tok)
        if not _person_word(head):
            return None
        # The name right after the role is the person's, wherever the parser hangs it: "Assange’s Swedish
        # lawyer Per E. Samuelson" with "Per" read as a preposition ("Google parent Alphabet" is a company's).
        named = person_named_at(head.doc, head.i + 1) if head.lower_ not in COMPANY_ROLE_WORDS else None
        if named is None and not any(c.dep_ in ("det", "poss") for c in head.children):
            # A title with no article is a name's where the parser ran the name into the title's last noun:
            # "US senate candidate and former chairman of the Washington state Republican party Chris Vance,
            # who …, told …" (not "Former aide to Hillary Clinton told …", nor "Spokesman for Senator John McCain").
            named = _name_ending(phrase)
            if named is not None and not (named.start and (before := head.doc[named.start - 1]).pos_ == "NOUN" and before.is_lower):
                named = None
        return (_clean_name(named.text) or None) if named is not None else None

    def _antecedent(self, pronoun, gender: str) -> Mention | None:
        """The person "he"/"she" (the token ``pronoun``) refers to: in the nearest paragraph before (or
        holding) it that names a compatible person or holds an earlier "he"/"she" subject, the one
        ``_most_salient`` picks (an earlier pronoun standing for whom it does); else a person the
        headline names, or named later in the pronoun's sentence outside its clause; else, when nobody
        compatible is named before it, someone described just before it."""
        offset = pronoun.idx
        described = self._described_subject_before(pronoun, gender) or self._main_subject_after(pronoun, gender)
        if described is not None:
            return described
        # The people a quotation names are not who says it: "“… go vote for Hillary,” she said" is not Clinton;
        # nor is one the pronoun's own clause names otherwise (``_ruled_out``: "He labeled Romney …").
        quoted_too = self.in_quotation(offset)
        objects = self._ruled_out(pronoun)
        named = [m for m in self.mentions if m.start < offset and (quoted_too or not m.quoted) and m.name not in objects]
        pronouns = [m for m in self.pronoun_subjects if m.start < offset and (quoted_too or not m.quoted)]
        before = sorted((m for m in named + pronouns if m.gender in (None, gender)), key=lambda m: m.start)
        introduced = self._introduced_since(pronoun, gender, max((m.start for m in before if m.pronoun is None), default=-1))
        if introduced is not None:
            return introduced
        if not any(m.pronoun is None for m in before):
            headline = next((m for m in self._headline_people() if m.gender in (None, gender) and m.name not in objects), None)
            weak = [m for m in self.weak_mentions if m.start < offset and (quoted_too or not m.quoted) and m.gender in (None, gender)]
            return (
                headline
                or (self._most_salient(weak) if weak else None)
                or self._named_later(pronoun, gender)
                or (None if any(m.gender in (None, gender) for m in named) else self._described(pronoun, gender))
            )
        # One of several people listed as objects ("through the radio shows of Mr. Hannity, Dana Loesch and Mike
        # Huckabee, Wednesday’s efforts were aimed at … ⏎ he strongly apologized") is seldom the one meant
        # where someone stands alone before them.
        # (not where the pronoun's gender leaves one of them: "grants to Tom Brown and Maria Lopez … she said")
        listed = [m for m in before if self._listed_object(m)]
        chosen = self._most_salient([m for m in before if len(listed) < 2 or m not in listed] or before)
        if chosen.pronoun is None:
            return chosen
        for earlier in pronouns:  # in text order, so that each earlier pronoun's own earlier ones are known
            if earlier.start not in self.referents:
                self.referents[earlier.start] = self._antecedent(earlier.pronoun, earlier.gender)
        # A chain back to a pronoun nobody was named before (often a name the tagger missed: "Gabbard’s
        # supporters … when she quit") makes no orphan of this one, which has a person named before it.
        referent = self.referents[chosen.start]
        return referent if referent is not None and referent.name not in objects else self._most_salient([m for m in before if m.pronoun is None])

    def _introduced_since(self, pronoun, gender: str, named: int) -> Mention | None:
        """"In Freedom Square, a man takes a break from his job. ⏎ … ⏎ “…,” he says": someone brought in
        undescribed by name with a word of the pronoun's gender ("a man", "one woman") as the subject of a
        main clause in a sentence before the pronoun's, in its paragraph or the one before and after the
        last compatible person named (at offset ``named``), is whom it stands for, unnamed. Not a word that
        gives no gender ("A judge set bail", "one questioner claimed …": as often a minor character or
        someone the person named answers), nor one whose clause holds somebody else of that gender ("A
        woman in the audience wanted to know how she would …", "A man showed her the roof"), who asks
        ("A woman asked whether …") or who says nothing ("A spokesman … was not available for comment",
        "declined to comment"), nor one described by another person's name ("A spokesman for Smith …" may
        speak for him)."""
        start = max(self._paragraph_before(pronoun.idx), named + 1)
        for tok in reversed(self.doc[: pronoun.sent.start]):
            if tok.idx < start:
                return None
            clause = tok.head
            if (
                _main_subject(tok) and tok.tag_ == "NN" and PERSON_NOUNS.get(tok.lemma_.lower()) == gender
                and any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one") and c.i < tok.i for c in tok.children)
                and clause.lemma_.lower() not in ASKING | SILENT
                and not any(c.dep_ == "neg" for c in clause.children)
                and not any(THIRD_PERSON.get(t.lower_) == gender and t.tag_ == "PRP" for t in clause.subtree)
                and not any(t.ent_type_ == "PERSON" for t in tok.subtree) and not self.in_quotation(tok.idx)
            ):
                return Mention(tok.idx, None, MAIN_SUBJECT, gender)
        return None

    def _ruled_out(self, pronoun) -> set[str]:
        """The full names of the people a subject pronoun cannot stand for: those named as objects of the
        verb it governs ("He labeled Romney …"; not a surname two full names share, "Bill Clinton … He
        praised Clinton" may praise Hillary) and, named in full, as the subject of the clause that verb
        reports ("He insisted Gonzalo Curiel had …") or as the person the relative clause it sits in is on
        ("Megyn Kelly, who he claims has been unfair"), the titles a phrase fronted on that verb gives a
        thing of theirs (``_named_in_fronted_phrase``), whoever questions in a participle opening the
        sentence, or whom it asks about (``_questioners_before``), and who is named in the words a closing cue reports
        (``_named_in_what_is_said``). A bare surname there may be a relative's: "Jill Biden campaigned … She
        said Biden would …" is Jill Biden; not one only a full name inside a quotation after the pronoun shares
        ("Tough Guy Romney" in a tweet quoted later)."""
        if pronoun.dep_ != "nsubj":
            return set()
        verb = pronoun.head
        objects = [_entity_text(c) for c in verb.children if c.dep_ in ("dobj", "dative") and _could_be_named(c)]
        # The clause after the pronoun: a quotation before "he said" is what he says.
        named = [s for c in verb.children if c.dep_ == "ccomp" and c.i > pronoun.i for s in c.children if s.dep_ in SUBJECT_DEPS]
        if verb.dep_ == "relcl":
            named.append(verb.head)
        in_full = [name for c in named if _could_be_named(c) and " " in (name := _entity_text(c))]
        # Whom the words a closing cue reports name, whatever their surname: nobody says "People like Scott" of
        # himself.
        said = {self.full_name(name, pronoun.idx) for name in _named_in_what_is_said(pronoun)}
        return said | {
            self.full_name(name, pronoun.idx)
            for name in objects + in_full + _named_in_fronted_phrase(pronoun) + _questioners_before(pronoun)
            if " " in name or len({
                full for start, full in self.full_names
                if (start < pronoun.idx or not self.in_quotation(start)) and full.split()[-1] == name
            }) < 2
        }

    def _described_subject_before(self, pronoun, gender: str) -> Mention | None:
        """"Though the North Korean leader decided …, he persisted …": the subject of a concessive clause
        the pronoun's clause governs, "the" and a word for a person, with nobody named or "he"/"she"
        between, is whom the pronoun stands for: the person the article gives that role, or nobody named
        (not the last person named before the sentence). Not after "when" or "after", which as often
        bring in somebody else ("After the judge read the verdict, she said she would appeal")."""
        clause = pronoun.head
        for tok in reversed(self.doc[pronoun.sent.start : pronoun.i]):
            if tok.ent_type_ == "PERSON" or tok.i in self.untagged or tok.lower_ in THIRD_PERSON:
                return None
            if (
                tok.dep_ in ("nsubj", "nsubjpass") and _person_word(tok) and PERSON_NOUNS.get(tok.lower_) in (None, gender)
                and any(c.lower_ == "the" for c in tok.children) and not self.in_quotation(tok.idx)
                and tok.head.dep_ == "advcl" and tok.head.head == clause
                and clause_marks(tok.head) & CONCESSIVE_MARKS
            ):
                described = self.resolve(tok)
                return Mention(tok.idx, described.resolved if described.kind == "person" else None, MAIN_SUBJECT, gender)
        return None

    def _most_salient(self, before: list[Mention]) -> Mention:
        """Of mentions in text order, in the paragraph of the last: the last subject or speaker (else the
        last mention), or a more salient one in its sentence ("Earnest said Monday that Obama …": Earnest).
        Across sentences the later subject wins ("Schumer spoke first. When McConnell took the floor, …")."""
        paragraph = self.text.paragraph_of(before[-1].start)
        nearest = [m for m in before if self.text.paragraph_of(m.start) == paragraph]
        # Not one named in a relative clause on another ("Lou Dallesandro, who represents the district in
        # which Briggs was killed. He urged …" is Dallesandro).
        nearest = [m for m in nearest if not self._described_with(m, nearest)] or nearest
        chosen = ([m for m in nearest if m.salience > OTHER] or nearest)[-1]
        sentence = self._sentence_of(chosen.start)
        in_sentence = [m for m in nearest if self._sentence_of(m.start) == sentence]
        side = {m.start for m in in_sentence if self._side_clause_subject(m)}
        # A "he"/"she" that carries the topic as the main clause's subject keeps it past the subject of a
        # side clause after it (SIDE_CLAUSE_MARKS): "She has gone public … as Clinton has emerged …, as she
        # pursues the nomination. ⏎ On Sunday, she disclosed" is still the woman who went public.
        topic = [m.start for m in in_sentence if m.salience == MAIN_SUBJECT and m.pronoun is not None and m.start not in side]
        in_sentence = [m for m in in_sentence if not (m.start in side and topic and topic[0] < m.start)]
        return max(in_sentence, key=lambda m: (m.salience, m.start))

    def _listed_object(self, mention: Mention) -> bool:
        """Whether ``mention`` is no subject or speaker and one of a list of names ("Hannity, Loesch and
        Huckabee")."""
        tok = self._head_of(mention)
        # (the parser may hang the second name on the first as an apposition: "Mr. Hannity, Dana Loesch and …")
        return mention.salience == OTHER and tok is not None and any(t.dep_ == "conj" and t.head.pos_ == "PROPN" for t in tok.subtree)

    def _described_with(self, mention: Mention, others: list[Mention]) -> bool:
        """Whether ``mention`` is in a relative clause on the phrase of another of ``others``, not as who acts
        in it (its subject, or a passive's agent); one the clause's passive is about does not act."""
        tok = self._head_of(mention)
        clauses = [a for a in tok.ancestors if a.dep_ == "relcl"] if tok is not None else []
        if not clauses or tok.head == clauses[0] and tok.dep_ != "nsubjpass" or tok.head.head == clauses[0] and tok.head.dep_ == "agent":
            return False  # who acts in the clause on the person stays: "Tom Smith, who was endorsed by Greg Abbott"
        described = {t.i for a in clauses for t in entity_span(a.head)}
        return any(o is not mention and (t := token_at(self.doc, o.start)) is not None and t.i in described for o in others)

    def _head_of(self, mention: Mention):
        """The word a mention's phrase hangs on: its pronoun, or its name's head, not its first word."""
        if mention.pronoun is not None:
            return mention.pronoun
        first = token_at(self.doc, mention.start)
        return entity_span(first).root if first is not None else None

    def _side_clause_subject(self, mention: Mention) -> bool:
        """Whether ``mention`` is the subject of an adverbial clause beside the main one (SIDE_CLAUSE_MARKS:
        "as she pursues …", "as Clinton has emerged …")."""
        tok = self._head_of(mention)
        return tok is not None and tok.dep_ in SUBJECT_DEPS and tok.head.dep_ == "advcl" and bool(clause_marks(tok.head) & SIDE_CLAUSE_MARKS)

    def _sentence_of(self, offset: int) -> int:
        return bisect_right(self.sentence_starts, offset) - 1

    def _main_subject_after(self, pronoun, gender: str) -> Mention | None:
        """"A day before he announced Bolton had been bounced, Trump blasted the news media": a "he"/"she"
        in a clause or phrase fronted before its sentence's main clause, with nobody named before it in the
        sentence, stands for the main clause's subject when that is a person named with a compatible gender
        ("After she left office, Clinton said …"; not "After Obama met Smith, he said …")."""
        root = pronoun.sent.root
        subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i > pronoun.i), None)
        if subject is None or pronoun.head == root:
            return None
        if any(a.dep_ in ("ccomp", "xcomp", "relcl") for a in pronoun.ancestors if a != root and a.i < subject.i):
            return None  # what somebody said or a relative clause, not a fronted clause of the main one
        before = self.doc[pronoun.sent.start : pronoun.i]
        if any(t.ent_type_ == "PERSON" or t.i in self.untagged or t.lower_ in THIRD_PERSON for t in before):
            return None
        if self.doc[subject.left_edge.i - 1].text != "," or self.in_quotation(pronoun.idx):
            return None
        start, end = entity_span(subject).start_char, subject.idx + len(subject)
        return next((m for m in self.mentions if start <= m.start < end and m.gender in (None, gender)), None)

    def _named_later(self, pronoun, gender: str) -> Mention | None:
        """"Though he touts his memory, when Donald Trump was asked …": a person named after the pronoun in
        its sentence, as the subject of another clause — not of what the pronoun's clause reports ("He said
        Sanders would lose", "he said, adding that Biden would lose") and not its object."""
        later = sorted(
            (m for m in self.mentions if pronoun.idx < m.start < pronoun.sent.end_char and not m.quoted),
            key=lambda m: m.start,
        )
        for mention in later:
            tok = token_at(self.doc, mention.start)
            if mention.gender in (None, gender) and tok is not None and _subject_of_another_clause(tok, pronoun.head):
                return mention
        return None

    def _described(self, pronoun, gender: str) -> Mention | None:
        """"A child opens a box. ⏎ “…,” he says.", "appointed a local businessman … He announced": with
        nobody named before it, a pronoun may stand for someone described in its own or the previous
        paragraph; the quote is then unnamed, not an orphan."""
        start = self._paragraph_before(pronoun.idx)
        for i in range(pronoun.i - 1, -1, -1):
            tok = self.doc[i]
            if tok.idx < start:
                break
            noun = tok.lemma_.lower()
            if (
                tok.tag_ == "NN"
                and tok.dep_ in DESCRIBED_DEPS
                and PERSON_NOUNS.get(noun, "none") in (None, gender)
                and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in tok.children)
                and not self.in_quotation(tok.idx)
            ):
                return Mention(tok.idx, None, MAIN_SUBJECT, PERSON_NOUNS[noun])
        return None

    def _headline_people(self) -> list[Mention]:
        """People the headline names ("Obama Urges …"), parsed only when a pronoun needs them."""
        headline = self.text.headline
        if headline is None:
            return []
        return [
            Mention(-1, self.full_name(name, len(self.text.body)), MAIN_SUBJECT, self.gender_of(name)) for name in _headline_names(headline)
        ]

    def _group_antecedent(self, pronoun):
        """"they" → the last group subject before it (plural nouns, organisations, "Obama and Trump"), not in
        a quotation the pronoun is outside, nor one organisation or a thing in a clause that is reported or
        describes ("Turkey had appeared …, they said", "Trump's wild charges have raised the stakes, they
        said"; people there may be who speaks: "Exxon and Chevron expect the deal to close, they said"),
        else a group of people or an organisation as an object in its own or the previous sentence ("If
        you ask astronomers …, they will say …")."""
        doc = self.doc
        # A group that can speak, in its paragraph or the one before, before a nearer thing; else the nearest
        # group there, thing or not; else the nearest group set aside (a quotation the scraper left open:
        # "… Don told BBC Radio. "Referees have been told … "If they say …"; "the fear that those children
        # who survived must feel every time they remember …"), before one further back or an object; else
        # one person the tagger took for an organisation ("Earnest said"; "Lovato … “…,” they said"). No
        # orphan is made here.
        reach, nearest, set_aside, person = self._paragraph_before(pronoun.idx), None, None, None
        quoted, verb = self.in_quotation(pronoun.idx), pronoun.head
        for i in range(pronoun.i - 1, -1, -1):
            tok = doc[i]
            if tok.dep_ not in SUBJECT_DEPS or not _is_group(tok):
                continue
            single = len(_listed(tok)) == 1
            if single and self._known_person(tok):
                person = person or tok
                continue
            if self.in_quotation(tok.idx) and not quoted or (single and tok.tag_ not in ("NNS", "NNPS") or not _could_speak(tok)) and (
                _reported_by(verb, tok) or _salience(tok) == SUBJECT
            ):
                set_aside = set_aside or tok  # "Lawyers for the family said Tesla had ignored warnings. … they said"
                continue
            if tok.idx >= reach and _could_speak(tok):
                return tok
            if tok.idx < reach:
                return nearest or set_aside or tok
            nearest = nearest or tok
        if nearest or set_aside:
            return nearest or set_aside
        sentence = pronoun.sent
        start = doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
        for i in range(pronoun.i - 1, start - 1, -1):
            tok = doc[i]
            if tok.dep_ in ("dobj", "pobj") and _is_group(tok) and (tok.ent_type_ in ORG_LABELS or tok.lemma_.lower() in PERSON_NOUNS):
                return tok
        return person

    def _described_organization(self, head) -> str | None:
        """"the agency said" → the organisation named last before it, in its paragraph or the one before,
        whose name ends with the word or one of its kind (``ORG_KIN``: "the agency" → "U.S. Census
        Bureau", "the department" → "Justice Department"; "the company" is not "the FAA"); failing that,
        for a head whose organisations' names seldom say what they are (``UNMARKED_ORG_HEADS``), the last
        one that acted there (``_last_actor``). Not one spoken to ("told Reuters", "in an interview with
        CNN") or one that only qualifies a noun ("the Trump campaign"); not for "the Trump campaign" or
        "the company's board", which say whose they are ("the U.S. biotech company" does not), nor for a
        plural ("The companies said" after a list of them is no one of them)."""
        if head.tag_ == "NNS" or not any(c.lower_ == "the" for c in head.children) or any(
            c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in PLACES_AND_PEOPLES
            for c in head.children
        ):
            return None
        start = self._paragraph_before(head.idx)
        # Owners are organisations in play ("The FDA approved Biogen's drug"; ``_last_actor``), products are
        # not ("its Xbox consoles").
        in_play = [
            e for e in self.doc.ents
            if e.label_ == "ORG" and start <= e.start_char and e.end_char <= head.idx and not self.in_quotation(e.start_char)
            and e.root.dep_ != "compound" and not _spoken_to(e.root)
        ]
        named = [e for e in in_play if e.root.dep_ != "poss"]
        lemma = head.lemma_.lower()
        kin = ORG_KIN.get(lemma, {lemma})
        chosen = [e for e in named if _last_word(e) in kin]
        # "The group Freedom From Facebook, a coalition …" names itself.
        own_name = any(t.pos_ == "PROPN" and t.ent_type_ not in PLACES_AND_PEOPLES for t in head.subtree)
        if chosen:
            entity = chosen[-1]
        elif lemma in UNMARKED_ORG_HEADS and not own_name:
            entity = self._last_actor(head, start, in_play, kin)
        else:
            return None
        if entity is None or lemma == "group" and self._another_group(entity, head, start, in_play):
            return None
        return entity[1:].text if entity[0].dep_ == "det" else entity.text

    def _another_group(self, entity, head, start: int, in_play: list) -> bool:
        """Whether "the group" (``head``) may be another than ``entity``, the one named with a group's word
        between ``start`` and it: another organisation in play there ("Members of the Proud Boys marched
        …, a day after the Southern Poverty Law Center warned of violence"; "The Brookings Institution and
        the Cato Institute criticized the bill"), people as a subject there ("Seven senators met at the
        Bipartisan Policy Center"), or a group brought in unnamed ("a group", "the trade group for the Blue
        Cross Blue Shield plans", "A hacking group known as Fancy Bear"); not one that describes
        ``entity`` ("the Free Yezidi Foundation, an independent organisation working to help the minority
        group", "WPP is the largest advertising group in the world") nor ``entity`` again ("The militant
        group has ruled Gaza")."""
        if len(_names_in_play(in_play)) > 1:
            return True
        described = {t.i for t in entity.root.subtree}
        stretch = [t for t in self.doc[: head.i] if t.idx >= start and not self.in_quotation(t.idx)]
        return any(
            t.i not in described and not t.ent_type_ and (
                t.lemma_ == "group" and t.tag_ == "NN" and t.dep_ not in ("appos", "attr")
                and any(c.lower_ in ("a", "an") or c.dep_ == "prep" for c in t.children)
                or t.dep_ in SUBJECT_DEPS and t.tag_ == "NNS" and _could_speak(t)
            )
            for t in stretch
        )

    def _last_actor(self, head, start: int, in_play: list, kin: set[str]):
        """Of the organisations ``in_play`` from ``start`` to ``head``, owners aside, whose names do not end
        in a word of another kind than ``kin`` ("the company" is not the Justice Department), the last
        introduced with ``head``'s word ("price-tracking firm Market Track LLC"), else the only one there,
        if it was a main clause's subject ("Tesla told its employees …"; not "after the FAA cleared the 737
        Max"), the subject of what ``head`` reports ("Tesla turned a profit, the company announced") or a
        source. None where two such are in play there, owners counted ("The SEC fined Goldman Sachs … The
        company said", "The FDA approved Biogen's drug … The company said" may be either; acronyms say
        nothing of their kind), or where an untagged name that is no person's was a main subject, or its
        owner, after it ("Yukos says …" with "Yukos" untagged, after "Rosneft bought …")."""
        sources = {r.resolved for _, r in self.sources if r.kind == "organization"}
        # Nor a newspaper, which reports what others do ("The Financial Times reported that the Saudi central
        # bank … ⏎ The central bank did not respond").
        # Only a name written with "the", as newspapers' are: "American Express", "Deutsche Post" are companies.
        in_play = [e for e in in_play if (_last_word(e) not in ORG_HEADS or _last_word(e) in kin) and not _newspaper(e)]
        by_root = {e.root.i: e for e in in_play if e.root.dep_ != "poss"}
        word = head.lemma_.lower()
        given = [e for e in by_root.values() if _given(e, word)]
        if given:
            return given[-1]
        # Nor an acronym ("NASA awarded a contract … The company said"; agencies write theirs so) or a
        # plural ("The Teamsters have organised drivers …"), unless introduced with the word.
        by_root = {i: e for i, e in by_root.items() if not (e.root.text.isupper() and len(e) == 1) and e.root.tag_ not in ("NNS", "NNPS")}
        if len(_names_in_play(in_play)) > 1:
            return None
        for tok in reversed(self.doc[: head.i]):
            if tok.idx < start:
                break
            if self.in_quotation(tok.idx):
                continue
            entity = by_root.get(tok.i)
            subject = _main_subject(tok) or tok.dep_ in SUBJECT_DEPS and tok.head.dep_ == "ccomp" and tok.head.head == head.head
            if entity is not None and (subject or _entity_text(tok) in sources):
                return entity
            if subject and any(self._nobodys_name(t) for t in (tok, *(c for c in tok.children if c.dep_ in ("compound", "poss")))):
                return None
        return None

    def _nobodys_name(self, tok) -> bool:
        """A proper noun that is no person's name: untagged and not found as a person's, or one word tagged
        a person that is neither a first name nor any full name's surname (the tagger's "Yukos says")."""
        if tok.pos_ != "PROPN":
            return False
        if not tok.ent_type_:
            return tok.i not in self.untagged
        alone = tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B" and not (tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].ent_iob_ == "I")
        return alone and tok.text not in self.genders and " " not in self.full_name(tok.text, tok.idx)

    def _organization_ending(self, head) -> str | None:
        """"the Monitor" after "The Christian Science Monitor": the one newspaper named before whose name the
        word ends, after "the" (``NEWSPAPER_WORDS``: "the Fed" is no "New York Fed", "The Army" no
        "Salvation Army"); None otherwise, and where two names end so ("The Washington Post", "The New York
        Post")."""
        if not (head.i and self.doc[head.i - 1].lower_ == "the" and head.lower_ in NEWSPAPER_WORDS and all(c.dep_ == "det" for c in head.children)):
            return None
        named = {_entity_text(e.root) for e in self.doc.ents if e.label_ == "ORG" and len(e) > 1 and e.end_char <= head.idx and e[-1].text == head.text}
        return named.pop() if len(named) == 1 else None

    def _described_person(self, head, described: bool = False) -> str | None:
        """"the spokesman" → the nearest person before it whom the article introduced with that title
        (``_titles``: "William Barr, accompanying the president" is no president), as qualified ("Vice
        President Mike Pence" is "the vice president", not "the president"); ``described``: a role
        described by its standing, whose words must be in that title (``_qualifiers_fit``). Not a
        plural ("the lawyers"), and nobody where the nearest such word is a name's and not that person's
        title: after "Dr. Blasey’s lawyer" or "questioned Kavanaugh’s lawyer", "the lawyer" is unnamed
        ("Sean Spicer, Trump’s spokesman" is Spicer). A country's title ("The French president") held
        by someone further back ("French President Emmanuel Macron") beats a nearer holder whose title
        names no country ("President Jair Bolsonaro") when he was mentioned last; not a predecessor
        ("French President François Hollande … President Emmanuel Macron met …")."""
        if not any(c.lower_ == "the" for c in head.children) or head.tag_ in ("NNS", "NNPS"):
            return None
        holder = self._titled_holder(head, described, exact_country=False)
        exact = self._titled_holder(head, described, exact_country=True) if _country(head) is not None else None
        if exact is None or holder is None or exact == holder:
            return holder
        return max((holder, exact), key=lambda name: self._last_mention(name, head.idx))

    def _titled_holder(self, head, described: bool, exact_country: bool) -> str | None:
        """The nearest person before ``head`` titled as it is (``_described_person``); ``exact_country``:
        with the head's country in the title, not merely none."""
        title, country = head.lower_, _country(head)
        # An organisation's head ("Richard Fontaine, president of the Center for a New American Security") or
        # a country's ("Russian President Vladimir Putin") is "the president" unless somebody before him holds
        # the title with neither and was mentioned after him ("President Trump … Fontaine … Trump was irritated
        # … The president").
        qualified = None
        for ent in reversed([e for e in self.doc.ents if e.label_ == "PERSON" and e.end_char <= head.idx]):
            # Within its sentence: "… the official said. ⏎ Trump was resistant" gives Trump no title.
            window = self.doc[max(ent.start - 4, ent.sent.start) : min(ent.end + 4, ent.sent.end)]
            countries = (country,) if exact_country else (None, country)  # "Turkish President Erdogan": no "US president"
            titles = [
                t for t in window
                if _title_word(t) == title and _title_qualifier(t) == _title_qualifier(head)
                and (country is None or _country(t) in countries)
            ]
            if any(_owned_by_name(t) and not _bears(ent, t) for t in titles):
                return None
            held = [t for t in titles if _titles(ent, t)]
            if held and (not described or _qualifiers_fit(head, window)):
                name = self.full_name(_clean_name(ent.text), ent.start_char)
                if _of_something(head) or country is not None or not all(_of_something(t) or _country(t) is not None for t in held):
                    if qualified is not None and self._last_mention(qualified, head.idx) > self._last_mention(name, head.idx):
                        return qualified
                    return name
                qualified = qualified or name
        return qualified

    def _last_mention(self, name: str, offset: int) -> int:
        """Where ``name`` was last mentioned before ``offset``, -1 if nowhere."""
        return max((m.start for m in self.mentions if m.name == name and m.start < offset), default=-1)

    def _role_holder(self, head) -> str | None:
        """"the former congressman said", "the Republican presidential candidate said": the one person of
        the noun's gender and not under another title or role named in the nearest paragraph before it
        that names anybody (``_role_description`` says which descriptions). None where that paragraph
        names two such, neither in what the other says ("Rishi Sunak and Keir Starmer clashed … The
        Labour leader said": the description tells them apart by what the article does not say), or
        where the article brought in somebody unnamed with that word ("a longtime engineer who was laid
        off … The longtime engineer said")."""
        if not _role_description(head) or self._introduced_unnamed(head):
            return None
        word = head.lower_
        gender = PERSON_NOUNS.get(word) or ("f" if word.endswith("woman") else "m" if word.endswith("man") else None)
        before = sorted((m for m in self.mentions if 0 <= m.start < head.idx and m.name and not m.quoted), key=lambda m: m.start)
        if not before:
            return None
        paragraph = self.text.paragraph_of(before[-1].start)
        nearest = [m for m in before if self.text.paragraph_of(m.start) == paragraph]
        # A speaker is also noted at the cue, where no title or role can be read ("…," said John Smith, a
        # political analyst): a name described otherwise anywhere there is out.
        otherwise = {
            m.name for m in nearest
            if (tok := token_at(self.doc, m.start)) is not None and tok.pos_ == "PROPN" and self._described_otherwise(tok, head)
        } if word not in PARTY_MEMBERS else set()  # a senator or a governor is "the New York Democrat" too
        # Not a subject of what somebody there is said to say ("Gordon Brown has failed …, Charles Kennedy
        # has said. … the Lib Dem leader asked" is Kennedy), unless nobody else is named there.
        fitting = [m for m in nearest if (gender is None or m.gender in (None, gender)) and m.name not in otherwise]
        chosen = [m for m in fitting if m.salience != SUBJECT] or fitting
        if len({m.name for m in chosen}) != 1 or any(self._joined_to_a_name(m.start) for m in chosen):
            return None
        return chosen[0].name

    def _of_party(self, name: str, head) -> bool:
        """Whether the article writes ``head``'s party (Democrat, Republican) or state beside a mention of
        ``name`` and never the other party: "Democrat Chuck Schumer", "Chuck Schumer (D-N.Y.)", "Sen. Ted
        Cruz of Texas" for "the Texas Republican"; not "Sen. Ted Cruz, R-Texas" for "the Texas Democrat",
        nor a Rand Paul whose party and state go unwritten (a reviewer's probes: without the party's or
        the state's word, 12 of 34 such speakers changed went to the wrong person)."""
        own, other = PARTY_SIGNS[head.lower_], PARTY_SIGNS[next(p for p in PARTY_SIGNS if p != head.lower_)]
        places = [" ".join(t.text for t in c.subtree) for c in head.children if c.ent_type_ in PLACE_LABELS]
        last = name.split()[-1]
        owns = others = False
        for e in self.doc.ents:
            if e.label_ != "PERSON" or e.text.split()[-1] != last:
                continue
            window = self.doc[max(e.start - 3, 0) : e.end + 6]
            words = {t.lower_ for t in window if len(t) > 1 or t.i + 1 < len(self.doc) and self.doc[t.i + 1].text == "-"}  # the "D" of "D-N.Y."
            owns = owns or bool(words & own) or any(place in window.text for place in places)
            others = others or bool(words & other)
        return owns and not others

    def _joined_to_a_name(self, offset: int) -> bool:
        """Whether the name at ``offset`` is listed with another ("Republican Kevin McCarthy and Democrat
        Hakeem Jeffries met", the second tagged an organisation)."""
        name = token_at(self.doc, offset)
        root = _head_of_name(name) if name is not None else None
        return root is not None and len(_listed(root if root.dep_ != "conj" else root.head)) > 1

    def _introduced_unnamed(self, head) -> bool:
        """Whether ``head``'s word came before it after "a" or "an" ("A longtime engineer who was laid off
        … The longtime engineer said")."""
        return any(
            t.lower_ == head.lower_ and any(c.lower_ in ("a", "an") for c in t.children) for t in self.doc[: head.i]
        )

    def _described_otherwise(self, name, head) -> bool:
        """Whether the name whose first word is the token ``name`` comes with a title or a role that is not
        ``head``'s word: "Governor Andrew Cuomo" for "the former senator", "Vice President Mike Pence" for "the former
        president", "Labour leader Keir Starmer" for "the former minister", "John Smith, a political
        analyst" for "the former vice president"."""
        before = None  # the last title before the name, which the person's entity may hold ("Prime Minister Benjamin Netanyahu")
        for tok in self.doc[max(name.i - 1, 0) : name.i + 3]:
            if _TITLE_WORDS.match(tok.text) and tok.lower_.rstrip(".") not in HONORIFICS:  # "Mr. Clinton" has no title
                before = tok
            elif tok.i >= name.i and tok.pos_ == "PROPN":
                break
        if before is not None:
            # "President Obama" may be "the former president" later, not "the vice president" nor "the former
            # vice president".
            if before.lower_ != head.lower_ or _office(_title_qualifier(before)) != _office(_title_qualifier(head)):
                return True
        root = name
        while root.dep_ == "compound" and root.head.pos_ == "PROPN":
            root = root.head
        roles = [c for c in root.children if c.dep_ in ("compound", "appos")] + ([root.head] if root.dep_ == "appos" else [])
        return any(t.pos_ == "NOUN" and _person_word(t) and t.lower_ != head.lower_ for t in roles)

    def _introduced_as(self, head) -> str | None:
        """"the car detailer said" → the person the article introduced as one, in apposition or as a title
        ("Yahaira Fuentes, a car detailer, …", "car detailer Yahaira Fuentes"), last before it in its
        paragraph or the one before. One person: not "the nurses", "the other driver", "the mother of
        the boy"."""
        children = list(head.children)
        if head.tag_ != "NN" or not any(c.lower_ == "the" for c in children) or any(
            c.lower_ in ("other", "another", "second") or c.dep_ in ("prep", "relcl", "acl") for c in children
        ):
            return None
        lemma, start = head.lemma_.lower(), self._paragraph_before(head.idx)
        for ent in reversed([
            e for e in self.doc.ents if e.label_ == "PERSON" and start <= e.start_char and e.end_char <= head.idx and e.text[:1].isupper()
        ]):
            if _given(ent, lemma):
                return self.full_name(_clean_name(ent.text), ent.start_char)
        return None


def _name_ending(phrase):
    """The person's name (an entity) that ends ``phrase``, or the part of it before a comma (", who tried
    to …"), or None."""
    doc = phrase.doc
    ends = [e for e in doc.ents if e.label_ == "PERSON" and phrase.start <= e.start and e.end <= phrase.end
            and (e.end == phrase.end or doc[e.end].text == ",")]
    return ends[-1] if ends else None


def _titled_name_last(phrase) -> str | None:
    """The person's name that ends ``phrase``, or the part of it before a comma, right after a role or
    title ("… professor emeritus Timuel Black, who tried to …"), or None."""
    name = _name_ending(phrase)
    if name is None:
        return None
    doc = phrase.doc
    before = doc[max(name.start - 2, phrase.start) : name.start]
    # The parser takes a capitalised title for a name ("Office of Management and Budget Director Mick Mulvaney"):
    # one in the organisation's own name, with nothing between (not "Greenpeace, which sued Governor Jerry
    # Brown," nor "Veterans for President Trump", nor "Republicans and President Trump").
    between = doc[phrase.start : name.start]
    own_name = all(
        t.pos_ == "PROPN" or t.lower_ in ("of", "&") or t.lower_ == "and" and any(o.lower_ == "of" for o in between if o.i < t.i) for t in between
    )
    if not any((t.pos_ == "NOUN" or t.pos_ == "PROPN" and own_name) and (t.lower_ in ROLE_WORDS or _TITLE_WORDS.match(t.text)) for t in before):
        return None
    return _clean_name(name.text) or None


def _title_word(tok) -> str:
    """The title ``tok`` is, an abbreviation written out ("Sen." is "senator"; not "Gen" in "Gen Z")."""
    word = tok.lower_.rstrip(".")
    abbreviated = tok.text.endswith(".") or tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "."
    return TITLE_ABBREVIATIONS.get(word, tok.lower_) if abbreviated else tok.lower_


def _country(title):
    """The country or people a title word is of, as one key for a country and its people ("Turkish" in
    "Turkish President Recep Tayyip Erdogan", "Russia’s" and "the Russian president" alike); None if it
    names none. Not a party: "the Republican president"."""
    doc = title.doc
    before = doc[title.i - 1] if title.i else None
    if before is not None and before.tag_ == "POS" and title.i > 1:
        before = doc[title.i - 2]  # "Russia’s President Vladimir Putin"
    country = next((c for c in title.lefts if c.ent_type_ in PLACES_AND_PEOPLES), None)
    if country is None and before is not None and before.ent_type_ in PLACES_AND_PEOPLES:
        country = before
    if country is None:
        return None
    words = next((e.text for e in doc.ents if e.start <= country.i < e.end), country.text)
    name = words.lower().replace(".", "").removeprefix("the ")
    if name in PARTY_WORDS:
        return None
    return COUNTRY_KEYS.get(name, name[:4])  # "russia"/"russian", "china"/"chinese", "turkey"/"turkish"


def _titles(ent, tok) -> bool:
    """Whether the title word ``tok`` is the name ``ent``'s: one it bears (``_bears``) or that hangs on it
    ("Secretary of State Mike Pompeo"), what it is ("John Smith is the mayor", "Pompeo, who became
    secretary of state"), or the phrase after its comma where the parser makes both subjects ("Ban
    Ki-moon, the secretary general of …, vowed"); not a word near it ("William Barr, accompanying the
    president")."""
    names = range(ent.start, ent.end)
    if _bears(ent, tok) or tok.head.i in names:
        return True
    verb = tok.head
    if tok.dep_ in ("attr", "oprd"):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            subject = verb.head
        return subject is not None and subject.i in names
    after_comma = tok.left_edge.i == ent.end + 1 and ent.doc[ent.end].text == ","
    return after_comma and ent.root.head == verb and ent.root.dep_ == tok.dep_ == "nsubj"


def _noun_before(tok):
    """The noun or name before ``tok`` and a comma or a dash, where the parser leaves a relative pronoun
    outside a relative clause; None if there is none."""
    if tok.i < 2 or not sets_off(tok.doc[tok.i - 1]):
        return None
    before = tok.doc[tok.i - 2]
    return before if before.pos_ in ("NOUN", "PROPN") and before.sent == tok.sent else None


def _owned_by_name(tok) -> bool:
    """Whether a name owns the word ``tok``: "Kavanaugh’s lawyer" (not "his lawyer")."""
    return any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in tok.children)


def _bears(ent, tok) -> bool:
    """Whether the name ``ent`` bears the word ``tok`` as its title: inside it, or joined to it as a
    compound or in apposition ("Trump spokesman Sean Spicer", "Sean Spicer, Trump’s spokesman",
    "Grassley’s spokesman, George Hartmann")."""
    names = range(ent.start, ent.end)
    return (
        tok.i in names
        or tok.dep_ in ("compound", "appos") and tok.head.i in names
        or ent.root.dep_ == "appos" and ent.root.head.i == tok.i
    )


def _office(qualifier: str | None) -> str | None:
    """The qualifier that makes a title another office ("vice"), not one that dates it ("former")."""
    return None if qualifier in ("former", "ex") else qualifier


def _of_something(title) -> bool:
    """Whether the title word has an "of" phrase: "president of the Center for …"."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in title.children)


def _title_qualifier(tok) -> str | None:
    """What makes a title another office: "vice" in "Vice President", "former", "prime" in "Prime
    Minister" (``TITLE_QUALIFIERS``), "elect" in "President-elect"; None for the office itself."""
    doc = tok.doc
    before = doc[tok.i - 2] if tok.i > 1 and doc[tok.i - 1].text == "." else doc[tok.i - 1] if tok.i else None
    word = _title_word(before) if before is not None else ""
    if word in TITLE_QUALIFIERS and before.head in (tok, tok.head):  # "Lt. Gov. Dan Patrick": both the name's
        return word
    return "elect" if doc[tok.i + 1 : tok.i + 3].text.lower().replace(" ", "").startswith("-elect") else None


def _role_description(head) -> bool:
    """Whether ``head`` heads "the" and a singular word for a person, none of ANONYMOUS_HEADS, after a
    word of standing, a party or a name (``STANDING_WORDS``): "the former congressman", "the Lib Dem
    leader". Not a bare title ("the president", "the prime minister"), which ``_described_person``
    resolves only for somebody the article gave that title."""
    children = list(head.children)
    party_member = head.lower_ in PARTY_MEMBERS
    if head.tag_ != "NN" and not party_member or not any(c.lower_ == "the" for c in children) or any(
        c.dep_ in ("poss", "prep", "relcl", "acl", "appos") for c in children
    ):
        return False  # "the U.S. ambassador to NATO" may be somebody new
    word = head.lower_
    modifiers = [c for c in children if c.dep_ in ("amod", "compound", "nmod") and c.i < head.i]
    if party_member:
        return any(c.ent_type_ in PLACE_LABELS for c in modifiers)  # "the New York Democrat", "the Nebraska Republican"
    if word in ANONYMOUS_HEADS or not _person_word(head):
        return False
    return any(
        c.lower_ in STANDING_WORDS or c.lower_ in PARTY_WORDS or c.pos_ == "PROPN" and c.ent_type_ not in PLACES_AND_PEOPLES
        for c in modifiers
    )


def _qualifiers_fit(head, window) -> bool:
    """Whether every word qualifying the role ``head`` but its standing is in the title ``window``: as a
    word, a word's start ("Fed" for "Federal") or its capitalised words' initials ("the RNC chairman" for
    "Republican National Committee Chairman Reince Priebus"; not "the DNC chairman", "the Democratic
    chairman" or "the Intelligence Committee chairman" for the Judiciary Committee's)."""
    words = [t.lower_ for t in window]
    initials = "".join(t.lower_[0] for t in window if t.text[:1].isupper())
    qualifiers = [
        t for c in head.lefts if c.dep_ in ("amod", "compound", "nmod") for t in c.subtree
        if t.is_alpha and t.lower_ not in STANDING_WORDS
    ]
    return all(
        q.lower_ in words or len(q) >= 3 and any(w.startswith(q.lower_) for w in words) or q.is_upper and q.lower_ in initials
        for q in qualifiers
    )


def _person_word(tok) -> bool:
    """A singular common noun for a person: a role, a title, or a word with an agent's ending."""
    word = tok.lower_
    return tok.tag_ == "NN" and word not in ORG_HEADS and (
        word in PERSON_NOUNS or word in ROLE_WORDS or bool(_TITLE_WORDS.match(word)) or word.endswith(AGENT_ENDINGS + ("man", "woman"))
    )


def _names_in_play(entities) -> set[str]:
    """The distinct organisations among ``entities``: an owner ("Biogen's") and its name count as one, and
    so does a name shortened ("WPP Group … WPP is the largest advertising group")."""
    names = {e.text.lower().removeprefix("the ").removesuffix("’s").removesuffix("'s") for e in entities}
    return {n for n in names if not any(m.startswith(n + " ") for m in names)}


def _could_be_named(tok) -> bool:
    """Whether ``tok`` may be a person's name: a proper noun tagged a person or nothing."""
    return tok.pos_ == "PROPN" and tok.ent_type_ in ("PERSON", "")


def _main_subject(tok) -> bool:
    """Whether ``tok`` is the subject of its sentence's main verb or of one joined to it."""
    return tok.dep_ in SUBJECT_DEPS and (tok.head.dep_ == "ROOT" or tok.head.dep_ == "conj" and tok.head.head.dep_ == "ROOT")


def _newspaper(entity) -> bool:
    """Whether ``entity`` reads as a newspaper's name: "(T|t)he Financial Times", not "American Express"."""
    doc = entity.doc
    the = entity[0].lower_ == "the" or entity.start > 0 and doc[entity.start - 1].lower_ == "the"
    return the and _last_word(entity) in NEWSPAPER_WORDS


def _last_word(entity) -> str:
    return entity[-1].lower_.rstrip(".")


def _given(entity, word: str) -> bool:
    """Whether ``entity`` is introduced with the noun ``word`` for what it is, as a title or in apposition:
    "price-tracking firm Market Track LLC", "Yahaira Fuentes, a car detailer"."""
    root = entity.root
    linked = [c for c in root.children if c.dep_ in ("compound", "appos")] + ([root.head] if root.dep_ == "appos" else [])
    return any(t.lemma_.lower() == word and t.pos_ == "NOUN" and t.i not in range(entity.start, entity.end) for t in linked)


def _spoken_to(tok) -> bool:
    """Whether ``tok`` is whom a speech verb addresses: "told Reuters", "said in an interview with CNN"."""
    above = [tok.head, tok.head.head, tok.head.head.head]
    return tok.dep_ in ("dobj", "dative", "pobj") and any(t.pos_ == "VERB" and t.lemma_.lower() in SPEECH for t in above)


def _word_in(tok, words) -> bool:
    """Whether ``tok`` is one of ``words`` as written or as its lemma ("officials", "Ministry")."""
    return tok.lower_ in words or tok.lemma_.lower() in words


def _one_word_people(doc) -> set[str]:
    """One-word names the tagger takes for a person more often than for an organisation or a place in
    the article: "Atwood said" read as an organisation where two other "Atwood"s read as a person, not
    "Pfizer" read once as each."""
    tags: dict[str, Counter] = {}
    for ent in doc.ents:
        if len(ent) == 1 and ent[0].pos_ == "PROPN" and (ent.label_ == "PERSON" or ent.label_ in ORG_LABELS):
            tags.setdefault(ent.text, Counter())[ent.label_] += 1
    return {name for name, counts in tags.items() if counts["PERSON"] > counts.total() - counts["PERSON"]}


def _aged_names(doc) -> set[str]:
    """One-word names the article gives an age ("Holt, 57, the most-watched …"): a person's, wherever the
    tagger takes them for an organisation."""
    return {
        tok.text for tok in doc
        if tok.pos_ == "PROPN" and tok.text[:1].isupper() and not tok.is_upper and tok.ent_type_ not in PLACE_LABELS
        and any(c.dep_ == "appos" and _age(c) for c in tok.children)
    }


def _titled_names(doc) -> set[str]:
    """One-word names the article writes after a capitalised title only a person bears ("President
    Trump", "President-elect Trump", "Mr. Cole"; not "General Motors" or "Chief Executive")."""
    return {
        tok.text for tok in doc[1:]
        if tok.pos_ == "PROPN" and _capitalised(tok) and _personal_title(doc[tok.i - 1]) and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN")
    }


def _elected(tok):
    """The title an "elect" ends ("President-elect"), else ``tok``."""
    doc = tok.doc
    return doc[tok.i - 2] if tok.lower_ == "elect" and tok.i >= 2 and doc[tok.i - 1].text in ("-", "‐") else tok


# The Arabic article a surname may keep or drop ("Walid al-Moallem" … "Mr. Moallem", "Bashar al-Assad" … "Assad").
SURNAME_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az)[-‐]", re.IGNORECASE)


def _surname_keys(surname: str) -> tuple[str, str]:
    """The surname in lower case, and without its article if it has one."""
    surname = surname.lower()
    return surname, SURNAME_ARTICLE.sub("", surname)


def _plural_verb(verb) -> bool:
    """Whether ``verb`` or an auxiliary of it is in the plural present ("Banks say", "Banks have said")."""
    return "VBP" in {verb.tag_, *(c.tag_ for c in verb.children if c.dep_ == "aux")}


def _one_person_listed(head):
    """"Bruno Maçães" of "Others, such as Bruno Maçães, …" or "experts, including Jane Porter, …": the
    one person a group's speakers are given by; None where none or several are listed."""
    if head.ent_type_ == "PERSON":
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and (prep.lower_ == "including" or prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)):
            listed = [c for c in prep.children if c.dep_ == "pobj"]
            if len(listed) == 1 and listed[0].ent_type_ == "PERSON" and not any(c.dep_ == "conj" for c in listed[0].children):
                return listed[0]
    return None


def _whole_of_part(head):
    """"the officials" of "one of the officials", "two of the sources", "some of Trump's aides": the
    group a number or a quantity of its members stands for; None for other phrases."""
    if not (head.pos_ == "NUM" or head.lower_ in QUANTIFIERS):
        return None
    return _of_object(head)


def _named_in_fronted_phrase(pronoun) -> list[str]:
    """The names a phrase fronted on a subject pronoun's verb gives a thing of the pronoun's person:
    "With a nod to his hit Sweet Caroline, he added", "Speaking at the premiere of his latest film
    Mapplethorpe he told" are not Sweet Caroline's or Mapplethorpe's words. Only such titles: a person
    named there otherwise is as often the one the pronoun stands for ("In a video posted by Taylor Swift,
    she said", "Amid mounting criticism of Boris Johnson, he insisted"), and so is a title that is the
    name of somebody named outside it ("Recalling her first album Taylor Swift, she said")."""
    fronted = [c for c in pronoun.head.children if c.i < pronoun.i and c.dep_ in ("prep", "advcl")]
    owner = POSSESSIVES.get(pronoun.lower_)
    inside = {t.i for c in fronted for t in c.subtree}
    titles = [
        t for i in sorted(inside) if (t := pronoun.doc[i]).ent_type_ == "PERSON"
        and _ends_entity(t) and _titles_a_thing_of(t, owner)
    ]
    if not titles:
        return []
    # Written anywhere else, tagged or not ("Dolly Parton reflected …", the name read as an adverb and a noun).
    doc = pronoun.doc
    start, end = doc[min(inside)].idx, doc[max(inside)].idx + len(doc[max(inside)])
    text = doc.text
    elsewhere = text[:start] + " " + text[end:]
    return [name for t in titles if not re.search(rf"\b{re.escape(name := _entity_text(t))}\b", elsewhere)]


def _ends_entity(tok) -> bool:
    """Whether ``tok`` is the last word of its entity (or of none)."""
    return tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I"


def _name_start_of(tok) -> int:
    """The index of the first of the proper nouns compounded onto ``tok`` ("Public" of "Public Citizen")."""
    start = tok.i
    while start > 0 and (word := tok.doc[start - 1]).pos_ == "PROPN" and word.dep_ == "compound" and word.head == tok:
        start -= 1
    return start


def _named_in_what_is_said(pronoun) -> list[str]:
    """The names written in the words a closing cue reports before its comma, other than as a subject or a
    subject's owner: "People like Scott, he said" is not Scott's praise of himself, while "Hergenreder
    started out using about one and a half Juul pods per day, he told WLS-TV" is Hergenreder."""
    doc, verb = pronoun.doc, pronoun.head
    start = pronoun.sent.start
    if verb.lemma_.lower() not in SPEECH or pronoun.i - 1 <= start or doc[pronoun.i - 1].text != ",":
        return []
    if any(not t.is_punct for t in doc[verb.right_edge.i + 1 : pronoun.sent.end]) or any(
        c.dep_ in ("ccomp", "xcomp") and c.i > verb.i for c in verb.children
    ):
        return []  # not a closing cue: "After Anne Smith met the press, she said …", "After … Trump …, he told supporters, he …"
    return [
        _entity_text(t) for t in doc[start : pronoun.i - 1]
        if t.pos_ == "PROPN" and t.text[:1].isupper() and _ends_entity(t)
        and t.ent_type_ not in PLACE_LABELS and t.dep_ not in (*SUBJECT_DEPS, "poss")
    ]


def _questioners_before(pronoun) -> list[str]:
    """The people named in a participle of questioning that opens the pronoun's sentence: who asks
    ("Pressed about his staying power by “Good Morning America”'s George Stephanopoulos, he conceded …")
    or who is asked about ("Asked whether Mr. Trump and his family were using the presidency …, he said
    …") is not who answers; the parser hangs such a phrase anywhere."""
    doc = pronoun.doc
    opening = doc[pronoun.sent.start]
    if opening.tag_ != "VBN" or opening.lemma_.lower() not in QUESTIONING:
        return []
    # Only inside the participle's phrase (or after its "by"): not the answerer the main clause names before
    # a later pronoun ("Asked about the bill, McConnell paused, and then he said …").
    phrase = {t.i for t in opening.subtree}
    return [
        _entity_text(tok) for tok in doc[opening.i : pronoun.i] if tok.ent_type_ == "PERSON" and _ends_entity(tok)
        and (tok.i in phrase or any(t.lower_ == "by" for t in doc[opening.i : tok.i]))
    ]


def _titles_a_thing_of(name, owner: str | None) -> bool:
    """Whether a name (its last word) is the title of something ``owner`` ("his", "her" or "their") owns:
    "his hit Sweet Caroline", "his latest film Mapplethorpe" (apposed to the thing)."""
    thing = name.head if name.dep_ == "appos" else name
    first = entity_span(name).start
    return any(t.dep_ == "poss" and t.lower_ == owner and t.i < first for t in thing.subtree)


def _of_object(head):
    part_of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in part_of.children if c.dep_ == "pobj"), None) if part_of is not None else None


def _members_of_collective(head):
    """"Trump allies" of "A series of Trump allies and House Republicans", "a handful of senators": the
    people a word for a number of them stands for; None for other phrases."""
    if head.lemma_.lower() not in COLLECTIVES or head.tag_ != "NN":
        return None
    members = _of_object(head)
    return members if members is not None and _is_group(members) and any(_people(t) for t in _listed(members)) else None


def _people(tok) -> bool:
    """A word for people or a body of them: "allies", "lawmakers", "companies", "Republicans"; not
    "factors", "restaurants"."""
    lemma = tok.lemma_.lower()
    return tok.ent_type_ in ("PERSON", "NORP", "ORG") or lemma in PERSON_NOUNS or tok.lower_ in PERSON_NOUNS or lemma in PEOPLE_PLURALS or lemma in ORG_HEADS


def _salience(tok) -> int:
    """MAIN_SUBJECT, SUBJECT or OTHER for the word ``tok`` (a mention's head): a subject is SUBJECT
    inside what a clause reports or describes (a complement or a relative clause: "Earnest said that
    Obama …"; also a that-clause the parser made adverbial, "recalled in 2008 that before Iowa, Obama
    wasn’t treated as credibly …", not "so that"), MAIN_SUBJECT elsewhere, adverbial clauses included
    ("… until Trump reached the final words of his speech. ⏎ “I love you,” he said" is Trump). A name the
    parser made the sentence's root is its main subject where the sentence's verb hangs on it or on its
    apposition after a comma ("Guy Verhofstadt, the European Parliament's chief Brexit official, called
    Johnson's move “sinister.” ⏎ “…,” he tweeted" is Verhofstadt, not Johnson)."""
    if tok.dep_ == "ROOT" and tok.pos_ == "PROPN" and _verb_hung_on_name(tok):
        return MAIN_SUBJECT
    if tok.dep_ == "poss" and tok.head.dep_ in SUBJECT_DEPS and tok.head.head.dep_ == "ROOT" and _owner_is_topic(tok):
        return SUBJECT  # the main subject's owner: "Mattis’s dissatisfaction with Trump was no secret. … he argued"
    if tok.dep_ not in SUBJECT_DEPS:
        return OTHER
    verb = tok.head
    while verb.dep_ != "ROOT" and verb.head is not verb:
        # Nor is a comparison's ("Sandy insists that being older than Carl has meant little" is Sandy's).
        if verb.dep_ in EMBEDDED_CLAUSES or (verb.dep_ == "advcl" and clause_marks(verb) in ({"that"}, {"than"})):
            return SUBJECT
        verb = verb.head
    return MAIN_SUBJECT


def _owner_is_topic(owner) -> bool:
    """Whether the owner of a main clause's subject is what its paragraph is about: the sentence opens the
    paragraph ("He goes on to … ⏎ Mattis’s dissatisfaction with Trump was no secret"; not "Lindsey Graham
    spoke … Donald Trump's nominee faces a tough vote. He said …"), the subject names nobody of its own
    ("Donald Trump's lawyer, Todd Blanche, grilled him") and the clause names no other person outside the
    subject ("Obama's decision angered Mitt Romney. He said …")."""
    doc, subject = owner.doc, owner.head
    start = owner.sent.start
    while start < owner.i and doc[start].is_space:
        start += 1
    opens = start == 0 or doc[start - 1].is_space and "\n" in doc[start - 1].text or "\n" in doc[start - 1].whitespace_
    own = {t.i for t in subject.subtree}
    return (
        opens and not any(c.dep_ == "appos" for c in subject.children)
        and not any(t.ent_type_ == "PERSON" and t.i not in own for t in subject.head.subtree)
    )


def _verb_hung_on_name(name) -> bool:
    """Whether a verb the parser made a participle hangs on ``name`` or on its apposition, after a comma."""
    doc = name.doc
    holders = [name, *(c for c in name.children if c.dep_ == "appos")]
    return any(v.dep_ == "acl" and v.pos_ == "VERB" and v.i > name.i and doc[v.i - 1].text == "," for h in holders for v in h.children)


def _untagged_people(doc, prose: str) -> list:
    """Names the tagger did not take for people that the sentence marks as one: an apposed role or age
    ("Fiorina, the former Hewlett-Packard CEO, …", "Freda Ocran, 51, …"), a role or title before the
    name ("author Dinesh D’Souza", "Mx. Tirado") or a person the name is apposed to ("whose mother,
    Regina Denney, rushed him"). Spans from the name's first word to its head."""
    found = []
    for tok in doc:
        if tok.ent_type_ == "PERSON" or tok.dep_ == "compound" or tok.pos_ not in ("PROPN", "NOUN") or not tok.text[:1].isupper():
            continue
        before = [c for c in tok.lefts if c.dep_ == "compound" and c.i >= tok.i - 3]
        names = [c for c in before if c.pos_ == "PROPN" and c.text[:1].isupper()]
        if tok.ent_type_ in ("DATE", "TIME") and not names:
            continue  # "warned Monday, May, 18," is no one aged 18 ("Theresa May, 62," is)
        if tok.pos_ == "NOUN" and not names:
            continue  # a capitalised common noun: needs a proper name with it
        tagged_other = tok.ent_type_ in ORG_LABELS
        # Capitalised titles also open organisations' names ("General Assembly", "Justice Department"),
        # and "Dr" a brand ("Dr Pepper"): a name tagged as an organisation or place needs a stronger sign.
        honorifics = HONORIFICS - {"dr"} if tagged_other else HONORIFICS
        # A role in lower case ("author Dinesh D’Souza") or, for a name tagged as nothing, a title with a capital
        # before a first name ("Los Angeles Unified Superintendent Austin Beutner").
        role_before = any(
            c.lower_.rstrip(".") in honorifics or not tagged_other and (
                c.text.islower() and c.lower_ in ROLE_WORDS
                or not tok.ent_type_ and tok.lower_ not in ORG_HEADS and _TITLE_WORDS.match(c.text) and c.i + 1 < tok.i and doc[c.i + 1] in names
            )
            for c in before
        )
        apposed = any(c.dep_ == "appos" and (c.lower_ in ROLE_WORDS or _age(c) and not tagged_other) for c in tok.children)
        # A company apposed to a role ("His former client, Goldman Sachs") needs the role to be a kin word.
        person_noun = _person_noun_apposed_to(tok)
        apposed_to = person_noun is not None and (not tagged_other or PERSON_NOUNS[person_noun.lower_] is not None)
        if (role_before or apposed or apposed_to) and _clean_name(tok.text):
            span = doc[min([tok.i] + [c.i for c in names]) : tok.i + 1]
            if not title_case(_line_of(span, prose)) and not _plural_name(span):
                found.append(span)  # not "single-candidate Super PACs"
    return found


def _subject_of_another_clause(name, clause) -> bool:
    """Whether the name token ``name`` (any word of it) is the subject of a clause that ``clause`` (the
    pronoun's verb) does not report: a clause elsewhere in the sentence, or one hung on it as an adverbial."""
    head = _head_of_name(name)
    if head.dep_ not in SUBJECT_DEPS or head.head == clause:
        return False
    verb = head.head
    while verb != clause:
        if verb.dep_ in ("ccomp", "xcomp"):
            return not clause.is_ancestor(verb)
        if verb.head == verb:
            return True
        verb = verb.head
    return True


def _age(tok) -> bool:
    """"Freda Ocran, 51, …": a number that can be an age, set off by commas."""
    return tok.text.isdigit() and 0 < int(tok.text) <= 110 and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ","


def _is_group(tok) -> bool:
    """A noun phrase "they" can stand for: a plural, an organisation, or names joined by "and"."""
    if tok.tag_ in ("NNS", "NNPS") or tok.ent_type_ in ORG_LABELS or tok.lemma_.lower() in ORG_HEADS:
        return True
    return tok.pos_ in ("NOUN", "PROPN") and len(_listed(tok)) > 1 or _members_of_collective(tok) is not None


def _reported_by(verb, tok) -> bool:
    """Whether ``tok`` is in what ``verb`` reports (its complement), not in a clause saying when or why."""
    while tok.head.i != tok.i:
        if tok.head.i == verb.i:
            return tok.dep_ in ("ccomp", "xcomp", "parataxis")
        tok = tok.head
    return False


def _listed(tok) -> list:
    """``tok`` and the nouns listed with it, in order: "Obama and Trump", "John Smith, the mayor, and Mary
    Jones"; "Tom Frieden, Jeffrey Koplan, David Satcher and Richard Besser", which the parser hangs on
    the first name as a person's name in apposition whose conjuncts the rest are (not "Elizabeth Warren,
    a Democrat from Massachusetts, and Lindsey Graham")."""
    listed, stack = [], [tok]
    while stack:
        member = stack.pop()
        listed.append(member)
        stack.extend(
            c for c in member.children
            if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") or c.dep_ == "appos" and c.ent_type_ == "PERSON" and member.i == tok.i
        )
    if not any(t.dep_ == "conj" for t in listed):
        return [tok]
    named = {t.i: t for t in map(_name_after_title, listed)}
    return sorted(named.values(), key=lambda t: t.i)


def _name_after_title(tok):
    """The name a listed title or role stands for: "House Speaker Nancy Pelosi and Senate Minority Leader
    Chuck Schumer", parsed with "Leader" the conjunct and "Schumer" apposed to Pelosi, lists Pelosi and
    Schumer; "CEO Oscar Munoz and United's president, Scott Kirby," Munoz and Kirby; "Mrs. Clinton and
    her running mate, Sen. Tim Kaine of Virginia," Clinton and Kaine."""
    doc = tok.doc
    if tok.dep_ == "conj" and tok.pos_ == "NOUN":
        named = next((c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
        if named is None and doc[tok.i + 1 : tok.i + 2].text == ",":
            # The name after its comma, wherever the parser hangs it ("her running mate, Sen. Tim Kaine").
            name = person_named_at(doc, tok.i + 2, skip=2)
            named = name[-1] if name is not None else None
        if named is not None:
            return named
    name = person_named_at(doc, tok.i + 1) if tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON" else None
    return name[-1] if name is not None else tok


def _could_speak(tok) -> bool:
    """Whether a group subject can be who "they" are when they speak: a name, an organisation, or a
    plural noun for people ("protesters", "officials", "the four former CDC directors"); not a thing
    ("Democrats are highlighting estimates that the fiscal cutbacks could leave …. They are warning …":
    Democrats; a tune-site reading, fifteenth round). With none before it, the nearest group all the
    same: a rule about things makes no orphan quote."""
    lemma = tok.lemma_.lower()
    if tok.ent_type_ in NUMBER_LABELS:
        return False  # "two-thirds of people with the disease"
    if (members := _members_of_collective(tok)) is not None:
        return _could_speak(members)  # "a series of Trump allies", not "a series of events"
    if tok.pos_ != "NOUN" or tok.ent_type_ or lemma in ORG_HEADS or lemma in PERSON_NOUNS or lemma in PEOPLE_PLURALS:
        return True
    return lemma.endswith(AGENT_ENDINGS) and not thing_like(tok)  # not "events", "pronouncements"


def _through(cue, lemma: str) -> bool:
    """Whether the cue verb ``cue`` spoke through a document of ``lemma``: "said in a statement",
    "issued a statement", "wrote in a letter"."""
    return any(
        t.lemma_ == lemma and (t.head == cue or (t.head.dep_ == "prep" and t.head.head == cue)) for t in cue.subtree
    )


def _document_owner(head):
    """Who a document says it is from: a possessive ("Apple's announcement"), "from" or "by" ("a statement
    from Mr. Netanyahu"), or a name before it ("a Justice Ministry statement")."""
    for child in head.children:
        if child.dep_ == "poss" or (child.dep_ == "compound" and child.ent_type_ in (*ORG_LABELS, "PERSON")):
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _line_of(entity, prose: str):
    """The tokens of the line of ``prose`` (the parsed text) an entity is on."""
    start = prose.rfind("\n", 0, entity.start_char) + 1
    end = prose.find("\n", entity.end_char)
    return entity.doc.char_span(start, len(prose) if end < 0 else end, alignment_mode="expand") or entity


def _person_noun_apposed_to(tok):
    """The person noun (``PERSON_NOUNS``) the word ``tok`` is apposed to ("mother" in "whose mother, Regina
    Denney"), or None."""
    head = tok.head
    return head if tok.dep_ == "appos" and head.pos_ == "NOUN" and head.lower_ in PERSON_NOUNS else None


def _person_noun_titling(entity):
    """A gendered person noun set before a name as its title ("first lady Melania Trump", "spokeswoman Jen
    Psaki"), or None."""
    # By place, not by parse: the parser hangs "lady" on either Trump in "President Trump and first lady
    # Melania Trump".
    before = entity.doc[entity.start - 1] if entity.start else None
    if before is None or before.pos_ != "NOUN" or not PERSON_NOUNS.get(before.lower_):
        return None
    # Not a noun the name is the subject of a clause about: "The woman Brett Kavanaugh is accused of assaulting".
    return before if before.head == entity.root or entity.root.dep_ not in ("nsubj", "nsubjpass") else None


def _family_members(people) -> dict[str, tuple[str, str | None]]:
    """First names given alone in apposition to a family word after a name's possessive ("George Floyd’s
    brother Philonise", "Smith’s daughter, Emma") → the family's surname and the word's gender."""
    found = {}
    for e in people:
        head = _person_noun_apposed_to(e.root)
        if len(e) != 1 or head is None or head.lower_ not in FAMILY:
            continue
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if owner is not None and owner.text != e.text:
            found[e.text] = (owner.text, PERSON_NOUNS[head.lower_])
    return found


def _in_longer_entity(tok) -> bool:
    """Whether ``tok`` is part of an entity of more than one word ("the Clinton Foundation")."""
    return tok.ent_iob_ == "I" or tok.ent_iob_ == "B" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I"


def _one_office_holder(head) -> bool:
    """Whether the title ``head`` names the one holder of an office (``OFFICES``), past or of something:
    "the former secretary of state", "the governor of Texas"; not "the former official" or "a senior
    official"."""
    return head.lower_ in OFFICES and head.tag_ in ("NN", "NNP") and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) and any(
        c.dep_ == "amod" and c.lower_ == "former" or c.dep_ == "prep" and c.lower_ == "of" for c in head.children
    )


def _in_web_address(tok) -> bool:
    """Whether ``tok`` is in an entity holding a web address or a handle, a tweet's residue the tagger takes
    for a name ("#CNNTownHall https://t.co/… pic.twitter.com/… — CNN (@CNN)")."""
    return any(t.like_url or "/" in t.text or "@" in t.text for t in entity_span(tok))


def _entity_text(tok) -> str:
    doc = tok.doc
    if suffix_after_comma(tok):
        tok = doc[tok.i - 2]  # "Trump, Jr., said": the parser heads the name with its suffix
    if tok.ent_iob_ not in ("B", "I"):
        return tok.text
    ent = entity_span(tok)
    # The tagger runs a phrase before a comma into the name ("In a statement to Axios, Walmart urged"); a
    # name's own commas come before its last words ("Bureau of Alcohol, Tobacco and Firearms", "Amazon, Inc.").
    commas = [t.i for t in ent if t.text == "," and doc[t.i + 1].lower_.rstrip(".") not in COMPANY_SUFFIXES]
    if commas and commas[-1] < tok.i:
        ent = doc[commas[-1] + 1 : ent.end]
    name, suffix = _name_text(ent, tok.i), suffix_after(ent)
    return f"{name} {suffix.text.rstrip('.')}" if suffix is not None else name


def _initialled(words: list[str]) -> bool:
    """Whether a label's two words are a name and an initial ("LEE J", "J GREENE")."""
    return len(words) == 2 and min(map(len, words)) == 1


def _acting(name) -> bool:
    """Whether the name's head word ``name`` is a clause's subject, the source "according to" names or a
    passive's agent, through a title it is apposed to ("Jane Porter, the club's chairwoman, said")."""
    while name.dep_ == "appos":
        name = name.head
    if name.dep_ in SUBJECT_DEPS and name.head.lemma_ == "die":
        return False  # "Barbara Bush … died Tuesday. ⏎ “My dear mother has passed on,” Bush said" is her son
    return name.dep_ in SUBJECT_DEPS or name.dep_ == "pobj" and (
        name.head.dep_ == "agent" or name.head.lower_ == "to" and name.head.head.lower_ == "according"
    )


def _given_and_surname(name: str) -> bool:
    """Whether ``name`` is a full name: two words or more before any suffix ("Trump Jr." is not)."""
    words = name.split()
    return len(words) - is_suffix(words[-1]) >= 2 if words else False


def _headline_names(headline) -> list[str]:
    """The names of the people a headline names, each cut before the verb that title case runs into it
    ("James Mattis Denounces President Trump": the tagger reads "Denounces" as a name's word, and "Obama
    Says" as a verb)."""
    names = []
    for ent in (e for e in headline.ents if e.label_ == "PERSON"):
        verb = next((t.i for t in ent[1:] if _headline_verb(t)), ent.end)
        names.append(_name_text(headline[ent.start : verb], ent.start))
    return [name for name in names if name]


def _surname(name: str) -> str:
    """The last word of a full name before any suffix ("Trump" of "Donald Trump Jr.")."""
    words = name.split()
    return words[-2] if len(words) > 2 and is_suffix(words[-1]) else words[-1]


def _headline_full_names(names: list[str], doc, genders: dict[str, str]) -> list[str]:
    """The headline's full names a bare surname in the body may stand for: from its first known first name on
    where title case ran a word before it into the name ("Biden Taps Janet Yellen" is Janet Yellen; none without
    one, "Weary Obama"); only with a surname the body writes ("Pope Francis Visits Canada": "Francis Visits" is
    no name), and none whose surname another of the headline's names holds ("Barack Obama And Michelle Obama
    Campaign …": either may be "Obama")."""
    words = {t.text for t in doc}
    trimmed = []
    for name in names:
        parts = name.split()
        first = next((i for i, w in enumerate(parts[:-1]) if w in genders), None)
        if first is not None:  # "Weary Obama Looks Back …" names nobody in full
            trimmed.append(" ".join(parts[first:]))
    full = [name for name in trimmed if _given_and_surname(name) and _surname(name) in words]
    return [name for name in full if not any(_holds_surname(other, _surname(name)) for other in names if not other.endswith(name))]


def _holds_surname(name: str, surname: str) -> bool:
    """Whether ``surname`` is a word after the first of ``name`` (its surname, or a word a title-case run put
    after it, "David Koch Settle"); not of a name with a suffix, which a bare surname is not ("Trump" after
    "Donald Trump Jr. Campaigns With Donald Trump" is the father, as ``full_name`` reads it)."""
    words = name.split()
    return bool(words) and not is_suffix(words[-1]) and surname in words[1:]


EXPLETIVE_VERBS = frozenset("be take matter seem appear".split())


def _speaks_of_itself_as_it(doc, word: str) -> bool:
    """Whether ``word`` is somewhere the subject of a verb whose reported clause has "it" or "its …" for its
    subject ("Ford said Tuesday it would cut 3,000 jobs", "Ford said its profit fell"): a company's name, whatever
    person of that surname the headline names. Not an "it" of a verb that as often stands for nothing or a thing
    (EXPLETIVE_VERBS: "Mattis said it would be inappropriate to …", "Ford said it would take time to …")."""
    for tok in doc:
        if tok.text != word or tok.dep_ not in SUBJECT_DEPS:
            continue
        for clause in (c for c in tok.head.children if c.dep_ == "ccomp"):
            for subject in (s for s in clause.children if s.dep_ in SUBJECT_DEPS):
                if subject.lower_ == "it" and clause.lemma_ not in EXPLETIVE_VERBS:
                    return True
                if any(c.dep_ == "poss" and c.lower_ == "its" for c in subject.children):
                    return True
    return False


def _headline_verb(tok) -> bool:
    """A capitalised word that is a speaking verb in the present ("Denounces", "Says", "Urges")."""
    word = tok.lower_
    return word.endswith("s") and (word[:-1] in SPEAKING or word.endswith("es") and word[:-2] in SPEAKING)


def _name_text(ent, after: int) -> str:
    """The name an entity holds. A headline's "Obama Says …" runs the verb into the name: the name
    stops at a verb after token ``after``, as at a bracket ("Meet the Press (@meetthepress" in a tweet's embed)."""
    end = next((t.i for t in ent if t.i > after and (t.tag_ in ("VBZ", "VBD", "VBP") or t.text == "(")), ent.end)
    start = ent.start + 1 if len(ent) > 1 and after > ent.start and inverted_cue(ent[0]) else ent.start  # "Said Leigh, “…”"
    return _clean_name(ent.doc[start:end].text)


def _described_by_which(tok) -> bool:
    """Whether a relative clause on ``tok`` opens with "which", said of things: "Politico, which first
    reported his departure" is no person, whatever the tagger says; not an owner's ("Jared Diamond's
    best seller, which explored …", the clause hung on the name)."""
    return tok.dep_ != "poss" and any(
        c.dep_ == "relcl" and any(g.lower_ == "which" and g.i < c.i for g in c.children)
        # "Charmaine Yoest, president of Americans United for Life, which writes …": the role's organisation.
        and not any(a.dep_ == "appos" and tok.i < a.i < c.i for a in tok.children)
        for c in tok.children
    )


def _capitalised_title(head) -> bool:
    """Whether ``head`` is a title written with a capital, with no name, right after "the" or an office's
    word ("The President said", a headline line's "U.S. Defense Secretary Says …"): a title, not a
    person's name ("King said" may be Rep. Steve King's)."""
    return bool(_TITLE_WORDS.match(head.text)) and not head.ent_type_ and any(
        c.lower_ == "the" or c.dep_ == "compound" and c.i == head.i - 1 and c.ent_type_ != "PERSON" for c in head.children
    )


def _fronted_owner(tok) -> bool:
    """Whether ``tok`` owns the object of a preposition set before the subject of the clause it opens
    ("During Booker’s first campaign swing, he said …")."""
    preposition = tok.head.head
    if tok.head.dep_ != "pobj" or preposition.dep_ != "prep" or preposition.head.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ in SUBJECT_DEPS and preposition.i < c.i for c in preposition.head.children)


def _apposed_establishment(tok) -> bool:
    """Whether a name is apposed to a word for a body or a business: "laid off by Appleton Coated, a paper
    mill", which the tagger takes for a person; the word right after the name's comma (not "Chandler Van
    Voorhis, a founder of C2I, a company …", the company's apposition hung on the name)."""
    return any(
        c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in ORG_HEADS | ESTABLISHMENTS
        and c.left_edge.i == tok.i + 2 and tok.doc[tok.i + 1].text == ","
        for c in tok.children
    )


def _plural_name(entity) -> bool:
    """Whether a name the tagger took for a person's is of many, no person: initials in the plural ("Super
    PACs") or a plural after a determiner of number ("These Gen Xers")."""
    last = entity[-1]
    return bool(re.fullmatch(r"[A-Z]{2,}s", last.text)) or last.tag_ == "NNPS" and any(
        c.dep_ == "det" and c.lower_ in PLURAL_DETERMINERS for c in last.children
    )


def _named_as_body(head) -> bool:
    """Whether the name ``head`` ends follows a word for a body compounded onto it: "The Democratic centrist
    group Third Way", which the tagger takes for a person."""
    start = entity_span(head).start if head.ent_type_ else head.i
    return head.pos_ == "PROPN" and start > 0 and (kind := head.doc[start - 1]).head == head and kind.dep_ == "compound" and kind.pos_ == "NOUN" and kind.lemma_.lower() in ORG_HEADS


def _singular_verb(verb) -> bool:
    """Whether a clause's verb, or its first auxiliary, is in the singular ("refuses", "has said", "was")."""
    finite = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), verb)
    return finite.tag_ == "VBZ" or finite.lower_ == "was"


def _no_persons_name(head, name: str) -> bool:
    """Whether ``name`` (headed by ``head``) cannot be a person's, whatever the tagger says: it holds a
    digit ("NBC10 said", "WGN9 said") or is initials after "the" ("the FT reports")."""
    return any(ch.isdigit() for ch in name) or head.is_upper and any(c.lower_ == "the" for c in head.children)


def _after_personal_title(head) -> bool:
    """Whether the entity ``head`` ends, two or three capitalised proper nouns none of which an
    organisation's, follows a title only a person bears, hung on it and with no "the" before it
    ("Representative Hakeem Jeffries"; not "General Motors", "the President Lincoln Presidential Library")."""
    entity = entity_span(head)
    if not entity.start or not _reads_as_personal_name(entity):
        return False
    title = head.doc[entity.start - 1]
    return title.head == head and _personal_title(title) and not any(c.lower_ == "the" for c in (*title.children, *head.children))


def _name_after_title_inside(head, first_names):
    """The words after a title only a person bears inside the entity ``head`` ends, where they read as a
    person's name ("Democratic Representative Elijah Cummings" tagged an organisation), or after an owner's
    "’s" where they open with one of ``first_names`` and end with no building's word ("Vox’s Alex Ward"; not
    "McDonald’s Happy Meal", "Amsterdam's Anne Frank House"), else None."""
    entity = entity_span(head)
    title = next((t for t in reversed(entity[:-2]) if _personal_title(t) or t.tag_ == "POS"), None)
    name = head.doc[title.i + 1 : head.i + 1] if title is not None else None
    if name is None or not _reads_as_personal_name(name):
        return None
    return name if title.tag_ != "POS" or name[0].text in first_names and name[-1].lower_ not in FACILITIES else None


def _head_of_name(tok):
    """The head word of the name ``tok`` is a word of ("Laura" → "Bush")."""
    while tok.dep_ == "compound" and tok.head != tok:
        tok = tok.head
    return tok


def _capitalised(tok) -> bool:
    """Whether ``tok`` is written as a name's word: a capital first, not all capitals; a surname may have
    capitals inside ("LePage", "McConnell", "DeSantis"), which ``is_title`` rejects."""
    return tok.text[:1].isupper() and not tok.is_upper


def _personal_title(tok) -> bool:
    """Whether ``tok`` ends a capitalised title only a person bears ("President", "President-elect", "Mr.")."""
    title = _elected(tok)
    return title.text[:1].isupper() and _title_word(title).rstrip(".") in PERSONAL_TITLES


def _after_role_word(head) -> bool:
    """Whether the entity ``head`` ends follows a person's role word modifying it: "spokesman", "march
    organizer Daryan Fennal", a company officer's title (``EXECUTIVE_TITLES``); for a role word other than a spokesperson's, only a name of two or three
    capitalised words, none an organisation's ("Google parent Alphabet Inc said": "parent" and "owner"
    name companies too, so they never count)."""
    entity = entity_span(head)
    before = head.doc[entity.start - 1] if entity.start else None
    if before is not None and before.text in EXECUTIVE_TITLES and before.head == head:
        return _reads_as_personal_name(entity)  # "Chief Operating Officer Roz Brewer wrote", tagged an organisation
    if before is None or not before.text.islower() or before.head != head:
        return False
    if before.lower_.startswith("spokes"):
        return True
    return before.lower_ in ROLE_WORDS - COMPANY_ROLE_WORDS and _reads_as_personal_name(entity)


def _reads_as_personal_name(entity) -> bool:
    """Whether ``entity`` is written as a person's name: two or three capitalised proper nouns, none an
    organisation's head word."""
    return 2 <= len(entity) <= 3 and all(t.pos_ == "PROPN" and _capitalised(t) and t.lower_ not in ORG_HEADS for t in entity)


# Office titles before a bare surname that tell of somebody else than a name with a suffix ("Rep. King" is no
# "Martin Luther King Jr."; "President Trump" no "Donald Trump Jr.").
OFFICE_TITLES = r"President|Rep\.|Sen\.|Gov\.|Senator|Representative|Governor|Mayor|Judge|Justice"
# Tags of words no name opens with (a conjunction, adverb or wh-word).
LEADING_FUNCTION_TAGS = frozenset("WRB WDT WP IN CC RB".split())
# The last words of a company officer's capitalised title ("Chief Operating Officer", "CFO").
EXECUTIVE_TITLES = frozenset("Officer Executive CEO CFO COO CTO Chairman Chairwoman Founder Co-founder".split())
# Common nouns the tagger takes into a name when they open a sentence ("Retiree Doug Purdy said …").
ROLE_WORDS = frozenset(
    """retiree resident residents farmer teacher student nurse doctor lawyer attorney economist analyst
    spokesman spokeswoman spokesperson owner worker driver volunteer organizer organiser activist author
    researcher scientist professor historian strategist pollster consultant veteran survivor witness
    neighbour neighbor parent mother father grandmother grandfather homeowner shopper voter fan
    president chairman chairwoman director manager founder executive ceo coach player candidate
    premier councillor councilor trustee sheriff constable superintendent inspector editor reporter
    correspondent journalist columnist customer patient passenger fellow""".split()
)

# Role words that name companies as well as people ("Google parent Alphabet", "Instagram owner Meta",
# "industry researcher Counterpoint Research", "oil analyst Energy Aspects").
COMPANY_ROLE_WORDS = frozenset("owner homeowner parent researcher analyst consultant pollster economist strategist".split())

# Family words: a first name apposed to one after a name's possessive shares that name's surname (not a
# spouse's: "Kamala Harris’s husband Doug" is Doug Emhoff).
FAMILY = frozenset("father dad son brother uncle grandfather mother mom daughter sister aunt grandmother".split())
# Nouns for people, with the gender they tell where they tell one: what a pronoun may stand for when
# nobody is named (``SpeakerResolver._described``) and the people a "they" may stand for.
PERSON_NOUNS = {
    **dict.fromkeys(ROLE_WORDS | ANONYMOUS_HEADS, None),
    **dict.fromkeys("person child kid baby teenager teen patient victim suspect astronomer scientist physician".split(), None),
    **dict.fromkeys("interpreter translator caller stranger passenger customer client guest visitor".split(), None),
    **dict.fromkeys("man boy father dad husband son brother uncle grandfather businessman gentleman guy king".split(), "m"),
    **dict.fromkeys("spokesman congressman".split(), "m"),
    **dict.fromkeys("woman girl mother mom wife daughter sister aunt grandmother businesswoman lady queen".split(), "f"),
    **dict.fromkeys("spokeswoman congresswoman chairwoman actress".split(), "f"),
}


# An owner's name and "’s" before a name of two capitalised words or more.
OWNER_BEFORE_NAME = re.compile(r"^\S+[’']s\s+([A-Z]\S*(?:\s+\S+)+)$")


def _visible(name: str) -> str:
    """``name`` without a page's invisible marks of writing direction ("Jon Favreau\u200f")."""
    return "".join(ch for ch in name if unicodedata.category(ch) != "Cf")


def _clean_name(name: str) -> str:
    # A name ends at a colon: the tagger runs a transcript's label on into its first word ("Dylan George: Data");
    # an owner the tagger runs into a name of two words or more is no part of it ("Recode’s Jason Del Rey").
    name = _visible(name).split(":")[0]
    owned = OWNER_BEFORE_NAME.match(name)
    parts = (owned.group(1) if owned else name).replace("’s", "").replace("'s", "").split()
    if len(parts) > 1 and is_suffix(parts[-1]):
        parts[-2] = parts[-2].rstrip(",")  # "Donald Trump, Jr." is "Donald Trump Jr"
    # Not a title that names an organisation's part: "the Justice Department".
    while len(parts) > 1 and (_TITLE_WORDS.match(parts[0]) and parts[-1].lower() not in ORG_HEADS
                              or parts[0].lower() in ROLE_WORDS or parts[0].islower()
                              or not any(ch.isalpha() for ch in parts[0])):
        parts.pop(0)
    return " ".join(parts).strip(" ,.")


def _label_name(label: str) -> str:
    """The name a transcript's label in capitals gives, capitalised, without the owner before a name of
    two words or more ("ABC NEWS' JONATHAN KARL:" is Jonathan Karl; "COHEN'S LAWYER:" keeps its owner)."""
    words = label.title().split()
    owner = max((i for i, word in enumerate(words[:-1]) if word.endswith(("'", "’", "'S", "’S"))), default=-1)
    return _clean_name(" ".join(words[owner + 1 :] if len(words) - owner > 2 else words))
