#!/bin/sh
# Exits with status 3 after fifteen lines on standard error.
i=1
while [ $i -le 15 ]; do
    echo "trace line $i" >&2
    i=$((i + 1))
done
exit 3
