#!/bin/sh
# Dies of a segmentation fault after a word on standard error.
echo "reading the request" >&2
kill -SEGV $$
