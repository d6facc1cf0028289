#!/usr/bin/env bash
# The daily e-mail: `newsdesk briefing --mail-to ... --smtp ...` against a local SMTP sink on
# loopback (Debian's python3-aiosmtpd, its Mailbox handler writing a maildir), started here on a
# free port and stopped at the end. Exactly one message per address, each addressed to that
# reader alone, with a plain-text and an HTML part and a List-Unsubscribe header; bad addresses,
# a STARTTLS the server does not offer and a server that is gone send nothing and say why.
#   tests/briefing_mail_test.sh path/to/newsdesk path/to/examples/briefing
set -uo pipefail
bin=$1
pages=$2
py=/usr/bin/python3  # Debian's Python, where python3-aiosmtpd lives
work=$(mktemp -d)
sink=""
cleanup() {
  [ -n "$sink" ] && kill "$sink" 2> /dev/null && wait "$sink" 2> /dev/null
  rm -rf "$work"
}
trap cleanup EXIT
failures=0
check() {
  local what=$1
  shift
  if "$@"; then echo "ok: $what"; else echo "FAILED: $what"; failures=$((failures + 1)); fi
}

port=$($py -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
$py -m aiosmtpd -n -l "127.0.0.1:$port" -c aiosmtpd.handlers.Mailbox "$work/maildir" 2> "$work/sink.log" &
sink=$!
for _ in $(seq 100); do  # at most 10 s for the sink to listen
  $py -c "import socket, sys; socket.create_connection(('127.0.0.1', $port), 0.2)" 2> /dev/null && break
  sleep 0.1
done
count() { $py -c 'import mailbox, sys; print(len(mailbox.Maildir(sys.argv[1], create=False)))' "$work/maildir" 2> /dev/null || echo 0; }

"$bin" extract --format jsonl "$pages"/*.html > "$work/day.jsonl" 2> /dev/null
"$bin" briefing --no-progress --top 3 --outlets "$pages/outlets.tsv" --mail-to reader.one@example.org \
  --mail-to reader.two@example.org --smtp "smtp://127.0.0.1:$port" --mail-from briefing@newsdesk.example \
  "$work/day.jsonl" > "$work/stdout" 2> "$work/stderr"
status=$?
check "sent: exit 0, nothing on stdout, the count on stderr" \
  test $status = 0 -a ! -s "$work/stdout" -a -n "$(grep 'mailed to 2 of 2 addresses' "$work/stderr")"
check "one message per address, each with both parts and List-Unsubscribe" $py - "$work/maildir" <<'PY'
import email.header, mailbox, sys
messages = list(mailbox.Maildir(sys.argv[1], create=False))
assert len(messages) == 2, len(messages)
to = sorted(m["To"] for m in messages)
assert to == ["<reader.one@example.org>", "<reader.two@example.org>"], to
for m in messages:
    assert m.get_content_type() == "multipart/alternative", m.get_content_type()
    assert m["From"] == "newsdesk <briefing@newsdesk.example>", m["From"]
    subject = str(email.header.make_header(email.header.decode_header(m["Subject"])))
    assert subject == "newsdesk briefing \u2014 2026-11-30", subject
    assert m["List-Unsubscribe"] == "<mailto:briefing@newsdesk.example?subject=unsubscribe>"
    assert m["Message-ID"] and m["Date"]
    parts = {p.get_content_type(): p.get_payload(decode=True).decode("utf-8") for p in m.walk()
             if not p.is_multipart()}
    assert set(parts) == {"text/plain", "text/html"}, parts.keys()
    assert parts["text/html"].startswith("<!DOCTYPE html>") and "<script" not in parts["text/html"]
    assert "Old Mill Bridge" in parts["text/html"] and "## 1. " in parts["text/plain"]
    assert "€" in parts["text/plain"] or "–" in parts["text/plain"] or "’" in parts["text/plain"]
assert messages[0]["Message-ID"] != messages[1]["Message-ID"]
PY

expect_refused() {  # description, arguments...
  local what=$1
  shift
  local before
  before=$(count)
  "$bin" briefing --no-progress --top 1 "$@" "$work/day.jsonl" > /dev/null 2> "$work/err"
  local got=$?
  if [ $got = 2 ] && [ -s "$work/err" ] && [ "$(count)" = "$before" ]; then
    echo "ok: $what (exit 2: $(tail -1 "$work/err" | head -c 140))"
  else
    echo "FAILED: $what (exit $got, messages $before -> $(count))"
    failures=$((failures + 1))
  fi
}
expect_refused "a bad address sends nothing" --mail-to "ok@example.org,bad address" \
  --smtp "smtp://127.0.0.1:$port"
expect_refused "a header injection in an address" --mail-to $'a@example.org\r\nBcc: x@example.org' \
  --smtp "smtp://127.0.0.1:$port"
expect_refused "--mail-to without --smtp" --mail-to ok@example.org
expect_refused "an unknown URL scheme" --mail-to ok@example.org --smtp "http://127.0.0.1:$port"
expect_refused "STARTTLS asked of a server that does not offer it" --mail-to ok@example.org \
  --smtp "smtp+starttls://127.0.0.1:$port"
kill "$sink" 2> /dev/null
wait "$sink" 2> /dev/null
sink=""
expect_refused "a server that is gone" --mail-to ok@example.org --smtp "smtp://127.0.0.1:$port"

[ $failures = 0 ] && echo "briefing_mail: all passed" || { echo "briefing_mail: $failures failed"; exit 1; }
