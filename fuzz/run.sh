#!/usr/bin/env bash
# Builds the fuzz targets with clang (libFuzzer + ASan + UBSan) and runs each for SECONDS
# (default 60), seeded from the golden pages, examples and a few WARC files made here. A crash
# fails the run and leaves its input in build-fuzz/crashes/; turn it into a regression test.
#   fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
shift || true
targets=${*:-extract_fuzzer tree_builder_fuzzer metadata_fuzzer warc_fuzzer article_json_fuzzer briefing_fuzzer crawl_fuzzer}
build=$root/build-fuzz
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DNEWSDESK_FUZZ=ON -DNEWSDESK_BUILD_TESTS=OFF -DNEWSDESK_BUILD_BENCH=OFF -DNEWSDESK_PYTHON=OFF \
  -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined" >/dev/null
if ! cmake --build "$build" --target $targets > "$build/build.log" 2>&1; then
  grep -E "error|Error" -A3 "$build/build.log" | head -40
  echo "fuzz: the fuzz targets did not build (clang); see $build/build.log" >&2
  exit 1
fi
seeds=$build/seeds
mkdir -p "$seeds/html" "$seeds/warc" "$seeds/meta" "$seeds/jsonl" "$seeds/briefing" "$seeds/crawl" "$build/crashes"
cp "$root"/tests/golden/*/input.html "$root"/examples/*.html "$seeds/html/" 2>/dev/null || true
python3 "$root/tools/make_warc.py" "$seeds/warc/a.warc.gz" "$root"/examples/*.html --non-html --wrong-length
python3 "$root/tools/make_warc.py" "$seeds/warc/b.warc" "$root"/examples/*.html --plain --latin1 --clip
printf '%s' '{"@type":"NewsArticle","author":[{"@id":"#a"},"Jane Doe"],"datePublished":"2024-03-14T07:30:00Z"}' > "$seeds/meta/ld.json"
printf '%s' 'Updated 3:14 PM ET, Thu February 17, 2022' > "$seeds/meta/date.txt"
printf '%s' 'By Jane Doe and John Roe, Senior Writers' > "$seeds/meta/byline.txt"
printf '%s' '{"id":"a","source":"x.warc@0","warc_date":"2024","title":"T\u00e9","authors":["A","B"],"text":"x\ny","sources":{"title":"h1"},"removed":[{"label":"ad","text":"Buy"}]}' > "$seeds/jsonl/article.json"
printf '%s' '{"id":"b","source":"y","skipped":"not HTML","n":[1,-2.5e3,true,null,{}]}' > "$seeds/jsonl/skipped.json"
# Briefing records: title 0x1F text 0x1F outlet 0x1F url 0x1F date, records split by 0x1E.
printf 'Bridge closes after storm\x1fRIVERVALE (Wire) \xe2\x80\x94 The bridge closed on Saturday. \xe2\x80\x9cIt is not safe,\xe2\x80\x9d said Mayor Ana Sorel. Sign up for our newsletter.\x1fWire\x1fhttps://wire.example/a\x1f2026-11-30T07:00Z\x1eWill the bridge reopen?\x1fThe bridge closed on Saturday after cracks, according to the city. He said that repairs would take months.\x1fPost' > "$seeds/briefing/two.txt"
# Crawl inputs: a robots.txt, an RSS feed, a sitemap (the parsers sniff the kind themselves).
printf 'User-agent: *\nDisallow: /*.pdf$\nAllow: /news/\nCrawl-delay: 1.5\n\nUser-agent: newsdesk\nDisallow: /private\nSitemap: https://news.example/sitemap.xml\n' > "$seeds/crawl/robots.txt"
printf '%s' '<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T &amp; U</title><link>https://news.example/</link><item><title><![CDATA[A <b>b</b>]]></title><link>/a</link><dc:date>2024-03-14T07:30:00Z</dc:date><pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate></item></channel></rss>' > "$seeds/crawl/rss.xml"
printf '%s' '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://news.example/a</loc><lastmod>2024-03-14</lastmod><news:news><news:publication_date>2024-03-14</news:publication_date><news:title>A</news:title></news:news></url></urlset>' > "$seeds/crawl/sitemap.xml"
for t in $targets; do
  case $t in
    warc_fuzzer) corpus=$seeds/warc ;;
    metadata_fuzzer) corpus=$seeds/meta ;;
    article_json_fuzzer) corpus=$seeds/jsonl ;;
    briefing_fuzzer) corpus=$seeds/briefing ;;
    crawl_fuzzer) corpus=$seeds/crawl ;;
    *) corpus=$seeds/html ;;
  esac
  mkdir -p "$build/corpus/$t"
  echo "== $t for $seconds s"
  "$build/fuzz/$t" -max_total_time="$seconds" -max_len=262144 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$build/crashes/$t-" -print_final_stats=1 "$build/corpus/$t" "$corpus" 2>&1 |
    grep -E "^(#[0-9]+ *DONE|stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb|==.*ERROR|SUMMARY)|cov:" | tail -5
done
