"""``st.cache_data`` (pickled, persisted in IndexedDB in the browser) and ``st.cache_resource``
(objects in worker memory). See README.md in this folder for what persists and how to opt out.

Modules: ``decorators`` (API + call path), ``hashing`` (argument rules), ``caches`` (per-function
LRU/ttl), ``storage`` (the persistent store protocol and stores), ``replay`` (``st.*`` output of
cached functions), ``runtime`` (process-wide state and boot), ``durations`` (ttl/max_size parsing),
``cache_errors`` (``streamlit.runtime.caching.cache_errors``).
"""

from wasmlit._caching.decorators import CachedFunc, cache_data, cache_resource
from wasmlit._caching.runtime import configure, get_runtime

__all__ = ["CachedFunc", "cache_data", "cache_resource", "configure", "get_runtime"]
