#!/bin/sh
# Writes on standard output without end.
while :; do
    echo '{"version": 1, "summary": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}'
done
