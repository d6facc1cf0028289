#!/usr/bin/env bash
# Installs the Debian packages newsdesk needs to build, test and benchmark. Idempotent: installs
# only what is missing. Works as root or through sudo.
set -euo pipefail
packages=(
  g++ cmake ninja-build make pkg-config python3
  zlib1g-dev      # gzip input and output
  libsqlite3-dev sqlite3  # the archive (newsdesk ingest/search; sqlite3: its tests check files)
  libzstd-dev zstd  # zstd output (zstd: the CLI test reads it back)
  clang-format clang-tidy  # make format-check (CI), .clang-tidy
  libdeflate-dev  # fast gzip member inflate for WARC files
  libbrotli-dev   # Content-Encoding: br in WARC response records
  libuchardet-dev # charset detection when the declared charset does not decode
  libcli11-dev    # command-line parsing
  nlohmann-json3-dev  # JSON-LD parsing
  libsimdjson-dev  # reading article JSONL back (ParseArticleJson: newsdesk stories, ingest)
  libcld2-dev     # language detection
  libstemmer-dev  # Snowball stemmers for story terms
  libgtest-dev    # unit tests
  libexpat1-dev   # the core reads feeds and sitemaps (src/crawl); the briefing RSS test reads its feed back
  libcurl4-openssl-dev  # the briefing e-mail (SMTP) and the crawler (HTTP, libcurl multi)
  libssl-dev      # SHA-1 digests of the WARC records the crawler writes (libcrypto)
  python3-aiosmtpd  # the e-mail test: a local SMTP sink on loopback
  libcpp-httplib-dev  # newsdesk serve (the HTTP server); the crawler test server (tests/outlets_server)
  curl            # the server's tests talk to it over loopback
  chromium chromium-driver python3-selenium  # make test-browser: the web page in a real browser
  libbenchmark-dev  # benchmarks
  libxml2-dev     # the libxml2 baseline in bench/
  time            # /usr/bin/time: wall time and peak memory in the bench/ scripts
  clang libclang-rt-14-dev  # libFuzzer for make fuzz
  python3-dev pybind11-dev python3-pybind11  # the Python module
  python3-pytest python3-dask python3-distributed  # its tests, and the Dask runner
)
# npm (for the WARC interop check below): the machine's own Node.js when it has one, else Debian's.
command -v npm >/dev/null || packages+=(nodejs npm)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install ${missing[*]}" >&2; exit 1; }
    sudo=sudo
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# warcio.js, a second WARC reader for the crawler's test (tools/warcio, locked by its
# package-lock.json); from the npm registry, once.
here=$(cd "$(dirname "$0")/.." && pwd)
if [ ! -x "$here/tools/warcio/node_modules/.bin/warcio" ]; then
  echo "install-deps: npm ci in tools/warcio (warcio.js)"
  (cd "$here/tools/warcio" && npm ci --no-audit --no-fund --loglevel=error)
fi
