#!/usr/bin/env bash
# Installs everything Chongal needs on Debian 12 (all from Debian's apt), then configures and
# builds it. Usage: packaging/setup.sh [run|test|build]   (default: build)
#   run  — build, then open the console on its embedded default (demo shift, offline map, SQLite)
#   test — build, then run every test with CTest
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mode="${1:-build}"
build_dir="${CHONGAL_BUILD_DIR:-$here/build}"

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-positioning-dev qt6-charts-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite qt6-qpa-plugins libgl-dev libvulkan-dev
  libboost-dev libsqlite3-dev
  xvfb xauth fonts-nanum
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

build_type="${CHONGAL_BUILD_TYPE:-RelWithDebInfo}"
cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type"
cmake --build "$build_dir" --parallel "$(nproc)"

case "$mode" in
  build) ;;
  test)
    cd "$build_dir"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 300 -j "$(nproc)"
    ;;
  run)
    shift || true
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      exec xvfb-run -a -s "-screen 0 1600x1000x24" "$build_dir/app/chongal" "$@"
    fi
    exec "$build_dir/app/chongal" "$@"
    ;;
  *) echo "usage: $0 [run|test|build]" >&2; exit 2 ;;
esac
