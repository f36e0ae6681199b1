#!/bin/sh
# Records where each file descriptor it was started with leads (as the kernel lists them), then prints
# result.json.
/bin/ls -l /proc/$$/fd/ > descriptors.txt
exec /bin/cat result.json
