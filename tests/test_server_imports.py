"""The county server loads only the shared modules of the core (issue 11)."""

from __future__ import annotations

import subprocess
import sys

#: The core modules the server may load, and why each is shared:
#: money, text, protocol and messages are the rules and wire format both ends apply;
#: errors is what money and text raise (it needs only messages); csvfile reads the Excel CSV
#: both the station and the county import (stdlib csv + errors); logs is the rotating log
#: file every program writes (stdlib logging); pinning is the certificate fingerprint both ends
#: print and compare (stdlib hashlib and ssl).  ``servicepoint.core`` itself loads nothing
#: until a name of it is used (PEP 562).
ALLOWED = {
    "servicepoint.core",
    "servicepoint.core.money",
    "servicepoint.core.text",
    "servicepoint.core.protocol",
    "servicepoint.core.messages",
    "servicepoint.core.errors",
    "servicepoint.core.csvfile",
    "servicepoint.core.logs",
    # issue 13: the checks every synced change passes, and what the county may hold of farmers
    "servicepoint.core.change_rules",
    "servicepoint.core.county_view",
    "servicepoint.core.pinning",
    # issue 16: the buy-back price lines and sums both ends check
    "servicepoint.core.buyback_rules",
}


def test_server_imports_only_the_shared_core():
    """In a fresh interpreter, importing the server package, its app and its runner loads no
    other core module and not sqlite-utils (the station's database layer)."""
    code = (
        "import sys, servicepoint.server, servicepoint.server.app, servicepoint.server.runner\n"
        "print('\\n'.join(sorted(n for n in sys.modules if n.startswith("
        "('servicepoint.core', 'sqlite_utils')))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(out.stdout.split())
    assert "servicepoint.core.protocol" in loaded  # the check itself sees core modules
    extra = sorted(loaded - ALLOWED)
    assert not extra, "the server loaded " + ", ".join(extra)
