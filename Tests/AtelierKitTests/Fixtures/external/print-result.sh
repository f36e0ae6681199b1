#!/bin/sh
# Prints result.json from the working directory without reading its input.
exec /bin/cat result.json
