import pytest

from newsprobe.residue import find_residue, prose_without


@pytest.mark.parametrize(
    ("paragraph", "kind"),
    [
        ("Nicholas Kamm Getty Images", "photo-credit"),
        ("(AP Photo/Evan Vucci)", "photo-credit"),
        ("(Theo Wargo/Hand in Hand/Getty Images)", "photo-credit"),
        ("Photo: Reuters", "photo-credit"),
        ("Photograph by Jane Smith for The Guardian", "photo-credit"),
        ("Image caption Protesters gathered outside the embassy", "caption"),
        ("Read more: How the talks collapsed", "read-more"),
        ("READ MORE: Five things to know", "read-more"),
        ("Related: Syria's long war", "read-more"),
        ("Read: Our democracy will survive this pandemic", "read-more"),
        ("Advertisement", "boilerplate"),
        ("Sign up for our daily newsletter", "boilerplate"),
        ("Michael Cohen leaves the court in New York City, U.S. August 21, 2018. REUTERS/Mike Segar", "caption"),
        ("Follow Warner Todd Huston on Twitter @warnerthuston, or email the author at igcolonel@hotmail.com.", "boilerplate"),
    ],
)
def test_residue_paragraphs(paragraph, kind):
    body = f"The minister said the talks would resume next week.\n\n{paragraph}\n\nThe talks resumed."
    (found,) = find_residue(body)
    assert found.kind == kind
    assert body[found.span[0] : found.span[1]] == paragraph == found.text


@pytest.mark.parametrize(
    ("body", "credit"),
    [
        ("Kerry said the talks would go on. Nicholas Kamm Getty Images", "Nicholas Kamm Getty Images"),
        # A caption's credit naming the event between photographer and agency: no speaker for a later "he said".
        ("Stevie Wonder was among the performers. (Kevin Mazur/Hand in Hand/Getty Images)", "(Kevin Mazur/Hand in Hand/Getty Images)"),
        ("A worker at home. Photograph: Hero Images/Getty Images", "Photograph: Hero Images/Getty Images"),
        # A wire credit, agency first, after a quote: the credit alone (the caption pattern needs a date).
        ("“We will not back down,” Trump told reporters on Tuesday. REUTERS/Kevin Lamarque", "REUTERS/Kevin Lamarque"),
    ],
)
def test_credit_glued_to_last_sentence(body, credit):
    (found,) = find_residue(body)
    assert found.text == credit
    assert body[found.span[0] : found.span[1]] == found.text


@pytest.mark.parametrize(
    "body",
    [
        "The figures come from a poll by Ipsos/Reuters.",
        "He left the agency in May. Before that, he worked at EPA/AP",
        "The deal passed. Shares rose 3/4 of a point on the news from Reuters",
    ],
)
def test_prose_with_slashes_is_not_a_credit(body):
    assert find_residue(body) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Reuters reported on Monday that the deal had collapsed after weeks of talks.",
        "Read the full ruling and you will see why the judges disagreed.",
        "Photographers gathered outside the court as the verdict was read.",
        "Follow the money, the senator said on Twitter, and you will find the answer.",
        "Follow-up reports on Twitter suggested the president had been briefed on the attack days earlier.",
        "Follow the money on Facebook, critics say, and you will find Russian trolls.",
        "The Associated Press contributed reporting.",  # a credit line, but prose-like: kept
        "Copyright law was at the heart of the dispute, which lasted for more than a decade and "
        "cost the company millions in legal fees, according to people familiar with the case. " * 3,
    ],
)
def test_prose_is_not_residue(paragraph):
    assert find_residue(f"First paragraph here.\n\n{paragraph}") == []


def test_prose_keeps_offsets():
    body = "He spoke.\n\nPhoto: Reuters\n\nShe replied."
    residue = find_residue(body)
    prose = prose_without(body, residue)
    assert len(prose) == len(body)
    assert "Reuters" not in prose
    assert prose.index("She replied.") == body.index("She replied.")


def test_page_furniture_from_real_news_is_residue():
    body = (
        "The committee met on Monday.\n\n"
        "FILE PHOTO: The company's headquarters are seen after they announced the deal\n\n"
        "'Desperate to find a way out': the talks behind closed doors Read more\n\n"
        "By signing up I agree to the Terms of Use and acknowledge the Privacy Policy.\n\n"
        "Story highlights\n\n"
        "The committee will meet again next week."
    )
    kinds = [r.kind for r in find_residue(body)]
    assert kinds == ["caption", "read-more", "boilerplate", "boilerplate"]
