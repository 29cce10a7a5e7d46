#!/bin/sh
# Calls go down the stages as includes do (docs/architecture.md, Stages): no
# stage's library refers to a symbol of a stage it may not use, by the
# allowed lists of cmake/check_layers.cmake. That check reads includes; this
# one reads the symbols the linker resolves, so a call written without an
# include is caught, and a name two stages share (a library's error() and
# a method of ours of that name) is not taken for a call.
#
#   tests/layers/stage_calls_test.sh SOURCE_DIR NM STAGE=LIBRARY ...
set -eu
src=$1
nm=$2
shift 2
stages="base text match transcript rules report check"
status=0
for arg in "$@"; do
  stage=${arg%%=*}
  lib=${arg#*=}
  allowed=$(sed -n "s/^set(allowed_$stage \"\(.*\)\")\$/\1/p" "$src/cmake/check_layers.cmake" | tr ';' ' ')
  if [ -z "$allowed" ]; then
    echo "FAIL: cmake/check_layers.cmake has no allowed list for stage $stage"
    status=1
    continue
  fi
  ok=1
  for other in $stages; do
    case " $allowed " in *" $other "*) continue ;; esac
    found=$("$nm" -C --undefined-only "$lib" | grep -F "huashu::$other::" | sort -u | head -5 || true)
    if [ -n "$found" ]; then
      echo "FAIL: stage $stage ($lib) refers to stage $other:"
      echo "$found"
      ok=0
      status=1
    fi
  done
  [ $ok = 1 ] && echo "ok: $stage refers only to $allowed"
done
exit $status
