#!/usr/bin/env bash
# The one test command (`npm run test:all`): on a fresh Debian or Ubuntu machine it installs what
# the tests need, then runs the whole suite as CI does. Debian packages come first (through sudo
# when not root; those already installed are skipped), then the npm packages, then type-check,
# lint, format check and every test (`npm test`).
set -euo pipefail
cd "$(dirname "$0")/.."

# Chromium for the browser tests (driven by playwright-core; no browser is downloaded), a Thai font
# so pages and tickets render Thai, the PC/SC stack with a virtual card reader (vpcd) for the Thai
# ID card tests, the headers the optional device packages build against (PC/SC, libusb, udev),
# espeak-ng and sox for the display's voice clips.
packages=(chromium fonts-thai-tlwg ca-certificates pcscd vsmartcard-vpcd libpcsclite-dev
  libusb-1.0-0 libusb-1.0-0-dev libudev-dev espeak-ng sox)
# Another browser given by path (OSS_CHROMIUM, e.g. Ubuntu's snap) needs no Debian chromium.
if [ -n "${OSS_CHROMIUM:-}" ] && [ -x "$OSS_CHROMIUM" ]; then packages=("${packages[@]:1}"); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: installing Debian packages: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null; then
    as_root=(sudo)
  else
    echo "test.sh: these Debian packages are missing and there is no sudo to install them: ${missing[*]}" >&2
    exit 1
  fi
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Electron's binary cannot be downloaded on an offline machine; the shells type-check against
# its bundled typings. A clean install from the lockfile when there is none yet (and in CI).
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
if [ "${CI:-}" = "true" ] || [ ! -d node_modules ]; then
  npm ci --no-fund --no-audit
else
  npm install --no-fund --no-audit
fi

# npm scripts run on the project's Node (node_modules/.bin/node, Node 24 LTS).
echo "test.sh: the suite runs on Node $(node_modules/.bin/node -v) (npm itself on $("${npm_node_execpath:-node}" -v))"
npm run typecheck
npm run lint
npm run format:check
npm test
