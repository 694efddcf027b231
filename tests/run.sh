#!/bin/sh
# Runs each test program given on the command line. Every program prints "ok NAME" or
# "FAIL NAME: ..." per case and ends with "N passed, N failed"; this shows the failures and
# each program's summary, adds them up into one closing "N passed, N failed" line, and exits
# non-zero when anything failed or a program died without its summary.
passed=0
failed=0
for program in "$@"; do
    output=$("$program" 2>&1)
    status=$?
    printf '%s\n' "$output" | grep -v '^ok ' | sed '$d'
    summary=$(printf '%s\n' "$output" | tail -n 1)
    p=$(printf '%s\n' "$summary" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
    f=$(printf '%s\n' "$summary" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
    if [ -z "$p" ]; then
        echo "FAIL $program: exited with status $status without a summary"
        printf '%s\n' "$summary"
        failed=$((failed + 1))
        continue
    fi
    if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
        echo "FAIL $program: exited with status $status"
        f=1
    fi
    echo "$(basename "$program"): $summary"
    passed=$((passed + p))
    failed=$((failed + f))
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
