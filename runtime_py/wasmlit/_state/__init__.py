"""Per-session state: user keys, widget values, and the rules that tie them together."""
