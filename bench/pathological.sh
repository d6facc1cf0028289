#!/usr/bin/env bash
# Hostile inputs at full size, each with its outcome, time and peak memory (issue: hostile input).
#   bench/pathological.sh        (BUILD=path/to/build)
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${BUILD:-$root/build}/newsdesk
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%-46s %-44s %8s %10s %9s\n' "case" "outcome" "seconds" "peak MB" "x input"
run() {  # name, file, extra args...
  local name=$1 file=$2
  shift 2
  local out
  out=$(/usr/bin/time -f "%e %M" "$bin" "$@" "$file" 2> "$work/err" > "$work/out"; echo "rc=$?")
  local rc=${out#rc=}
  read -r secs kb < <(tail -1 "$work/err")
  local outcome
  if [ "$rc" = "0" ]; then
    outcome="ok, $(wc -c < "$work/out") bytes out"
  else
    outcome="exit $rc: $(grep -m1 newsdesk "$work/err" | cut -c1-40)"
  fi
  # Peak memory as a multiple of the input's size (the README promises about 7x for big pages;
  # small inputs are dominated by the program's own ~10 MB).
  local size multiple
  size=$(stat -c %s "$file")
  multiple=$(python3 -c "print(f'{$kb * 1024 / max($size, 1):.1f}x')")
  printf '%-46s %-44s %8s %10s %9s\n' "$name" "$outcome" "$secs" "$((kb / 1024))" "$multiple"
}
para='<p>The council voted on Tuesday to build protected cycle lanes along the harbour road, ending a long argument over the busiest street in the old town.</p>'
python3 - "$work" "$para" <<'PY'
import gzip, os, sys
w, para = sys.argv[1], sys.argv[2]
def write(name, data):
    open(os.path.join(w, name), "wb").write(data)
write("deep.html", ("<div>" * 100000 + para * 5).encode())
write("attrs.html", ("<div " + " ".join(f"a{i}=x" for i in range(1000000)) + ">" + para * 5).encode())
big = para.encode() * (200 * 1024 * 1024 // len(para.encode()))
write("page200mb.html", b"<html><body>" + big + b"</body></html>")
write("text50mb.html", b"<p>" + b"word, " * (50 * 1024 * 1024 // 6) + b"end.</p>")
write("unclosed.html", (para * 5 + "<div><p><span" + "<!-- never closed " + "x" * 1000000).encode())
write("script.html", (para * 5 + "<script>" + "var x = '<p>';" * 100000).encode())
write("nul.html", para.encode() * 5 + b"\0" * 1000000)
write("badutf8.html", para.encode() * 5 + b"\xc0\xaf\xed\xa0\x80\xf8\x88\x80\x80\x80" * 100000)
write("utf16.html", b"\xff\xfe" + ("<html><body>" + para * 5).encode("utf-16-le"))
write("liar1252.html", ("<meta charset=windows-1252>" + para * 3 + "<p>Café, “quotes”.</p>").encode("utf-8"))
# Tree-construction worst cases: misnested formatting (adoption agency), distinct unclosed
# formatting elements reopened for every paragraph, text foster-parented out of a table.
write("misnested.html", ("<b><p>x</b>" * 100000 + para * 5).encode())
write("formatting.html", ("".join(f"<p><b id={i}>x</p>" for i in range(100000)) + para * 5).encode())
write("foster.html", ("<table>" + "text<b>bold</b>" * 100000 + "</table>" + para * 5).encode())
write("liarutf8.html", ("<meta charset=utf-8>" + para * 3 + "<p>Café, “quotes”.</p>").encode("cp1252"))
# A 1 GB gzip bomb inside a WARC record, and a record whose length runs past the end of file.
body = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
head = (b"WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://bomb.example/\r\n"
        b"WARC-Record-ID: <urn:uuid:bomb>\r\nContent-Length: %d\r\n\r\n")
bomb_size = 1 << 30
with open(os.path.join(w, "bomb.warc.gz"), "wb") as f:
    comp = gzip.GzipFile(fileobj=f, mode="wb", mtime=0)
    comp.write(head % (len(body) + bomb_size) + body)
    chunk = b"\0" * (1 << 24)
    for _ in range(bomb_size // len(chunk)):
        comp.write(chunk)
    comp.write(b"\r\n\r\n")
    comp.close()
    f.write(gzip.compress(b"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:after>\r\nContent-Length: %d\r\n\r\n" % (len(body) + len(para)) + body + para.encode() + b"\r\n\r\n", mtime=0))
write("pastend.warc", head % 999999 + body + para.encode())
PY
run "nesting 100,000 deep" "$work/deep.html" extract
run "1,000,000 attributes" "$work/attrs.html" extract
run "misnested <b><p>x</b> x 100,000" "$work/misnested.html" extract
run "100,000 distinct unclosed <b>" "$work/formatting.html" extract
run "100,000 texts foster-parented from a table" "$work/foster.html" extract
run "200 MB page (default limit 256 MiB)" "$work/page200mb.html" extract
run "200 MB page, --format json" "$work/page200mb.html" extract --format json
run "200 MB page with --max-input-mb 100" "$work/page200mb.html" extract --max-input-mb 100
run "50 MB single text node" "$work/text50mb.html" extract
run "50 MB single text node, --format json" "$work/text50mb.html" extract --format json
run "unclosed tags and comment to EOF" "$work/unclosed.html" extract
run "<script> never closed" "$work/script.html" extract
run "1 MB of NUL bytes" "$work/nul.html" extract
run "invalid and overlong UTF-8" "$work/badutf8.html" extract
run "UTF-16LE with BOM" "$work/utf16.html" extract
run "declares windows-1252, is UTF-8" "$work/liar1252.html" extract
run "declares UTF-8, is windows-1252" "$work/liarutf8.html" extract
run "1 GB gzip bomb in a WARC record" "$work/bomb.warc.gz" batch -q -o /dev/null
run "WARC record length past end of file" "$work/pastend.warc" batch -q -o /dev/null
echo "(x input: peak memory / input size; the README's bound for big pages is about 7x)"
