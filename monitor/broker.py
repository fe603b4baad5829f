"""A real single-node Apache Kafka broker (KRaft) for development and tests.

The broker is the genuine Apache Kafka server, assembled from Maven Central jars
(`org.apache.kafka:kafka_2.13` plus a log4j2 backend) and run with the local JDK.
Nothing here imitates Kafka; this module only downloads, configures, starts,
probes and stops it.

State lives under one per-user directory, ``$MONITOR_KAFKA_HOME`` or
``${XDG_DATA_HOME:-~/.local/share}/monitor/kafka``::

    libs/               the broker's jars (copied from the Maven cache ~/.m2)
    config/             server.properties and log4j2.properties
    data/               KRaft metadata and topic logs (survive `down`/`up`)
    logs/server.log     the broker's own log
    broker.json         pid and ports of the running broker

Users who already have a cluster point ``KAFKA_BOOTSTRAP_SERVERS`` at it instead;
users with Docker can run ``deploy/docker-compose.yml``.
"""
from __future__ import annotations

import asyncio
import base64
import contextlib
import fcntl
import json
import os
import shutil
import signal
import socket
import subprocess
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

KAFKA_VERSION = "4.0.1"
LOG4J_VERSION = "2.24.3"
# Maven 3.8 ships an old dependency plugin; name a current one explicitly.
DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.6.1"
START_TIMEOUT_S = 90.0
STOP_TIMEOUT_S = 30.0

ALTERNATIVES = (
    "Alternatives: set KAFKA_BOOTSTRAP_SERVERS=host:port to use an existing Kafka cluster, "
    "or run `docker compose -f deploy/docker-compose.yml up` on a machine with Docker."
)


class BrokerError(RuntimeError):
    """The local broker could not be provisioned, started or stopped."""


@dataclass(frozen=True)
class BrokerInfo:
    pid: int
    port: int
    controller_port: int

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"


def home() -> Path:
    if env := os.environ.get("MONITOR_KAFKA_HOME"):
        return Path(env).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "monitor" / "kafka"


# --- provisioning -----------------------------------------------------------------

POM = f"""<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.monitor</groupId>
  <artifactId>kafka-runtime</artifactId>
  <version>1</version>
  <dependencies>
    <dependency><groupId>org.apache.kafka</groupId><artifactId>kafka_2.13</artifactId><version>{KAFKA_VERSION}</version></dependency>
    <dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-slf4j-impl</artifactId><version>{LOG4J_VERSION}</version></dependency>
    <dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-core</artifactId><version>{LOG4J_VERSION}</version></dependency>
  </dependencies>
</project>
"""

LOG4J2 = """status = warn
appender.file.type = File
appender.file.name = file
appender.file.fileName = {log}
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = INFO
rootLogger.appenderRef.file.ref = file
logger.kafka.name = kafka
logger.kafka.level = INFO
logger.state.name = state.change.logger
logger.state.level = WARN
"""


def _require_tools() -> tuple[str, str]:
    java, mvn = shutil.which("java"), shutil.which("mvn")
    missing = [name for name, path in (("java", java), ("mvn", mvn)) if not path]
    if missing:
        raise BrokerError(
            f"cannot start a local Kafka broker: {' and '.join(missing)} not found on PATH "
            f"(needs Java 17+ and Maven). {ALTERNATIVES}"
        )
    return java, mvn  # type: ignore[return-value]


def libs_dir() -> Path:
    return home() / "libs" / KAFKA_VERSION


def ensure_jars() -> Path:
    """Fetch the broker's jars from Maven Central once; later calls are a no-op."""
    _, mvn = _require_tools()
    libs = libs_dir()
    marker = libs / ".complete"
    if marker.exists():
        return libs
    work = home() / "maven"
    work.mkdir(parents=True, exist_ok=True)
    (work / "pom.xml").write_text(POM)
    tmp = libs.with_name(libs.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    cmd = [mvn, "-B", "-q", f"{DEPENDENCY_PLUGIN}:copy-dependencies",
           f"-DoutputDirectory={tmp}", "-DincludeScope=runtime"]
    if repo := os.environ.get("MONITOR_MAVEN_REPO"):  # default: the user's ~/.m2 cache
        cmd.append(f"-Dmaven.repo.local={repo}")
    proc = subprocess.run(cmd, cwd=work, capture_output=True, text=True)
    if proc.returncode != 0:
        raise BrokerError(
            f"Maven could not fetch Apache Kafka {KAFKA_VERSION} jars "
            f"(exit {proc.returncode}):\n{(proc.stdout + proc.stderr)[-2000:]}\n{ALTERNATIVES}"
        )
    shutil.rmtree(libs, ignore_errors=True)
    tmp.rename(libs)
    marker.write_text(KAFKA_VERSION)
    return libs


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _port_free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def _server_properties(port: int, controller_port: int, data: Path) -> str:
    return f"""process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:{controller_port}
listeners=PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{controller_port}
advertised.listeners=PLAINTEXT://127.0.0.1:{port}
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs={data}
num.partitions=1
auto.create.topics.enable=false
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
log.cleaner.dedupe.buffer.size=1048577
"""


def _cluster_id() -> str:
    # 16 random bytes, URL-safe base64 without padding; Kafka's tools reject a leading '-'.
    while True:
        cid = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
        if not cid.startswith("-"):
            return cid


# --- running state ----------------------------------------------------------------

def _state_file() -> Path:
    return home() / "broker.json"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie child still answers kill(0); check /proc where we can.
    stat = Path(f"/proc/{pid}/stat")
    if stat.exists():
        with contextlib.suppress(OSError):
            return stat.read_text().split()[2] != "Z"
    return True


def _read_state() -> dict | None:
    try:
        return json.loads(_state_file().read_text())
    except (OSError, ValueError):
        return None


def running() -> BrokerInfo | None:
    """The broker this directory started, if its process is alive."""
    state = _read_state()
    pid = int((state or {}).get("pid") or 0)
    if pid <= 0 or not _alive(pid):  # kill(0, ...) would address our own process group
        return None
    return BrokerInfo(int(state["pid"]), int(state["port"]), int(state["controller_port"]))


async def _metadata_ok(bootstrap: str, timeout: float = 5.0) -> bool:
    import logging

    from aiokafka.admin import AIOKafkaAdminClient

    # While the broker boots, refused connections are expected, not worth a log line.
    logging.getLogger("aiokafka").setLevel(logging.CRITICAL)

    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=int(timeout * 1000))
    try:
        await asyncio.wait_for(admin.start(), timeout)
        await asyncio.wait_for(admin.list_topics(), timeout)
        return True
    except Exception:  # any failure means "not ready yet"
        return False
    finally:
        with contextlib.suppress(Exception):
            await admin.close()


def is_ready(bootstrap: str, timeout: float = 5.0) -> bool:
    """Readiness is a real client metadata round trip, not an open port."""
    return asyncio.run(_metadata_ok(bootstrap, timeout))


@contextlib.contextmanager
def _lock():
    home().mkdir(parents=True, exist_ok=True)
    with open(home() / ".lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def up(timeout: float = START_TIMEOUT_S) -> BrokerInfo:
    """Start the broker unless this directory's broker already runs; return it."""
    java, _ = _require_tools()
    with _lock():  # two concurrent `up`s must still leave one broker
        if (info := running()) is not None:
            if is_ready(info.bootstrap):
                return info
            _stop_pid(info.pid)
        libs = ensure_jars()
        root = home()
        config, data, logs = root / "config", root / "data", root / "logs"
        for d in (config, data, logs):
            d.mkdir(parents=True, exist_ok=True)

        # Keep the previous ports when free: the advertised address stays stable.
        previous = _read_state() or {}
        port = previous.get("port") if previous.get("port") and _port_free(previous["port"]) else _free_port()
        cport = previous.get("controller_port")
        if not cport or not _port_free(cport) or cport == port:
            cport = _free_port()
            while cport == port:
                cport = _free_port()
        props = config / "server.properties"
        props.write_text(_server_properties(port, cport, data))
        (config / "log4j2.properties").write_text(LOG4J2.format(log=logs / "server.log"))

        classpath = f"{libs}/*"
        if not (data / "meta.properties").exists():
            fmt = subprocess.run(
                [java, "-cp", classpath, "kafka.tools.StorageTool", "format",
                 "-t", _cluster_id(), "-c", str(props)],
                capture_output=True, text=True,
            )
            if fmt.returncode != 0:
                raise BrokerError(f"kafka-storage format failed: {(fmt.stdout + fmt.stderr)[-2000:]}")

        heap = os.environ.get("MONITOR_KAFKA_HEAP", "512m")
        with open(logs / "stdout.log", "ab") as out:
            proc = subprocess.Popen(
                [java, "-Xms256m", f"-Xmx{heap}", "-XX:+UseG1GC",
                 f"-Dlog4j2.configurationFile={config / 'log4j2.properties'}",
                 "-cp", classpath, "kafka.Kafka", str(props)],
                stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                start_new_session=True,  # outlives the CLI that started it
            )
        info = BrokerInfo(proc.pid, port, cport)
        _state_file().write_text(json.dumps({"pid": proc.pid, "port": port, "controller_port": cport,
                                             "version": KAFKA_VERSION, "started_at": time.time()}))
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise BrokerError(f"Kafka exited with code {proc.returncode} during start; "
                                  f"see {logs / 'server.log'}:\n{_tail(logs / 'server.log')}")
            if is_ready(info.bootstrap, timeout=3.0):
                return info
            time.sleep(0.5)
        _stop_pid(proc.pid)
        raise BrokerError(f"Kafka did not become ready within {timeout:.0f}s; see {logs / 'server.log'}")


def _tail(path: Path, n: int = 20) -> str:
    with contextlib.suppress(OSError):
        return "\n".join(path.read_text(errors="replace").splitlines()[-n:])
    return ""


def _stop_pid(pid: int, timeout: float = STOP_TIMEOUT_S) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)  # Kafka shuts down cleanly on SIGTERM
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # reap if it is our own child
        if not _alive(pid):
            return
        time.sleep(0.2)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


def down() -> bool:
    """Stop the broker; returns False when none was running. Data is kept."""
    with _lock():
        info = running()
        if info is None:
            return False
        _stop_pid(info.pid)
        state = _read_state() or {}
        state.pop("pid", None)  # keep the ports so the next `up` reuses them
        _state_file().write_text(json.dumps(state))
        return True
