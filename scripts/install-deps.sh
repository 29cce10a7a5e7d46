#!/usr/bin/env bash
# Installs the Debian packages huashu builds and tests with, and the SARIF
# validator the tests run (npm package @microsoft/sarif-multitool-linux, into
# .cache/npm of the source tree: git-ignored, never part of the repository).
# Safe to re-run: it does nothing when everything is already there.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
pkgs=(build-essential cmake ninja-build lld pkg-config libicu-dev libyaml-cpp-dev libcli11-dev
      nlohmann-json3-dev libsimdjson-dev libtbb-dev libre2-dev libgtest-dev libbenchmark-dev
      python3 util-linux  # python3: docs and golden scripts; util-linux: script(1) for tty tests
      clang libclang-rt-14-dev  # clang + libFuzzer: fuzz/ (docs/fuzzing.md)
      valgrind  # tests/valgrind_test.sh: uninitialised reads the sanitizers miss
      python3-distributed)  # examples/dask_audit.py and its test (a Dask LocalCluster)
# npm fetches the SARIF validator. A Node.js that ships its own npm (NodeSource's
# nodejs) conflicts with Debian's npm package, so ask for it only when missing.
command -v npm >/dev/null 2>&1 || pkgs+=(npm)
pkgs+=(chromium)  # tests/e2e/html_test.py: the HTML report in a headless browser
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""
  [[ $(id -u) -ne 0 ]] && sudo=sudo
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The SARIF validator (tests/sarif_validate.py; docs/ci.md). Pinned, so a
# new release cannot change what the test accepts unseen.
multitool_version=5.7.0
prefix="$root/.cache/npm"
tool="$prefix/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if ! { [[ -x $tool ]] && grep -q "\"version\": \"$multitool_version\"" "$(dirname "$tool")/package.json"; }; then
  mkdir -p "$prefix"
  if npm install --prefix "$prefix" --no-save --no-audit --no-fund --loglevel=error \
      "@microsoft/sarif-multitool-linux@$multitool_version"; then
    chmod u+x "$tool"  # its postinstall step does this; npm may not run install scripts
  else
    echo "install-deps: could not install the SARIF validator; the sarif_validate test will be skipped" >&2
  fi
fi
