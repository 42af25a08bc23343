#!/usr/bin/env bash
# Installs what the tests need beyond npm: Debian's Chromium (for the end-to-end tests) and the Neo4j jars
# (fetched from Maven Central by neo4j/neo4j.sh). Safe to run again; it skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium chromium-driver)
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jre-headless)
command -v mvn >/dev/null 2>&1 || missing+=(maven)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]} with apt-get"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
bash neo4j/neo4j.sh fetch
echo "setup: chromium $(chromium --version 2>/dev/null | awk '{print $2}'), java $(java -version 2>&1 | head -1 | awk -F'"' '{print $2}'), Neo4j jars ready"
