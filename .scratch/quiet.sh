#!/bin/bash
# Run a command while the niced helper processes are paused.
pids=$(ps -eo pid,ni --no-headers | awk '$2==15 {print $1}')
kill -STOP $pids 2>/dev/null
trap 'kill -CONT $pids 2>/dev/null' EXIT
sleep 1
"$@"
