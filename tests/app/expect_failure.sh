#!/usr/bin/env bash
# Runs a command that must fail: a non-zero exit AND a message containing PATTERN.
#   expect_failure.sh PATTERN COMMAND [ARGS...]
set -u
pattern=$1
shift
output=$("$@" 2>&1)
status=$?
printf '%s\n' "$output"
if [ "$status" -eq 0 ]; then
  echo "expect_failure: '$*' exited 0; it should have failed" >&2
  exit 1
fi
if ! grep -qF -- "$pattern" <<<"$output"; then
  echo "expect_failure: the message does not say: $pattern" >&2
  exit 1
fi
echo "expect_failure: exit $status with the expected message"
