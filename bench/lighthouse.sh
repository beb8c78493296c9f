#!/usr/bin/env bash
# Lighthouse (mobile) on the landing page, both questionnaires and a saved routine, served as in
# production: DEBUG off, collectstatic with WhiteNoise's compressed, hashed files, gunicorn on
# 127.0.0.1. A measurement, not a test (make test doesn't run it); rerun after design changes:
#
#     bench/lighthouse.sh              # writes test-artifacts/lighthouse-<page>.json, prints the scores
#     LIGHTHOUSE_PORT=8766 bench/lighthouse.sh
#
# Needs Debian's Chromium (CHROME_PATH, default /usr/bin/chromium) and npm; Lighthouse comes from
# bench/lighthouse/package.json (npm ci there) and never downloads a browser of its own.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${LIGHTHOUSE_PORT:-8765}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
LIGHTHOUSE=bench/lighthouse/node_modules/.bin/lighthouse
OUT=test-artifacts
mkdir -p "$OUT"

make --quiet install
if [ ! -x "$LIGHTHOUSE" ]; then
    npm ci --prefix bench/lighthouse --no-audit --no-fund --silent
fi

work=$(mktemp -d)
server=""
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

# Production settings on plain HTTP at 127.0.0.1 (no TLS proxy here, so no HTTPS redirect or HSTS).
export DEBUG=0 SECRET_KEY="lighthouse-$(date +%s)-$RANDOM$RANDOM" ALLOWED_HOSTS=127.0.0.1 \
    DATABASE_URL="sqlite:///$work/db.sqlite3" STATIC_ROOT="$work/static" \
    SECURE_SSL_REDIRECT=0 SECURE_HSTS_SECONDS=0 SESSION_COOKIE_SECURE=0 CSRF_COOKIE_SECURE=0 \
    RATELIMIT_ENABLE=0 LOG_LEVEL=ERROR ACCESSIBILITY_CONTACT=${ACCESSIBILITY_CONTACT:-access@example.org}
PY=.venv/bin/python
$PY manage.py migrate --noinput -v0
$PY manage.py collectstatic --noinput -v0
$PY manage.py loaddata fixtures/catalogue.json -v0
# A pregnant, acne-prone beginner: warnings, exclusions, a calendar and referrals, the fullest page.
routine=$($PY manage.py shell -v0 -c "
from tests.factories import make_routine
print(make_routine(pregnancy='yes').get_absolute_url())" | tail -1)

.venv/bin/gunicorn poreguide.wsgi --workers 2 --bind "127.0.0.1:$PORT" --log-level warning &
server=$!
for _ in $(seq 50); do
    curl -fsS -o /dev/null "http://127.0.0.1:$PORT/healthz" 2>/dev/null && break
    sleep 0.2
done

declare -A pages=(
    [landing]=/
    [questionnaire]=/routine/new/
    [guided]=/routine/steps/about/
    [routine]=$routine
)
for name in landing questionnaire guided routine; do
    "$LIGHTHOUSE" "http://127.0.0.1:$PORT${pages[$name]}" \
        --only-categories=performance,accessibility,best-practices \
        --chrome-flags="--headless=new --no-sandbox" \
        --output=json --output-path="$OUT/lighthouse-$name.json" --quiet
done

$PY - "$OUT" <<'PY'
import json
import sys
from pathlib import Path

print(f"{'page':<15}{'performance':>12}{'accessibility':>15}{'best practices':>16}   LCP     TBT   CLS")
for name in ("landing", "questionnaire", "guided", "routine"):
    report = json.loads((Path(sys.argv[1]) / f"lighthouse-{name}.json").read_text())
    scores = [round(report["categories"][c]["score"] * 100) for c in ("performance", "accessibility", "best-practices")]
    audits = report["audits"]
    lcp = audits["largest-contentful-paint"]["displayValue"]
    tbt = audits["total-blocking-time"]["displayValue"]
    cls = audits["cumulative-layout-shift"]["displayValue"]
    print(f"{name:<15}{scores[0]:>12}{scores[1]:>15}{scores[2]:>16}   {lcp:<8}{tbt:<6}{cls}")
    for category in ("performance", "accessibility", "best-practices"):
        for ref in report["categories"][category]["auditRefs"]:
            audit = audits[ref["id"]]
            if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
                print(f"    {category}: {audit['title']} ({audit.get('displayValue', audit['score'])})")
PY
