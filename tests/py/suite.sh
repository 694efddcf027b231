#!/bin/sh
# The Python behaviour suite as one program of `make test` (tests/run.sh): runs every script
# of tests/py under $MINNOW, keeping CPython's results in a cache beside that binary.
minnow=${MINNOW:-build/minnow}
exec python3 "$(dirname "$0")/run.py" --minnow "$minnow" --cache "$(dirname "$minnow")/pytest-cache"
