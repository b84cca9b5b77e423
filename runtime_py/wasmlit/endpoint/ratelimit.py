"""Per-client token buckets: in memory (per instance) or in Redis (shared by instances).

A bucket holds ``burst`` tokens and refills at ``per_minute / 60`` tokens a second; a
request takes one. ``check`` returns 0 when allowed, else the seconds to wait
(``Retry-After``). When the Redis store cannot be reached the request is allowed and
the failure is logged (availability over a best-effort limit; a platform WAF is the
real defence against many-IP floods).
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections import OrderedDict

log = logging.getLogger("wasmlit.endpoint")


class MemoryBuckets:
    def __init__(self, per_minute: float, burst: int, max_clients: int = 100_000, clock=time.monotonic) -> None:
        self.rate = per_minute / 60.0
        self.burst = float(burst)
        self.max_clients = max_clients
        self.clock = clock
        self._b: OrderedDict[str, tuple[float, float]] = OrderedDict()

    async def check(self, client: str) -> float:
        if self.rate <= 0:
            return 0.0
        now = self.clock()
        tokens, last = self._b.pop(client, (self.burst, now))
        tokens = min(self.burst, tokens + (now - last) * self.rate)
        if tokens >= 1:
            self._b[client] = (tokens - 1, now)
            wait = 0.0
        else:
            self._b[client] = (tokens, now)
            wait = (1 - tokens) / self.rate
        while len(self._b) > self.max_clients:
            self._b.popitem(last=False)
        return wait


_LUA = """
local tokens = tonumber(redis.call('HGET', KEYS[1], 't'))
local last = tonumber(redis.call('HGET', KEYS[1], 'l'))
local now = tonumber(ARGV[1]); local rate = tonumber(ARGV[2]); local burst = tonumber(ARGV[3])
if tokens == nil then tokens = burst; last = now end
tokens = math.min(burst, tokens + (now - last) * rate)
local wait = 0
if tokens >= 1 then tokens = tokens - 1 else wait = (1 - tokens) / rate end
redis.call('HSET', KEYS[1], 't', tokens, 'l', now)
redis.call('EXPIRE', KEYS[1], math.ceil(burst / rate) + 60)
return tostring(wait)
"""


class RedisBuckets:
    def __init__(self, url: str, per_minute: float, burst: int, prefix: str = "wasmlit:rl:") -> None:
        self.url = url
        self.rate = per_minute / 60.0
        self.burst = burst
        self.prefix = prefix
        self._client = None
        self._script = None
        self._warned_at = 0.0

    async def check(self, client: str) -> float:
        if self.rate <= 0:
            return 0.0
        try:
            if self._client is None:
                import redis  # sync client in a thread: works under any event loop / adapter

                self._client = redis.Redis.from_url(self.url, socket_connect_timeout=0.5, socket_timeout=0.5)
                self._script = self._client.register_script(_LUA)
            script = self._script
            wait = await asyncio.to_thread(
                lambda: script(keys=[self.prefix + client], args=[time.time(), self.rate, self.burst]))
            return float(wait)
        except Exception as e:
            now = time.monotonic()
            if now - self._warned_at > 60:
                self._warned_at = now
                log.warning("rate-limit store unavailable (%s); allowing requests", type(e).__name__)
            self._client = None
            return 0.0


def make_buckets(store: str, per_minute: float, burst: int):
    if store.startswith(("redis://", "rediss://", "unix://")):
        return RedisBuckets(store, per_minute, burst)
    return MemoryBuckets(per_minute, burst)


def retry_after(wait: float) -> int:
    return max(1, math.ceil(wait))
