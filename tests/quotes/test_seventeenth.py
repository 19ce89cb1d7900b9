"""False quotes and an unnamed kind of source from earlier tune-site readings (seventeenth round): a thing
or the writer's own argument is no speaker ("according to data compiled by …", "this would suggest", "to
proclaim the job impossible is to say that …"); a topic or a deed is no words ("to discuss sharing data",
"to congratulate the president"); "the group said" is the advocacy group or think tank named before it.
Guards, most from a review of the round: the same verbs with words are still speech, and "the group" is
nobody where another group, or a body that reports on one, may be meant."""

from __future__ import annotations

from .finding import find, quotes_in


def test_a_thing_or_the_writer_is_no_speaker():
    for text, words in (
        ("The virus has killed 3,000 people worldwide, according to data compiled by Johns Hopkins University.",
         "has killed 3,000"),
        ("Data show that the outbreak peaked in March.", "outbreak peaked"),
        ("According to the American Community Survey, 12 percent of residents are poor.", "12 percent"),
        ("This would suggest a fatality rate of 2 percent.", "fatality rate"),
        ("Everything about it says pop star.", "pop star"),
        ("That isn't to say deals were hard to find.", "deals were hard"),
        ("That said, the company expects profits to rise next year.", "expects profits"),
        ("Official figures say unemployment rose in March.", "unemployment rose"),
        ("But to proclaim the job impossible and retire is to say that the only Republicans who can speak out "
         "against Trump are those who have abandoned hope.", "only Republicans"),
    ):
        assert find(quotes_in(text), words).type != "speech", text


def test_a_topic_or_a_deed_is_no_words():
    for text, words in (
        ("The Trump Administration reportedly summoned tech executives to the White House to discuss sharing "
         "data with the government.", "sharing data"),
        ("Trudeau was among the first world leaders to congratulate the U.S. president on his election victory.",
         "election victory"),
        ("Critics slammed cutting funds for schools.", "cutting funds"),
    ):
        assert find(quotes_in(text), words).type != "speech", text


def test_the_same_verbs_with_words_are_speech():
    for text, words in (
        ("The minister conceded the point.", "the point"),
        ("Clinton conceded that she had made mistakes.", "made mistakes"),
        ("Pasadena reported two new deaths on Monday, bringing its total to 68.", "two new deaths"),
        ("The board discussed whether schools should reopen in the fall.", "schools should reopen"),
        ("She mentioned wanting to run for governor someday.", "wanting to run"),
        ("Customers reported sustaining a minor burn.", "minor burn"),
        ("Data for Progress, a progressive polling firm, said the bill was popular.", "bill was popular"),
        ("Key political figures said the deal was dead.", "deal was dead"),
        ("A senior Labour figure said the leader must go.", "leader must go"),
        ("The plan was published on Monday. This says health screening will be targeted.", "health screening"),
        ("What he meant was to say that the plan had failed.", "plan had failed"),
        ("The minister slammed cutting funds for schools as reckless.", "cutting funds"),
        ("The chief executive announced stepping down after 20 years.", "stepping down"),
        ("The group that said the vote was rigged has disbanded.", "vote was rigged"),
    ):
        assert find(quotes_in(text), words).type == "speech", text


def test_the_group_is_the_group_named_before_it():
    text = ("The Tax Policy Center, reviewing a previous draft of his plan, came to a similar conclusion. The top 1 "
            "percent would see an average tax cut of $275,000, the group said.")
    assert find(quotes_in(text), "average tax cut").speaker.resolved == "Tax Policy Center"
    text = ("The Countryside Alliance had its latest legal bid to block the ban thwarted on Wednesday.\n\n"
            "But the group says hunting will continue in some form.")
    assert find(quotes_in(text), "hunting will continue").speaker.resolved == "Countryside Alliance"


def test_the_group_is_nobody_where_another_may_be_meant():
    for text, words in (
        # Another group brought in unnamed, before the one named or after it.
        ("UnitedHealth Group said it would leave most exchanges next year.\n\nJust this week, the trade group for "
         "the Blue Cross Blue Shield plans spelled out its concerns. \"The current risk pool is out of balance,\" "
         "the group wrote.", "risk pool"),
        ("A hacking group known as Fancy Bear targeted the Democratic National Committee. The group said it had "
         "acted alone.", "acted alone"),
        ("The Coast Guard rescued a group of hikers on Sunday. The group said they had run out of water.",
         "run out of water"),
        # Two organisations in play, people as a subject, a body that reports on a group or deals with it, or
        # a person the tagger takes for an organisation.
        ("The Brookings Institution and the Cato Institute both criticized the bill. The group said it was "
         "flawed.", "it was flawed"),
        ("Members of the Proud Boys marched in Portland, a day after the Southern Poverty Law Center warned of "
         "violence. The group said it would return.", "it would return"),
        ("Houthi rebels launched drones at ships. The United Nations Security Council condemned the attack. The "
         "group said it would continue its strikes.", "continue its strikes"),
        ("While some of the freshman members have already introduced bills to cap the number of terms that "
         "lawmakers can serve, Trump directed the group to rally behind a single legislative package.\n\nThe group "
         "said its goal is to put something on the floor by March.", "its goal"),
    ):
        assert find(quotes_in(text), words).speaker.resolved is None, text


def test_a_company_or_group_described_again_is_still_itself():
    text = ("Tesla reported a quarterly loss on Wednesday. The Austin-based company has struggled to ramp up "
            "production. \"We are confident in our plan,\" the company said.")
    assert find(quotes_in(text), "confident in our plan").speaker.resolved == "Tesla"
    text = ("WPP Group reported higher revenue on Tuesday. WPP is the largest advertising group in the world. The "
            "group said clients were spending more.")
    assert find(quotes_in(text), "clients were spending").speaker.resolved == "WPP Group"
