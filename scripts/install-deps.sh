#!/usr/bin/env bash
# Installs the Debian packages huashu builds and tests with. Safe to re-run:
# it does nothing when everything is already there.
set -euo pipefail
pkgs=(build-essential cmake pkg-config libicu-dev libyaml-cpp-dev libcli11-dev
      nlohmann-json3-dev libsimdjson-dev libtbb-dev libre2-dev libgtest-dev libbenchmark-dev
      python3 util-linux  # python3: docs and golden scripts; util-linux: script(1) for tty tests
      clang libclang-rt-14-dev)  # clang + libFuzzer: fuzz/ (docs/fuzzing.md)
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
