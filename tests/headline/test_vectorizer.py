"""The headline model's TF-IDF vectorizer against its definition, on random documents."""

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprobe.headline.features import Vectorizer

WORDS = ("rates", "bank", "rise", "the", "falls", "vote", "not")
documents = st.lists(st.lists(st.sampled_from(WORDS), max_size=12), min_size=1, max_size=6)


def expected_rows(vectorizer: Vectorizer, docs) -> np.ndarray:
    """Unigram and bigram counts of the non-stop words, (1 + ln count) · idf, each row of unit length."""
    rows = np.zeros((len(docs), len(vectorizer.vocabulary)))
    for r, tokens in enumerate(docs):
        kept = [t for t in tokens if t not in vectorizer.stop]
        terms = kept + [f"{a} {b}" for a, b in zip(kept, kept[1:])]
        for term in set(terms):
            if term in vectorizer.vocabulary:
                column = vectorizer.vocabulary[term]
                rows[r, column] = (1 + math.log(terms.count(term))) * vectorizer.idf[column]
        norm = np.linalg.norm(rows[r])
        rows[r] /= norm or 1
    return rows


@settings(max_examples=60, deadline=None)
@given(training=documents, docs=documents)
def test_transform_gives_sublinear_tf_idf_rows_of_unit_length(training, docs):
    vectorizer = Vectorizer.fit(training, min_df=1, stop=frozenset({"the"}))
    matrix = vectorizer.transform(docs)
    assert matrix.shape == (len(docs), len(vectorizer.vocabulary))
    np.testing.assert_allclose(matrix.toarray(), expected_rows(vectorizer, docs), rtol=1e-5, atol=1e-6)
