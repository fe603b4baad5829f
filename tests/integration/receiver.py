"""A real HTTP webhook receiver on 127.0.0.1 for integration tests (aiohttp, own thread)."""
from __future__ import annotations

import asyncio
import json
import threading
import time
from dataclasses import dataclass, field

from aiohttp import web


@dataclass
class Delivery:
    headers: dict
    body: bytes
    at: float

    @property
    def alert(self) -> dict:
        return json.loads(self.body)


@dataclass
class Receiver:
    """Answers `status` (or `script(n)` for the n-th request, from 0); records every request."""

    status: int = 200
    delay_s: float = 0.0
    script: object = None
    requests: list[Delivery] = field(default_factory=list)
    port: int = 0

    def _answer(self, n: int) -> int:
        return self.script(n) if callable(self.script) else self.status

    async def _handle(self, request: web.Request) -> web.Response:
        body = await request.read()
        n = len(self.requests)
        self.requests.append(Delivery(dict(request.headers), body, time.time()))
        if self.delay_s:
            await asyncio.sleep(self.delay_s)
        return web.Response(status=self._answer(n), text="ok")

    def start(self) -> "Receiver":
        ready = threading.Event()

        def serve() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            app = web.Application()
            app.router.add_post("/hook", self._handle)
            runner = web.AppRunner(app)
            loop.run_until_complete(runner.setup())
            site = web.TCPSite(runner, "127.0.0.1", self.port)
            loop.run_until_complete(site.start())
            self.port = site._server.sockets[0].getsockname()[1]
            self._runner = runner
            ready.set()
            loop.run_forever()
            loop.run_until_complete(runner.cleanup())

        self._thread = threading.Thread(target=serve, daemon=True)
        self._thread.start()
        ready.wait(10)
        return self

    def stop(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"

    def successful(self) -> list[Delivery]:
        """Requests answered 2xx, de-duplicated by webhook-id (first kept), in arrival order."""
        seen, out = set(), []
        for n, d in enumerate(self.requests):
            wid = d.headers.get("webhook-id")
            if 200 <= self._answer(n) < 300 and wid not in seen:
                seen.add(wid)
                out.append(d)
        return out

    def wait_for(self, n: int, timeout: float = 90) -> list[Delivery]:
        return self.wait_until(lambda got: len(got) >= n, timeout)

    def wait_until(self, done, timeout: float = 90) -> list[Delivery]:
        """The successful deliveries once `done(deliveries)` holds (or the timeout passes)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and not done(self.successful()):
            time.sleep(0.2)
        return self.successful()
