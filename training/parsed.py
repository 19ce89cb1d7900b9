"""Real articles read and parsed as ``analyze()`` reads them, cached: training parses each corpus once.

    for record, text in parsed("outlets", records):   # text: a newsprobe.text.ArticleText

Records (dicts with id, title, text, …) go through the reader (``from_record``: normalising,
language check), the residue finder and the spaCy pipeline. The parses are kept as a spaCy
``DocBin`` in $NEWSPROBE_CACHE (default /tmp/newsprobe-cache) under the corpus name and a hash of
the pipeline's components and the record ids, so a second run reads them back in seconds. Records the
reader refuses are skipped.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from newsprobe.errors import InputError  # noqa: E402
from newsprobe.nlp import RANKS, get_nlp  # noqa: E402
from newsprobe.pipeline import prose_of  # noqa: E402
from newsprobe.readers import from_record  # noqa: E402
from newsprobe.text import ArticleText  # noqa: E402

CACHE = Path(os.environ.get("NEWSPROBE_CACHE", "/tmp/newsprobe-cache"))
PROCESSES = 2


def parsed(name: str, records: Iterable[dict]) -> Iterator[tuple[dict, ArticleText]]:
    from spacy.tokens import DocBin

    nlp = get_nlp()
    kept = []
    for record in records:
        try:
            article = from_record({"title": record.get("title"), "text": record["text"], "id": record["id"]}, input_name=record["id"])
        except InputError:
            continue
        kept.append((record, article))
    # The pipeline's components and newsprobe's tokenizer cases are part of the key: a parse made before a
    # component or a case was added is stale.
    signature = [nlp.meta["name"], nlp.meta["version"], *nlp.pipe_names, *sorted(RANKS)]
    key = hashlib.sha1("\n".join([*signature, *(r["id"] for r, _ in kept)]).encode()).hexdigest()[:12]
    path = CACHE / f"{name}-{key}.spacy"
    proses = [prose_of(article)[1] for _, article in kept]
    if path.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    else:
        print(f"parsing {len(kept)} {name} articles (cached in {path})", file=sys.stderr, flush=True)
        docs = list(nlp.pipe(proses, batch_size=8, n_process=PROCESSES))
        CACHE.mkdir(parents=True, exist_ok=True)
        DocBin(docs=docs).to_disk(path)
    for (record, article), prose, doc in zip(kept, proses, docs, strict=True):
        yield record, ArticleText(body=article.body, prose=prose, doc=doc, title=article.title)
