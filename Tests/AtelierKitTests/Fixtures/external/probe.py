"""Tries to reach something outside the sandbox: probe.py file PATH | folder PATH | network PORT.

Prints a result whose summary is "reached" when it could; declines (exit status 65) with the system's
reason when it could not.
"""
import json
import os
import socket
import sys

kind, target = sys.argv[1], sys.argv[2]
try:
    if kind == "file":
        with open(target, "rb") as handle:
            handle.read(1)
    elif kind == "folder":
        os.listdir(target)
    else:
        socket.create_connection(("127.0.0.1", int(target)), timeout=5).close()
except OSError as error:
    print(f"{kind} {target}: {error.strerror or error}", file=sys.stderr)
    sys.exit(65)
print(json.dumps({"version": 1, "summary": "reached", "changes": {}}))
