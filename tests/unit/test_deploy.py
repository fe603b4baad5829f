"""deploy/ checked as far as a machine without a Docker engine allows."""
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def test_compose_runs_kraft_kafka_and_a_worker_pointed_at_it():
    compose = yaml.safe_load((ROOT / "deploy/docker-compose.yml").read_text())
    kafka, worker = compose["services"]["kafka"], compose["services"]["worker"]
    assert kafka["image"].startswith("apache/kafka:4.0")
    assert "controller" in kafka["environment"]["KAFKA_PROCESS_ROLES"]
    listener = kafka["environment"]["KAFKA_ADVERTISED_LISTENERS"].split("//")[1]
    assert worker["environment"]["KAFKA_BOOTSTRAP_SERVERS"] == listener
    assert worker["depends_on"]["kafka"]["condition"] == "service_healthy"
    context = (ROOT / "deploy" / worker["build"]["context"]).resolve()
    assert context == ROOT and (context / worker["build"]["dockerfile"]).is_file()


def test_dockerfile_copies_only_paths_that_exist_and_runs_the_worker():
    lines = (ROOT / "deploy/Dockerfile").read_text().splitlines()
    copies = [line.split()[1:-1] for line in lines if line.startswith("COPY")]
    for sources in copies:
        for src in sources:
            assert (ROOT / src).exists(), src
    assert 'ENTRYPOINT ["monitor"]' in lines and 'CMD ["worker"]' in lines
    assert any(line.startswith("USER ") and "root" not in line for line in lines)
