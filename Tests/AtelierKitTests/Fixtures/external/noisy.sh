#!/bin/sh
# Writes about 4 MB on standard error before reading anything, then prints result.json.
i=0
while [ $i -lt 50000 ]; do
    echo "diagnostic line $i: eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee" >&2
    i=$((i + 1))
done
exec /bin/cat result.json
