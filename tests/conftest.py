"""Shared fixtures. Integration tests get a real Kafka broker, or fail saying why."""
from __future__ import annotations

import os
import shutil

import pytest


def _docker_engine_answers() -> bool:
    if not shutil.which("docker") and not os.environ.get("DOCKER_HOST"):
        return False
    try:
        import docker

        docker.from_env(timeout=3).ping()
        return True
    except Exception:
        return False


@pytest.fixture(scope="session")
def kafka_bootstrap() -> str:
    """A bootstrap address of a real Apache Kafka broker.

    KAFKA_BOOTSTRAP_SERVERS if set; else a testcontainers Kafka if a Docker engine
    answers; else the project's own local KRaft broker (`monitor kafka up`).
    Never skips: no broker is a test failure with the reason.
    """
    if env := os.environ.get("KAFKA_BOOTSTRAP_SERVERS"):
        from monitor.broker import is_ready

        if not is_ready(env, timeout=15):
            pytest.fail(f"KAFKA_BOOTSTRAP_SERVERS={env} is set but no Kafka broker answers there")
        yield env
        return
    if _docker_engine_answers():
        from testcontainers.kafka import KafkaContainer

        with KafkaContainer("apache/kafka:4.0.1").with_kraft() as container:
            yield container.get_bootstrap_server()
        return
    from monitor import broker

    try:
        info = broker.up()
    except broker.BrokerError as exc:
        pytest.fail(f"no Kafka broker for integration tests: {exc}")
    yield info.bootstrap
