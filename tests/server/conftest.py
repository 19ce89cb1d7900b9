import pytest
from fastapi.testclient import TestClient

from newsprobe.server import Settings, create_app


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    store = tmp_path_factory.mktemp("store") / "reports.sqlite"
    with TestClient(create_app(Settings(store=store, max_bytes=2 * 1024 * 1024))) as client:
        yield client
