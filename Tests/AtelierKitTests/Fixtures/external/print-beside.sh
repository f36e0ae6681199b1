#!/bin/sh
# Prints the result.json that lies beside it, in its own folder, without reading its input.
exec /bin/cat "${0%/*}/result.json"
