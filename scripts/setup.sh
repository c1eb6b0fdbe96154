#!/usr/bin/env bash
# One-time setup of a fresh Debian machine for Cyswllt: system packages (Java 17 and Maven to run
# the local Neo4j, Chromium for the end-to-end tests), pnpm at the version package.json pins, the
# JavaScript dependencies, and Neo4j itself from Maven Central. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v java >/dev/null 2>&1 || need_apt+=(openjdk-17-jre-headless)
command -v mvn >/dev/null 2>&1 || need_apt+=(maven)
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
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

pnpm install --frozen-lockfile
# Fetch Neo4j 5.26 from Maven Central and build its launcher now rather than on first start.
pnpm exec tsx -e "import('./server/src/db/local-neo4j.ts').then((m) => m.ensureNeo4jBuilt())"
echo "Setup done. Start the app with: pnpm start"
