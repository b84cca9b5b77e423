"""``st.connection`` in the browser: connection classes, the secrets stand-in, and the
SQL endpoint client. ``wire`` (the wire format) is shared with ``wasmlit.endpoint`` and
must stay standard-library only; this ``__init__`` imports nothing so that the endpoint
can vendor ``wire`` alone.
"""
