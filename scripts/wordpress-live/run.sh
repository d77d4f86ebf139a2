#!/usr/bin/env bash
# The live WordPress test: Debian's wordpress package (6.1) on MariaDB and PHP's built-in server, all
# private to a temp folder and torn down at exit. A full import, then an edit, a deletion and a new post
# (PHP, wp_insert_post), then `--since last`: exactly those three article files may change.
# Usage: scripts/wordpress-live/run.sh   (WP_PORT, default 4610)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../.."
port="${WP_PORT:-4610}"
site="http://127.0.0.1:${port}"
started=$(date +%s)
step() { echo "[wordpress-live $(( $(date +%s) - started )) s] $*"; }

missing=()
for pkg in wordpress mariadb-server php-cli php-mysql php-gd; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  step "installing ${missing[*]} from Debian"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

work="$(mktemp -d /tmp/dateline-wplive.XXXXXX)"
config_name="dateline-live-$$"
config="/etc/wordpress/config-${config_name}.php"
db_pid=""
php_pid=""
cleanup() {
  status=$?
  [ -n "$php_pid" ] && kill "$php_pid" 2>/dev/null || true
  if [ -n "$db_pid" ]; then
    mariadb-admin --no-defaults --socket="$work/mysqld.sock" -uroot shutdown 2>/dev/null || kill "$db_pid" 2>/dev/null || true
    wait "$db_pid" 2>/dev/null || true
  fi
  [ "$status" -ne 0 ] && for log in "$work/mysqld.err" "$work/php.log"; do [ -f "$log" ] && { echo "──── $log"; tail -n 30 "$log"; }; done
  rm -f "$config"
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT

step "starting MariaDB (datadir and socket in $work, no network)"
mariadb-install-db --no-defaults --datadir="$work/db" --user="$(id -un)" --auth-root-authentication-method=normal --skip-test-db >"$work/install-db.log" 2>&1
mariadbd --no-defaults --datadir="$work/db" --socket="$work/mysqld.sock" --pid-file="$work/mysqld.pid" --skip-networking --user="$(id -un)" --log-error="$work/mysqld.err" 2>>"$work/mysqld.err" &
db_pid=$!
for _ in $(seq 1 300); do
  mariadb-admin --no-defaults --socket="$work/mysqld.sock" -uroot ping >/dev/null 2>&1 && break
  kill -0 "$db_pid" 2>/dev/null || { echo "MariaDB exited"; exit 1; }
  sleep 0.1
done
mariadb --no-defaults --socket="$work/mysqld.sock" -uroot -e 'CREATE DATABASE wordpress'

mkdir -p "$work/wp-content/uploads" "$work/content"
cat >"$config" <<PHP
<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:$work/mysqld.sock');
define('WP_HOME', '$site');
define('WP_SITEURL', '$site');
define('WP_CONTENT_DIR', '$work/wp-content');
define('WP_CONTENT_URL', '$site/wp-content');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
PHP
export DATELINE_WP_CONFIG="$config_name" DATELINE_WP_CONTENT="$work/wp-content" DATELINE_WP_REQUESTS="$work/requests.log"

step "installing WordPress and its first posts (wp_install, wp_insert_post)"
php "$here/install.php"
php -S "127.0.0.1:${port}" -t /usr/share/wordpress "$here/router.php" >"$work/php.log" 2>&1 &
php_pid=$!
for _ in $(seq 1 100); do
  curl -sf "$site/wp-json/" >/dev/null && break
  kill -0 "$php_pid" 2>/dev/null || { echo "PHP's server exited"; exit 1; }
  sleep 0.1
done
curl -sf "$site/wp-json/wp/v2/posts?_fields=id,slug" >/dev/null || { echo "WordPress REST API did not answer at $site/wp-json/"; exit 1; }

out="$work/content/site"
step "full import: npm run import -- wordpress $site --out <tmp>"
npx tsx src/import/cli.ts wordpress "$site" --out "$out" --quiet
npx tsx "$here/verify.ts" full "$out"
npx tsx "$here/verify.ts" hashes "$out" "$work/before.json"
step "build: npm run build (CONTENT_DIR=<tmp>)"
CONTENT_DIR="$out" OUT_DIR="$work/dist" npx tsx src/pipeline/build.ts >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }

step "editing a post, deleting one, publishing one"
php "$here/change.php"

step "publish: npm run publish -- wordpress $site --out <tmp> (import --since last, then an incremental build)"
OUT_DIR="$work/dist" npx tsx scripts/publish.ts wordpress "$site" --out "$out" --quiet | tee "$work/publish.log"
npx tsx "$here/verify.ts" sync "$out" "$work/before.json"
# The build took exactly those stories: the new one's page added, the deleted one's removed.
node -e '
  const c = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const want = [["added", "article/quay-cafes-open-late.html"], ["changed", "article/market-delayed.html"], ["removed", "article/harbour-budget.html"]];
  for (const [kind, file] of want) if (!c[kind].includes(file)) { console.error(`the publish did not list ${file} as ${kind}: ${JSON.stringify(c)}`); process.exit(1); }
' "$work/dist/.changes.json"
grep -q '(incremental)' "$work/publish.log" || { echo "the publish rebuilt everything instead of building incrementally"; exit 1; }
# The sync asked for what changed and for the ids, and this WordPress honours modified_after.
grep -q '/wp-json/wp/v2/posts?.*modified_after=' "$work/requests.log" || { echo "the sync did not ask WordPress for modified_after"; exit 1; }
grep -q '/wp-json/wp/v2/posts?_fields=id&' "$work/requests.log" || { echo "the sync did not list the ids of the posts"; exit 1; }
[ "$(curl -sf "$site/wp-json/wp/v2/posts?modified_after=2999-01-01T00:00:00Z&_fields=id")" = "[]" ] || { echo "WordPress ignored modified_after"; exit 1; }
step "passed"
