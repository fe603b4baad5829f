import pytest

from monitor import broker


def test_missing_java_or_maven_names_the_alternatives(monkeypatch):
    monkeypatch.setattr(broker.shutil, "which", lambda name: None if name == "java" else "/usr/bin/mvn")
    with pytest.raises(broker.BrokerError) as exc:
        broker.up()
    text = str(exc.value)
    assert "java not found" in text
    assert "KAFKA_BOOTSTRAP_SERVERS" in text and "deploy/docker-compose.yml" in text


def test_state_directory_is_per_user_and_overridable(monkeypatch, tmp_path):
    monkeypatch.delenv("MONITOR_KAFKA_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert broker.home() == tmp_path / "xdg" / "monitor" / "kafka"
    monkeypatch.setenv("MONITOR_KAFKA_HOME", str(tmp_path / "k"))
    assert broker.home() == tmp_path / "k"


def test_server_properties_is_a_combined_kraft_node_on_loopback(tmp_path):
    props = broker._server_properties(9092, 9093, tmp_path)
    assert "process.roles=broker,controller" in props
    assert "controller.quorum.voters=1@127.0.0.1:9093" in props
    assert "advertised.listeners=PLAINTEXT://127.0.0.1:9092" in props
    assert f"log.dirs={tmp_path}" in props
    assert "auto.create.topics.enable=false" in props  # topics come from monitor/topics.py only


def test_cluster_ids_never_start_with_a_dash():
    assert all(not broker._cluster_id().startswith("-") for _ in range(200))


def test_no_state_means_not_running(monkeypatch, tmp_path):
    monkeypatch.setenv("MONITOR_KAFKA_HOME", str(tmp_path))
    assert broker.running() is None
    (tmp_path / "broker.json").write_text('{"port": 1, "controller_port": 2}')  # after `down`
    assert broker.running() is None
