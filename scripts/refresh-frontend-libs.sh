#!/usr/bin/env bash
# Refreshes the front-end assets committed under src/Sanad/wwwroot/lib from the npm registry.
# Only Bootstrap's compiled CSS (left-to-right and right-to-left) is used: pages need no JavaScript framework.
set -euo pipefail
BOOTSTRAP_VERSION="${BOOTSTRAP_VERSION:-5.3.9}"
here="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "bootstrap@${BOOTSTRAP_VERSION}" >/dev/null && tar xzf bootstrap-*.tgz)
dest="$here/src/Sanad/wwwroot/lib/bootstrap"
rm -rf "$dest" && mkdir -p "$dest/css"
cp "$work/package/dist/css/bootstrap.min.css" "$work/package/dist/css/bootstrap.rtl.min.css" "$dest/css/"
cp "$work/package/LICENSE" "$dest/LICENSE"
echo "bootstrap ${BOOTSTRAP_VERSION}" > "$dest/VERSION"
echo "Bootstrap ${BOOTSTRAP_VERSION} copied to $dest"
