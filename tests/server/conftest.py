from contextlib import ExitStack
from itertools import count

import pytest
from fastapi.testclient import TestClient

from newsprobe.server import Settings, create_app
from newsprobe.server.analysis import AnalysisProcess


@pytest.fixture(scope="session")
def analysis():
    """One analysis process for every app under test: each start loads the models again (seconds)."""
    process = AnalysisProcess()
    process.start()
    process.wait_ready()
    yield process
    process.close()


@pytest.fixture(scope="module")
def client(tmp_path_factory, analysis):
    store = tmp_path_factory.mktemp("store") / "reports.sqlite"
    with TestClient(create_app(Settings(store=store, max_bytes=2 * 1024 * 1024), analysis=analysis)) as client:
        yield client


@pytest.fixture
def make_client(tmp_path, analysis):
    """A client of an app with other settings, sharing the analysis process."""
    numbers = count()
    with ExitStack() as stack:

        def make(**settings) -> TestClient:
            settings.setdefault("store", tmp_path / f"reports-{next(numbers)}.sqlite")
            app = create_app(Settings(**settings), analysis=analysis)
            return stack.enter_context(TestClient(app))

        yield make
