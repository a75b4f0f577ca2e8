#!/usr/bin/env bash
# The newcomer's path, as CI's first step (before any Debian package is installed): a clone of this
# checkout, `npm install`, then the kiosk's optional device packages taken out, which is what npm
# leaves on a PC without their headers (it skips an optional package that fails to build); then
# `npm start` on a free port, and the demo office must be served at GET /api/v1/services within the
# time limit. Exits non-zero, with the hub's output, if not.
#
# Not `npm install --omit=optional`: that also leaves out the platform binaries of the build tools
# and of the ticket renderer (rolldown, esbuild, lightningcss, @napi-rs/canvas are optional
# per-platform packages), which no real machine lacks, and then nothing builds at all.
set -euo pipefail
cd "$(dirname "$0")/.."
limit_s=${FIRST_RUN_LIMIT_S:-300}

work=$(mktemp -d)
hub_pid=
cleanup() {
  if [ -n "$hub_pid" ]; then kill -TERM -- "-$hub_pid" 2>/dev/null || true; fi
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

git clone -q . "$work/oss-queue"
cd "$work/oss-queue"
echo "first-run: npm install in a fresh clone ($(node -v) as the system Node), without the device packages"
ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm install --no-fund --no-audit >"$work/install.log" 2>&1 || {
  tail -n 40 "$work/install.log"
  echo "first-run: npm install failed" >&2
  exit 1
}
# The kiosk's optional device packages (kiosk/package.json), as npm leaves them out without headers.
devices=$(node -p "Object.keys(require('./kiosk/package.json').optionalDependencies).join(' ')")
for p in $devices; do rm -rf "node_modules/$p" "kiosk/node_modules/$p"; done
node -e "for (const p of process.argv.slice(1)) { try { require.resolve(p); console.error('still installed: ' + p); process.exit(1) } catch {} }" $devices

port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
started=$(date +%s)
# Its own process group, so that the cleanup stops npm and the hub it started.
OSS_PORT=$port OSS_HOST=127.0.0.1 OSS_DATA_DIR="$work/data" OSS_BACKUP_AT=off setsid npm start >"$work/hub.log" 2>&1 &
hub_pid=$!

if ! node - "http://127.0.0.1:$port/api/v1/services" "$limit_s" "$hub_pid" <<'JS'; then
const [url, limit, pid] = process.argv.slice(2);
const running = () => {
  try {
    process.kill(Number(pid), 0);
    return true;
  } catch {
    return false;
  }
};
const deadline = Date.now() + Number(limit) * 1000;
(async () => {
  for (;;) {
    try {
      const res = await fetch(url);
      const body = await res.json();
      const codes = (body.services ?? []).map((s) => s.code);
      // The demo office: the Maha Sarakham municipality's eight services.
      if (res.status === 200 && codes.length === 8) {
        console.log(`first-run: ${url} lists the demo office's ${codes.length} services (${codes.join(' ')})`);
        return;
      }
      throw new Error(`status ${res.status}, ${codes.length} services`);
    } catch (err) {
      if (!running()) {
        console.error('first-run: npm start ended without serving the demo office');
        process.exit(1);
      }
      if (Date.now() > deadline) {
        console.error(`first-run: the demo office was not served within ${limit} s (${err.message})`);
        process.exit(1);
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
})();
JS
  tail -n 60 "$work/hub.log"
  exit 1
fi
echo "first-run: npm start served the demo office $(($(date +%s) - started)) s after it was started"
grep -q 'First start: the admin account is "admin"' "$work/hub.log" || {
  tail -n 60 "$work/hub.log"
  echo "first-run: the hub did not print the first start's admin password" >&2
  exit 1
}
