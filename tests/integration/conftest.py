from __future__ import annotations

import pytest

from tests.integration.streaming import Worker

pytestmark = pytest.mark.integration


@pytest.fixture
def worker(kafka_bootstrap, tmp_path):
    """A fresh worker in its own namespace; stopped after the test, its log printed on failure."""
    w = Worker(kafka_bootstrap, tmp_path).start()
    yield w
    w.stop()
