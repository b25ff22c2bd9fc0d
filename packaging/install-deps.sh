#!/usr/bin/env bash
# Installs every build, test and run dependency of Recon Workstation on Debian 12.
# Idempotent: packages already present are skipped; with --check it only reports
# (exit 0 when everything is there, 1 otherwise) so `make` can call it cheaply.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git clang clang-format libclang-rt-14-dev
  # Qt 6
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite
  libqt6svg6 libgl-dev
  # libraries
  sqlite3 libsqlite3-dev libpqxx-dev libpq-dev libspdlog-dev libfmt-dev
  libqcustomplot-dev libqcustomplot2.1-qt6 libxlsxwriter-dev libzip-dev zlib1g-dev
  libjwt-dev libsodium-dev libssl-dev
  # tests, tools and servers used by tests and benchmarks
  postgresql postgresql-client xvfb xauth poppler-utils python3 python3-pandas python3-openpyxl
  openssl procps time
  # operations tests (tests/ops): monitoring, load balancer, linters, desktop integration
  prometheus prometheus-alertmanager nginx yamllint shellcheck desktop-file-utils appstream
  libxml2-utils shared-mime-info curl jq python3-yaml dpkg-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ "${1:-}" = "--check" ]; then
  if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
  echo "missing packages: ${missing[*]}" >&2
  exit 1
fi

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install-deps: done"
