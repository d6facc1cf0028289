#!/usr/bin/env bash
# `newsdesk serve` over loopback: the archive of examples/briefing served on a free port, every
# route, bad ids, hostile query strings (quotes, %00, SQL fragments, 100 KB), ETag and gzip, the
# security headers, POST with and without the token (a <script> headline shows as text), body
# limits, a read-only server, and a clean stop on SIGTERM. The server is started here and stopped
# at the end; every wait is bounded.
#   tests/serve_test.sh path/to/newsdesk path/to/examples/briefing
set -uo pipefail
bin=$1
pages=$2
work=$(mktemp -d)
pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2> /dev/null && wait "$pid" 2> /dev/null
  rm -rf "$work"
}
trap cleanup EXIT
failures=0
check() {
  local what=$1
  shift
  if "$@"; then echo "ok: $what"; else echo "FAILED: $what"; failures=$((failures + 1)); fi
}

"$bin" ingest --db "$work/news.db" --quiet "$pages" 2> /dev/null
"$bin" stories --db "$work/news.db" --no-progress > /dev/null 2>&1
printf 'a-test-token-of-32-characters-xx\n' > "$work/token"

start() {  # extra arguments; sets $pid and $base
  "$bin" serve --db "$work/news.db" --port 0 "$@" 2> "$work/serve.log" &
  pid=$!
  base=""
  for _ in $(seq 100); do  # at most 10 s to listen
    base=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/serve.log" | head -1)
    [ -n "$base" ] && break
    sleep 0.1
  done
  [ -n "$base" ] || { echo "FAILED: the server did not start"; cat "$work/serve.log"; exit 1; }
}
# get PATH [curl args...]: status in $status, body in $work/body, headers in $work/headers
get() {
  local path=$1
  shift
  status=$(curl -s -o "$work/body" -D "$work/headers" -w '%{http_code}' --max-time 20 "$@" "$base$path")
}
json() {  # a Python expression over `j` (the body as JSON) that must be true
  /usr/bin/python3 -c "import json, sys; j = json.load(open(sys.argv[1])); sys.exit(0 if ($1) else 1)" "$work/body"
}

start --token-file "$work/token"
get /api/health
check "health: 200, 15 articles" eval '[ "$status" = 200 ] && json "j[\"status\"] == \"ok\" and j[\"articles\"] == 15"'
get /api/briefing
check "briefing: the latest day, the bridge first" eval '[ "$status" = 200 ] && json "j[\"date\"] == \"2026-11-30\" and \"Bridge\" in j[\"stories\"][0][\"title\"] and j[\"stories\"][0][\"perspectives\"]"'
story=$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["stories"][0]["story"])' "$work/body")
article=$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["stories"][0]["articles"][0])' "$work/body")
get "/api/briefing?date=30.11.2026"
check "briefing: a bad date is 400 JSON" eval '[ "$status" = 400 ] && json "j[\"status\"] == 400 and \"date\" in j[\"error\"]"'
get "/api/briefing?date=2030-01-01"
check "briefing: a day without stories is 404" test "$status" = 404
get "/api/stories"
check "stories: ranked, the bridge first" eval '[ "$status" = 200 ] && json "j[\"total\"] >= 5 and \"Bridge\" in j[\"stories\"][0][\"title\"] and j[\"stories\"][0][\"score\"] >= j[\"stories\"][1][\"score\"]"'
get "/api/stories?limit=2&offset=1"
check "stories: limit and offset" eval '[ "$status" = 200 ] && json "len(j[\"stories\"]) == 2"'
get "/api/stories?q=bluefinch"
check "stories: q filters titles" eval '[ "$status" = 200 ] && json "j[\"stories\"] and all(\"bluefinch\" in s[\"title\"].lower() for s in j[\"stories\"])"'
get "/api/stories?outlet=metro-wire.example&lang=en"
check "stories: outlet and lang" eval '[ "$status" = 200 ] && json "j[\"stories\"] and all(\"Metro Wire\" in s[\"outlets\"] for s in j[\"stories\"])"'
for bad in "limit=0" "limit=101" "offset=-1" "limit=abc" "date=2026-13"; do
  get "/api/stories?$bad"
  check "stories: $bad is 400" test "$status" = 400
done
get "/api/stories/$story"
check "a story: summary, perspectives, quotes" eval '[ "$status" = 200 ] && json "j[\"story\"] == \"$story\" and j[\"sentences\"] and j[\"perspectives\"]"'
get "/api/articles/$article"
check "an article: its fields and story" eval '[ "$status" = 200 ] && json "j[\"id\"] == \"$article\" and j[\"title\"] and j[\"text\"] and j[\"story\"] == \"$story\""'
for path in /api/stories/999999999 /api/articles/999999999 /api/articles/abc /api/nothing "/api/stories/1234567890123456789012"; do
  get "$path"
  check "$path is 404 JSON" eval '[ "$status" = 404 ] && json "j[\"status\"] == 404"'
done
get "/api/search?q=bridge"
check "search: hits" eval '[ "$status" = 200 ] && json "len(j[\"hits\"]) >= 4"'
get /api/search --get --data-urlencode "q=\"unclosed"
check "search: an unclosed quote is 400" test "$status" = 400
get /api/search --get --data-urlencode "q='; DROP TABLE articles; --"
check "search: an SQL fragment is a query, not SQL (no 500)" eval '[ "$status" = 200 ] || [ "$status" = 400 ]'
get "/api/search?q=bridge%00x"
check "search: %00 is 400" test "$status" = 400
long=$(head -c 100000 /dev/zero | tr '\0' 'a')
get "/api/search?q=$long"
check "search: a 100 KB query is refused (4xx)" eval '[ "$status" -ge 400 ] && [ "$status" -lt 500 ]'
get /api/health
check "the archive is intact after the hostile queries" json 'j["articles"] == 15'
get /api/outlets
check "outlets" eval '[ "$status" = 200 ] && json "len(j[\"outlets\"]) == 6"'

get /api/briefing
etag=$(grep -i '^etag:' "$work/headers" | cut -d' ' -f2 | tr -d '\r')
get /api/briefing -H "If-None-Match: $etag"
check "ETag: 304 when unchanged" test "$status" = 304
get /api/briefing -H "Accept-Encoding: gzip"
check "gzip when the client accepts it" grep -qi '^content-encoding: gzip' "$work/headers"
check "Cache-Control on reads" grep -qi '^cache-control: public, max-age=' "$work/headers"
get /
check "the page: 200 HTML with story links" eval '[ "$status" = 200 ] && grep -q "<!DOCTYPE html>" "$work/body" && grep -q "href=\"/story/" "$work/body"'
check "headers forbid framing and sniffing" eval 'grep -qi "^x-frame-options: deny" "$work/headers" && grep -qi "^x-content-type-options: nosniff" "$work/headers" && grep -qi "^content-security-policy: default-src .none." "$work/headers"'
get "/story/$story"
check "story page: every article listed" eval '[ "$status" = 200 ] && grep -q "Every article" "$work/body" && [ $(grep -o "href=\"/article/" "$work/body" | wc -l) -ge 4 ]'
get "/article/$article"
check "reader view" eval '[ "$status" = 200 ] && grep -q "<h1" "$work/body"'
get "/date/2026-11-30"
check "a day's page" test "$status" = 200
get "/search?q=bridge"
check "search page with marked matches" eval '[ "$status" = 200 ] && grep -q "<mark>" "$work/body"'
for path in /nothing "/story/999999999" "/../../etc/passwd" "/static/../../etc/passwd"; do
  get "$path" --path-as-is
  check "$path is 404" test "$status" = 404
done

# Writing: the token, the body, a <script> headline.
post='{"id": "posted-1", "title": "<script>alert(1)</script> Ferry strike ends", "text": "The ferry strike ended on Monday after the crews accepted a new offer from the operator. Sailings resume on Tuesday morning.", "date": "2026-11-30T18:00:00Z", "sitename": "Harbour Daily", "url": "https://harbour-daily.example/ferry-strike-ends", "language": "en"}'
get /api/articles -X POST --data-binary "$post"
check "POST without the token: 401" test "$status" = 401
get /api/articles -X POST -H "Authorization: Bearer wrong-token-wrong-token-wrong-xx" --data-binary "$post"
check "POST with a wrong token: 401" test "$status" = 401
get /api/articles -X POST -H "Authorization: Bearer a-test-token-of-32-characters-xx" --data-binary 'not json'
check "POST of a bad body: 400" test "$status" = 400
head -c 9000000 /dev/zero | tr '\0' 'x' > "$work/big"
get /api/articles -X POST -H "Authorization: Bearer a-test-token-of-32-characters-xx" --data-binary "@$work/big"
check "POST of 9 MB: 413" test "$status" = 413
get /api/articles -X POST -H "Authorization: Bearer a-test-token-of-32-characters-xx" -H "Content-Type: application/x-ndjson" --data-binary "$post"
check "POST with the token: 201, stored and placed" eval '[ "$status" = 201 ] && json "j[\"added\"] == 1 and j[\"placed\"] == 1"'
get /api/articles -X POST -H "Authorization: Bearer a-test-token-of-32-characters-xx" -H "Content-Type: text/html; charset=utf-8" --data-binary "@$pages/../harbour-ferry.html"
check "POST of an HTML page: extracted and stored" eval '[ "$status" = 201 ] && json "j[\"added\"] == 1"'
get "/api/search?q=night%20ferry"
check "the extracted page is found" json 'len(j["hits"]) >= 1'
get "/api/search?q=ferry%20strike"
posted=$(/usr/bin/python3 -c 'import json,sys; h=json.load(open(sys.argv[1]))["hits"]; print(h[0]["id"] if h else "")' "$work/body")
check "the posted article is found" test -n "$posted"
get "/article/$posted"
check "a <script> headline shows as text" eval 'grep -q "&lt;script&gt;alert(1)&lt;/script&gt;" "$work/body" && ! grep -q "<script" "$work/body"'
get /
check "the briefing page has no script after the POST" eval '[ "$status" = 200 ] && ! grep -qi "<script" "$work/body"'

kill -TERM "$pid"
stopped=0
for _ in $(seq 100); do  # at most 10 s to stop
  if ! kill -0 "$pid" 2> /dev/null; then stopped=1; break; fi
  sleep 0.1
done
wait "$pid" 2> /dev/null
code=$?
pid=""
check "SIGTERM stops it cleanly (exit 0)" test "$stopped" = 1 -a "$code" = 0
check "one log line per request" eval '[ $(grep -c " GET \| POST " "$work/serve.log") -ge 30 ]'

start
get /api/articles -X POST -H "Authorization: Bearer a-test-token-of-32-characters-xx" --data-binary "$post"
check "a server without a token is read-only: 403" test "$status" = 403
"$bin" serve --db "$work/missing.db" --port 0 > /dev/null 2> "$work/err"
missing_code=$?
check "a missing archive: exit 2 with a message" eval '[ $missing_code = 2 ] && [ -s "$work/err" ]'

[ $failures = 0 ] && echo "serve: all passed" || { echo "serve: $failures failed"; exit 1; }
