#!/bin/sh
# Ignores SIGTERM (and so does its child), so only SIGKILL ends it.
trap '' TERM
/bin/sleep 30
