#!/usr/bin/env bash
# Installs what Cyswllt needs and is missing, so `npm start` and `npm test` work on a fresh Debian
# machine with Node 20: system packages (Java 17 and Maven for the local Neo4j, Chromium for PDF
# reports and the end-to-end tests), pnpm at the version package.json pins, the JavaScript
# dependencies, and Neo4j 5.26 itself from Maven Central. Both commands run it first; when nothing
# is missing it only checks (well under a second), so it is safe to run every time.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v java >/dev/null 2>&1 || need_apt+=(openjdk-17-jre-headless)
command -v mvn >/dev/null 2>&1 || need_apt+=(maven)
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need_apt+=(chromium)
command -v python3 >/dev/null 2>&1 || need_apt+=(python3)
[ -x /usr/bin/time ] || need_apt+=(time)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing system packages: ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

pnpm_version=$(node -p "require('./package.json').packageManager.split('@')[1]")
if [ "$(pnpm --version 2>/dev/null || true)" != "$pnpm_version" ]; then
  echo "Installing pnpm $pnpm_version"
  npm install -g "pnpm@$pnpm_version" >/dev/null
fi

# The dependencies, again only when the lockfile or a package.json changed since the last install.
stamp=node_modules/.cyswllt-installed
wanted=$(cat pnpm-lock.yaml pnpm-workspace.yaml package.json */package.json | sha256sum | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null || true)" != "$wanted" ]; then
  pnpm install --frozen-lockfile
  echo "$wanted" > "$stamp"
fi

# Fetch Neo4j 5.26 from Maven Central and build its launcher (first run only).
if [ ! -f tools/neo4j/target/classes/cymru/cyswllt/neo4j/LocalNeo4j.class ] || [ ! -d tools/neo4j/target/lib ]; then
  pnpm exec tsx -e "import('./server/src/db/local-neo4j.ts').then((m) => m.ensureNeo4jBuilt())"
fi
