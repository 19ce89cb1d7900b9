"""Cue verbs: the words that introduce what somebody said, wrote, thought or claimed.

``SPEECH`` verbs introduce direct quotes ("…," she said) and are always cues.
The wider set of reporting verbs ("X believes/warned/denied …", PolNeAR's broad
notion of attribution) is learned from PolNeAR train by
``training/attribution.py`` and shipped in ``data/quotes/meta.json`` (see model.py).
"""

from __future__ import annotations

SPEECH = frozenset(
    """say tell add ask write explain note tweet reply respond answer insist
    continue argue claim declare state remark recall warn announce acknowledge
    admit concede confirm deny report suggest testify complain joke quip shout
    yell scream whisper mutter exclaim predict promise vow pledge reiterate
    repeat stress emphasise emphasize observe point caution counter lament boast
    urge demand contend assert maintain allege post recount describe blurt""".split()
)

# Verbs that tell how something was said, or where it was written, and are cues only beside a quotation
# ("“Well, I did,” Trump retorted", "“…,” she gushed", "“…,” Cortese captioned a photo"): "laughed" or
# "smiled" alone reports no words. Too rare in PolNeAR train to be learned; in 5,032 tune-site articles they
# close 148 articles' quotations ("captioned" 90 times, "gushed" 18, "fumed" 4, "retorted" 3).
MANNER_OF_SPEAKING = frozenset(
    """retort snap gush marvel chuckle sigh smile grin sneer snort huff growl bark hiss bellow thunder roar
    sob murmur groan moan grumble gripe fume rage rant vent caption text message chime venture confide beg
    implore instruct rave tease stammer stutter drawl gasp""".split()
)

# Verbs whose direct object is the listener, not the content ("told reporters that …").
LISTENER_OBJECT = frozenset("tell ask inform notify assure reassure remind warn advise urge persuade convince".split())

# What kind of attribution a cue makes (``cue_type``): words said or written ("speech"), a state of mind
# ("thought": believes, wants, expects, decided) or what evidence shows ("finding": found, showed, data
# indicate). Only speech counts as a quote: quote counts, orphan and anonymous-source flags, highlights.
SPEECH_ACTS = frozenset(
    """call accuse criticize criticise praise blast slam attack condemn denounce decry dismiss reject
    question mention cite talk speak discuss propose offer defend thank applaud congratulate blame
    charge mock deride lambast rail tout hail quote reference retweete retweet email comment echo
    recite chant voice express declare threaten order request plead apologize
    interject proclaim rebuke rebut counter spar brag chide scoff lecture preach label dub name
    issue release publish share read reveal disclose liken compare invoke characterize portray""".split()
)
THOUGHT = frozenset(
    """believe think want hope hop expect decide feel fear know worry doubt wish intend plan consider
    assume suspect guess imagine wonder understand realize realise remember forget prefer like love
    hate seek try aim seem appear view regard see agree disagree support oppose endorse back favor
    favour trust anticipate envision foresee mull contemplate regret enjoy care""".split()
)
FINDING = frozenset(
    """find show indicate demonstrate conclude estimate project prove document calculate
    forecast discover measure detect rank""".split()
)
# Cues that a thing can make as well as a person: with a thing for subject, an inference or a figure
# ("The far-off date suggests officials view it as a placeholder", "the outbreak threatened to weigh on
# activity"; tune-site readings, fifteenth round). Not "point": "Scientists … pointing out …" is
# speech, and the parser leaves scientists and journalists unresolved.
INFERENCES = frozenset("suggest threaten signal".split())
SPEECH_NOT_INFERENCE = SPEECH - INFERENCES  # "This says …" may be a document's words; "This suggests …" is not
# Cues that report words only when a clause follows ("revealed that …", "declared that …"); with a thing
# for their object they are deeds ("ICE released hundreds of those arrested", "issued the first
# authorization", "ordered a boost in forces", "continues his adulation of Putin").
# "offered an apology", "offering a lower premium" too (a tune-site reading, thirteenth round);
# "announced his retirement", "announcing the articles of impeachment" (five in the readings to the
# fifteenth), "Retail posted the largest declines" ("posted on Twitter that …" is speech). Not "report":
# readers took "Indian health officials have reported 1,200 cases" and "Pasadena reported two deaths" for
# words, "South Korea reported its first case" and "taxpayers reporting income" not; nor "concede":
# "conceded the race" is a deed, "conceded the point" and "conceded the mistake" are words (seventeenth round).
DEEDS = frozenset(
    """issue release publish share order reject declare reveal disclose request continue sign impose name appoint offer
    announce post""".split()
)
# Reactions whose gerund object is what somebody told of doing (``reports_words``).
TELLING = frozenset({"mention"})
# Reactions to a thing report no words either: "slammed Trump's recent comments", "condemned the missile
# strikes", "praised the ruling", "discussed the merger" (a tune-site reading's commonest false quotes
# after the twelfth round); a clause in the object or a characterisation keeps them speech ("criticized
# the plan as reckless"). A denial always says something ("denied the allegations").
REACTIONS = frozenset(
    """criticize criticise praise slam blast condemn denounce decry discuss mention attack hail applaud
    thank congratulate tout mock lambast rebuke reference echo""".split()
)
# Pleas in court are legal acts, not words reported: "pleaded guilty", "pleading no contest".
PLEAS = frozenset("guilty innocent contest".split())
# Modal verbs that make a cue a possibility, not words said: "Team Trump could ask the judge to …",
# "critics might suggest …"; not where they report ("police could confirm", "could only say that …").
HYPOTHETICAL = frozenset("could might may should must".split())
REPORTING_WITH_MODAL = frozenset("confirm reveal report say".split())
# Passives whose subject heard or spoke the words, never hearsay ("were told that …", "were promised that
# …", "was quoted as saying").
HEARD = LISTENER_OBJECT | frozenset({"quote", "promise"})
# Words that make a cue a condition or a forecast, not words said: "If a person reports any symptom …",
# "Other candidates are likely to announce …"; and the writer's own asides: "it's worth noting that …"
# (a tune-site reading's false quotes, fifteenth round).
CONDITIONS = frozenset("if unless".split())
FORECASTS = frozenset("likely unlikely".split())
ASIDES = frozenset("worth".split())
# Subjects of "is to …" that make it a means or an aim, not words said ("The way to do that is to call it
# torture"); "Her response was to say …" and "The Times was first to report …" stay speech.
MEANS = frozenset("way goal aim idea plan point purpose key trick solution task".split())
# Subjects that are a share of the people polled: "76% of Democrats say", "Some 27 percent said they
# approve", "two-thirds of voters said", "a majority of Americans say" (the same reading). A share is a
# poll's finding, not a speaker; "the majority wrote" (a court's) has no "of" and stays speech.
SHARES = frozenset("% percent percentage majority plurality minority half third quarter fifth".split())
POLLED = frozenset("respondent those voter adult american".split())
# Common nouns for things that can suggest, threaten or signal (thing_like), and bodies of people that
# end like them.
ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ing", "ism", "ure")
THINGS = frozenset(
    """date case fact detail trend rumour rumor phrase gain loss increase decline rise fall drop move sign
    pattern shift surge spike outbreak virus storm weather number price rate figure level timing
    event incident accident percent content element segment component""".split()
)
PEOPLE_WORDS = frozenset("opposition prosecution delegation population generation nation congregation".split())
# Cues with a particle that make deeds whatever follows ("called off a planned airstrike", "called up
# reservists", "called in the National Guard").
PHRASAL_DEEDS = frozenset({("call", "off"), ("call", "up"), ("call", "in")})
# Verbs whose object after "with" or "to" is whom somebody spoke with ("spoke with health workers"), not
# what was said ("spoke out about the death of …" stays speech).
CONVERSATIONS = frozenset("speak talk meet".split())
# Quotation marks, straight and curly (an apostrophe is one only where it is no possessive's).
QUOTE_CHARS = frozenset('"“”‘’«»')
# Words that open a phrase naming nobody: no source, named or not ("No official would say", "Not even a
# federal judge could blame him"), and no words said ("Neither the company nor its lawyers responded").
NEGATIVE_OPENERS = frozenset("no not neither none nobody".split())
# A quotation that ends before a speaker's phrase closes after one of these marks and holds this many words
# or more ("“Not surprised but very disappointed,” Brafman, said" has five); fewer are a scare quote's, as the
# second review's probes of the thirty-second round showed ("No “moderate,” or “centrist” Republican").
QUOTATION_END = frozenset(",.?!")
QUOTATION_WORDS = 3
# Verbs that tell somebody did not speak: "declined to comment", "refused to name them", "declined to say what …".
REFUSALS = frozenset("decline refuse fail".split())
# Pronouns for a thing or a thought, never for somebody who speaks (``_nobodys_pronoun``); a demonstrative
# may stand for a document that speaks ("The plan was published on Monday. This says …").
DEMONSTRATIVES = frozenset("this that".split())
THING_PRONOUNS = DEMONSTRATIVES | frozenset("everything something anything".split())
# Words that make a "figure" a person ("a senior Labour figure"); "official figures" are numbers.
PUBLIC_LIFE = frozenset("political senior prominent public religious opposition establishment leading party".split())
# Subjects that are evidence, not people: "the study suggests", "data show", "polls found".
EVIDENCE_NOUNS = frozenset(
    """study studies data survey surveys poll polls report reports research analysis analyses figure
    figures statistic statistics number numbers evidence result results finding findings census record
    records document documents review test tests experiment trial trials model models estimate
    estimates audit paper database databases dataset datasets tracking tally tallies count counts autopsy
    autopsies""".split()
)


def reports_words(verb, content) -> bool:
    """Whether the cue ``verb`` (a spaCy token), with ``content`` (a spaCy span; None for none), reports
    words somebody said or wrote. Not a refusal or a denial that anything was said ("declined to say
    what he paid", "didn't respond to requests for comment", "won't say which party", "has yet to
    say", "neither … nor … responded"), a question put by nobody named ("Asked about the budget,
    Smith said …", "Biden was asked whether …"), a possibility ("could ask", ``HYPOTHETICAL``), a
    deed or a reaction to a thing (``DEEDS``, ``REACTIONS``, ``PHRASAL_DEEDS``), an idiom ("to say the
    least", "time will tell"), "boast" with an object (having it), a plea in court (``PLEAS``) or whom
    somebody spoke with (``CONVERSATIONS``)."""
    lemma = verb.lemma_.lower()
    if lemma in REFUSALS or any(c.dep_ == "neg" for c in verb.children):
        return False
    if any(c.dep_ == "prt" and (lemma, c.lower_) in PHRASAL_DEEDS for c in verb.children):
        return False  # "called off the strike"
    if lemma == "plead" and any(c.lower_ in PLEAS and c.pos_ in ("ADJ", "NOUN", "ADV") for c in verb.children):
        return False  # "pleaded guilty", "pleading no contest"; not "pleaded with Pence to contest …"
    if lemma not in REPORTING_WITH_MODAL and any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL for c in verb.children):
        return False  # "could ask the judge": nothing said yet
    if clause_marks(verb) & CONDITIONS:
        return False  # "If a person reports any symptom"
    if verb.dep_ == "xcomp" and (verb.head.lower_ in FORECASTS | ASIDES or _means(verb.head)):
        return False  # "are likely to announce", "it's worth noting that", "The way to do that is to call it …"
    if verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and any(
        c.dep_ == "csubj" and any(a.lower_ == "to" for a in c.children) or c.dep_ == "nsubj" and c.lower_ in DEMONSTRATIVES
        for c in verb.head.children
    ):
        return False  # "To proclaim the job impossible is to say that …", "That isn't to say …": the writer's argument
    if lemma == "point" and any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children):
        return False  # "He pointed at the fire trucks": a gesture
    if lemma == "tell" and any(c.dep_ == "nsubj" and c.lower_ == "time" for c in verb.children):
        return False  # "Only time will tell"
    if lemma == "boast" and any(c.dep_ == "dobj" for c in verb.children):
        return False  # having: "the union, which boasts a membership of 300,000"; not "boasted of …"
    if _writer_would(verb):
        return False  # "I would note that …", "I would suggest …": the writer's own argument
    if _hearsay(verb) and not quotes_words(content):
        return False  # "is said to improve …", "it has been reported that …": nobody's words
    if verb.dep_ == "xcomp" and (verb.head.lemma_.lower() in REFUSALS or any(c.lower_ == "yet" for c in verb.head.children)):
        return False  # "declined to say", "has yet to say how many"
    if any(c.dep_ in ("nsubj", "nsubjpass") and names_nobody(c) for c in verb.children):
        return False  # "Neither the company nor its lawyers responded to requests for comment"
    if lemma == "ask" and verb.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "agent") for c in verb.children):
        return False  # "Asked how far …, McCain said", "Biden was asked whether …": a question put by nobody named
    if content is None or not len(content):
        return True
    if lemma in CONVERSATIONS:
        heads = [t.head for t in content if t.head not in content]
        return not any(h.dep_ == "prep" and h.lower_ in ("with", "to") and h.head == verb for h in heads)
    if lemma == "say" and content.text.lower().startswith(("the least", "nothing of")):
        return False  # "controversial, to say the least", "to say nothing of the risks"
    if lemma == "say" and verb.i + 1 < len(verb.doc) and verb.nbor(1).text == "," and any(
        c.lower_ in DEMONSTRATIVES and c.i == verb.sent.start for c in verb.children
    ):
        return False  # "That said, the company expects …", "This being said, …": the writer's turn
    # A gerund after a reaction names a topic ("to discuss sharing data", "slammed cutting funds"), not what
    # somebody "mentioned" doing ("mentioned wanting to run"); after a deed it may be words ("announced
    # stepping down").
    clause = content.root.pos_ in ("VERB", "AUX") and (lemma not in REACTIONS or lemma in TELLING or not _gerund(content.root))
    if lemma not in DEEDS | REACTIONS or clause or content[0].lower_ == "that" and content[0].dep_ == "mark":
        return True
    if lemma in REACTIONS and any(t.lower_ == "as" and t.dep_ == "prep" and t.head in (verb, content.root) for t in content):
        return True  # "criticized the plan as reckless": what they called it
    # Words in the object: "rejected claims that he had colluded", "declared the election “a fraud”".
    return quotes_words(content) or any(c.dep_ in ("acl", "ccomp") and that_clause(c) for c in content.root.children)


def quotes_words(content) -> bool:
    """Whether ``content`` (a spaCy span, or None) holds a quotation mark ("drivers’ licenses" has none)."""
    return content is not None and any(t.text in QUOTE_CHARS and t.dep_ != "case" for t in content)


def _writer_would(verb) -> bool:
    """Whether ``verb`` is the writer's own "I would …" or "we would …" (outside quotation marks, which
    the rules leave to the speaker)."""
    return any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children) and any(
        c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children
    )


def _gerund(tok) -> bool:
    """Whether ``tok`` heads a gerund with no subject of its own, a noun phrase for a deed or a topic
    ("announced cutting 500 jobs", "summoned executives to discuss sharing data")."""
    return tok.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in tok.children)


def _means(verb) -> bool:
    """Whether ``verb`` is "is"/"was" with a ``MEANS`` subject ("The way to do that is …")."""
    return verb.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lemma_.lower() in MEANS for c in verb.children)


def _hearsay(verb) -> bool:
    """Whether ``verb`` is a passive that names nobody ("is said to", "has been suggested", "are widely
    reported to"): not one whose subject was spoken to ("were told that …", "were promised that …") or
    quoted ("was quoted as saying"). Quoted words keep it speech ("It was pointed out that … “banning things doesn't work”")."""
    return (
        verb.lemma_.lower() not in HEARD
        and any(c.dep_ == "auxpass" for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def _evidence(head) -> bool:
    """Whether ``head`` is an ``EVIDENCE_NOUNS`` word ("data", whose lemma the tagger gives as "datum"),
    alone or ending a name ("the American Community Survey", "the Mueller Report"); not one that opens a
    name ("Data for Progress", a polling firm) nor a word of a person's name the tagger tags."""
    if head.ent_type_ == "PERSON" or head.ent_iob_ in ("B", "I") and head.i + 1 < len(head.doc) and head.doc[head.i + 1].ent_iob_ == "I":
        return False
    if head.lemma_.lower() == "figure" and any(c.dep_ in ("amod", "compound") and c.lower_ in PUBLIC_LIFE for c in head.children):
        return False  # "Key political figures said", "A senior Labour figure said": people
    return head.lemma_.lower() in EVIDENCE_NOUNS or head.lower_ in EVIDENCE_NOUNS


def _nobodys_pronoun(head, lemma: str) -> bool:
    """Whether ``head``, the source of a cue ``lemma``, is a pronoun that stands for no speaker: "this would
    suggest", "Everything about it says pop star"; not "This says …" (a document), "it" (often an
    organisation) nor a relative "that"."""
    if head.tag_ == "WDT" or head.lower_ in DEMONSTRATIVES and lemma in SPEECH_NOT_INFERENCE:
        return False
    return head.lower_ in THING_PRONOUNS


def polled(subject) -> bool:
    """Whether the phrase headed by ``subject`` is a share of people polled (``SHARES``): "76% of
    Democrats", "27 percent", "a majority of voters", "half of those surveyed"; not a share of a body
    or of people counted ("a majority of the court", "half of the ten senators", "a third of the jurors")."""
    lemma = subject.lemma_.lower()
    if lemma in ("%", "percent", "percentage"):
        return True
    if lemma not in SHARES:
        return False
    people = [o for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return any(
        o.lemma_.lower() in POLLED or (o.pos_ != "PRON" and not any(c.dep_ in ("det", "poss", "nummod") for c in o.children))
        for o in people
    )


def thing_like(noun) -> bool:
    """Whether a common noun names a thing, not people: an abstract noun's ending ("speculation",
    "pronouncements", "reporting", "evidence", "majority") or a word for a thing that can suggest
    ("date", "rumour", "trend"), and no word for a body of people ("the opposition", "the
    prosecution"). People nouns are an open class, so a thing must show itself: a thing's inference
    is missed rather than a person's words."""
    lemma = noun.lemma_.lower()
    return lemma not in PEOPLE_WORDS and (lemma.endswith(ABSTRACT_ENDINGS) or lemma in THINGS)


# Adverbs that make "put it" a deed ("put it back together", "just as the bank put it on the market").
PUT_AWAY = frozenset("back together aside away just".split())
# Where somebody's words were said or written ("as she put it in a statement", "on Twitter").
MEDIA = frozenset(
    """statement interview memo letter address speech column tweet post filing report book essay op-ed editorial
    email video podcast twitter facebook blog testimony remark note message briefing conference hearing
    broadcast show article piece expose exposé rally event""".split()
)


def clause_marks(clause) -> set[str]:
    """The conjunctions that open the clause ``clause`` heads ("that", "if", "as", "though", "so")."""
    return {c.lower_ for c in clause.children if c.dep_ == "mark"}


def puts_it(verb) -> bool:
    """"As one analyst put it, …", "…, as a Homeland Security memo put it", "As Mr. Obama put it in his
    farewell address, …": somebody's words, the clause the aside hangs on (PolNeAR marks "put it" the cue
    and that clause the content, 16 times in train and dev). Not a deed ("As the crews put it back
    together", "As soon as the city put it up for a vote", "just as the bank put it on the market", "As
    workers put it in place"), nor "Forbes put his net worth at $45 billion"."""
    if not (
        verb.lemma_.lower() == "put" and verb.dep_ == "advcl" and "as" in clause_marks(verb)
        and any(c.dep_ == "dobj" and c.lower_ == "it" and c.i > verb.i for c in verb.children)
    ):
        return False
    if verb.head.lower_ in ("soon", "long") or any(c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ in PUT_AWAY for c in verb.children):
        return False
    # Only a listener ("put it to reporters"), a time ("after the vote", "on Monday") or where the words were
    # ("in a statement", "on Twitter", "at a news conference").
    return all(
        c.lower_ in ("after", "before", "during")
        or c.lower_ == "to" and any(o.pos_ in ("PRON", "PROPN") or o.tag_ == "NNS" for o in c.children)  # not "to a vote"
        or c.lower_ in ("in", "on", "at") and any(o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in MEDIA for o in c.children)
        for c in verb.children if c.dep_ == "prep"
    )


def goes_on_doing(verb) -> bool:
    """"Airlines continue to cut flights", "continued working": going on doing something after the verb, no
    speech ("“Let’s just boil it down …,” he continued", a quotation the parser hangs on it, is)."""
    return verb.lemma_.lower() == "continue" and any(c.dep_ == "xcomp" and c.i > verb.i for c in verb.children)


def cue_lemma(verb) -> str:
    """The lemma ``cue_type`` reads for the cue ``verb``: its own, "put it" for "as … put it"."""
    return "put it" if puts_it(verb) else verb.lemma_.lower()


def that_clause(clause) -> bool:
    """Whether "that" marks the clause headed by ``clause`` ("said that …", "claims that he had colluded")."""
    return "that" in clause_marks(clause)


def names_nobody(subject) -> bool:
    """Whether the phrase headed by ``subject`` opens with "no", "neither", "nobody" … (past adverbs:
    "practically no serious analyst"), unless the tagger reads a name there. Words a quotation ends
    before it are no part of it ("“Not surprised …,” Brafman, said": the parser hangs them on the name);
    a quotation of a few words ends after the punctuation that closes what was said, a scare quote ("No
    “moderate,” “centrist” or “independent” voter") or an apostrophe ("No teachers' union") does not."""
    phrase = list(subject.subtree)
    ends = [
        k for k, t in enumerate(phrase)
        if t.is_quote and 0 < k and t.i < subject.i and phrase[k - 1].text in QUOTATION_END and _quoted_words_before(phrase, k) >= QUOTATION_WORDS
    ]
    phrase = phrase[ends[-1] + 1 :] if ends else phrase
    opener = next((t for t in phrase if t.pos_ != "ADV"), phrase[0])
    return opener.lower_ in NEGATIVE_OPENERS and opener.pos_ != "PROPN" and not opener.ent_type_


def _quoted_words_before(tokens, closing: int) -> int:
    """The words between the quote mark at ``closing`` and the mark before it (or the start)."""
    opening = max((k for k in range(closing) if tokens[k].is_quote), default=-1)
    return sum(t.is_alpha for t in tokens[opening + 1 : closing])


def cue_type(lemma: str, direct: bool, source_head, unheld: bool = False, words: bool = True, source_kind: str | None = None) -> str:
    """"speech", "thought" or "finding" for a cue ``lemma`` (``cue_lemma``: "accord" for "according to", "per" for a
    sourcing "per", "put it" for "as … put it"),
    a direct quote or not, and the source's head word (a spaCy token, or None). ``unheld``: a passive that names
    nobody ("X is expected to …", "X was accused of …"): what is thought or alleged about X, nobody's
    words, so never a quote. ``words``: whether the cue reports words at all (``reports_words``); a
    refusal or a deed is typed with the stances, never a quote. ``source_kind``: the speaker's kind as
    resolved (speakers.py); a thing that suggests ("The far-off date suggests …", "his campaign
    rumours suggested …": a common noun that names a thing, ``thing_like``, and is nobody's: "Schiff's
    comments suggested" are his words)
    is a finding. Without it (benchmarks/polnear.py types annotated attributions with no resolution),
    the rule is off."""
    if unheld:
        return "finding" if lemma in FINDING else "thought"  # quote marks or not ("was accused of “…”")
    if direct:
        return "speech"  # a quote mark: somebody's words
    if source_head is not None and (_evidence(source_head) or polled(source_head) or _nobodys_pronoun(source_head, lemma)):
        return "finding"
    if lemma in FINDING or (
        lemma in INFERENCES and source_kind == "unknown" and source_head is not None and source_head.pos_ == "NOUN"
        and thing_like(source_head) and not any(c.dep_ == "poss" for c in source_head.children)  # "Schiff's comments"
    ):
        return "finding"
    if not words:
        return "thought"
    if not any(ch.isalpha() for ch in lemma):
        return "speech"  # a speaker label's colon or a quote's byline dash
    if lemma in THOUGHT:
        return "thought"
    if lemma in SPEECH or lemma in SPEECH_ACTS or lemma in ("accord", "per", "put it"):
        return "speech"
    return "thought"  # stances and deeds PolNeAR counts ("hedge funds back Clinton"): nobody said them
