"""Run-time settings, read from the environment once, in one place.

| variable                         | default                          | meaning                                   |
|----------------------------------|----------------------------------|-------------------------------------------|
| KAFKA_BOOTSTRAP_SERVERS          | the local broker (`monitor kafka up`) | comma-separated host:port list        |
| MONITOR_NAMESPACE                | monitor                          | prefix of every topic and the Faust app id |
| MONITOR_DATA_DIR                 | ./var                            | worker state (RocksDB tables)             |
| MONITOR_WEB_PORT                 | 6066                             | worker HTTP port (facts, alerts, metrics) |
| MONITOR_WEB_HOST                 | 127.0.0.1                        | worker HTTP bind address                  |
| MONITOR_API_TOKEN                | (unset: management API disabled) | bearer token for the management API       |
| MONITOR_ALLOW_PRIVATE_NETWORKS   | (empty)                          | CIDRs exempt from the SSRF guard          |
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


class ConfigError(RuntimeError):
    """A setting is missing or malformed."""


def _local_bootstrap() -> str:
    from monitor import broker

    info = broker.running()
    if info is None:
        raise ConfigError(
            "no Kafka broker configured: KAFKA_BOOTSTRAP_SERVERS is not set and the local broker "
            "is not running. Start it with `monitor kafka up`, or point KAFKA_BOOTSTRAP_SERVERS "
            "at an existing cluster."
        )
    return info.bootstrap


@dataclass(frozen=True)
class Settings:
    namespace: str = field(default_factory=lambda: os.environ.get("MONITOR_NAMESPACE", "monitor"))
    data_dir: Path = field(default_factory=lambda: Path(os.environ.get("MONITOR_DATA_DIR", "var")))
    web_host: str = field(default_factory=lambda: os.environ.get("MONITOR_WEB_HOST", "127.0.0.1"))
    web_port: int = field(default_factory=lambda: int(os.environ.get("MONITOR_WEB_PORT", "6066")))
    api_token: str | None = field(default_factory=lambda: os.environ.get("MONITOR_API_TOKEN") or None)

    @property
    def bootstrap(self) -> str:
        return os.environ.get("KAFKA_BOOTSTRAP_SERVERS") or _local_bootstrap()

    @property
    def faust_broker_url(self) -> str:
        # Faust separates several bootstrap servers with ';'.
        return "kafka://" + ";".join(s.strip() for s in self.bootstrap.split(",") if s.strip())


def settings() -> Settings:
    return Settings()
