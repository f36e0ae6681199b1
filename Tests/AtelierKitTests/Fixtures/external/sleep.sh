#!/bin/sh
# Never answers: a shell waiting on a child, both in the method's process group.
/bin/sleep 30
