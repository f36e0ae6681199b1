#!/bin/sh
# Saves its input as request.json in the working directory, then prints result.json.
/bin/cat > request.json
exec /bin/cat result.json
