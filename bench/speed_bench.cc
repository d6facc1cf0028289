// End-to-end extraction speed on a folder of pages (.html or .html.gz), one core.
//
//   speed_bench [DIR] [--rounds N]      (default DIR: ../shared/bench/scrapinghub/html)
//
// Loads and inflates every page first, checks that extraction gives text for most pages (a broken
// build must not look fast), then times Extractor::Extract plus the JSON line over all pages N
// times and prints pages/s and MB/s of HTML (the best round).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "bench_pages.h"
#include "newsdesk/extract.h"
#include "output/json.h"

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  auto [dir, rounds] = newsdesk::bench::ParseBenchArgs(argc, argv);
  if (!fs::is_directory(dir)) {
    std::printf("speed_bench: %s not found; skipped\n", dir.c_str());
    return 0;
  }
  std::size_t bytes = 0;
  std::vector<std::string> pages = newsdesk::bench::LoadPages(dir, &bytes);
  if (pages.empty()) {
    std::printf("speed_bench: no pages in %s\n", dir.c_str());
    return 1;
  }
  newsdesk::Extractor extractor;
  std::size_t with_text = 0;
  for (const auto& page : pages) {
    auto a = extractor.Extract(page);
    if (a.ok() && a->text.size() > 200) ++with_text;
  }
  if (with_text * 10 < pages.size() * 9) {
    std::printf("speed_bench: only %zu of %zu pages gave text; not timing a broken build\n",
                with_text, pages.size());
    return 1;
  }
  // What `newsdesk extract --format jsonl` does per page: text, Markdown, metadata, the JSON line.
  newsdesk::ExtractOptions options;
  options.render_html = false;
  double best = 1e30;
  std::size_t sink = 0;
  std::string line;
  for (int r = 0; r < rounds; ++r) {
    auto start = std::chrono::steady_clock::now();
    for (const auto& page : pages) {
      auto a = extractor.Extract(page, options);
      if (!a.ok()) continue;
      line.clear();
      newsdesk::output::AppendArticleJson(*a, {}, &line);
      sink += line.size();
    }
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    best = std::min(best, s);
  }
  std::printf("end-to-end extraction (HTML bytes to text + Markdown + metadata + JSON line), "
              "1 core, %zu pages, %.1f MB:\n",
              pages.size(), bytes / 1e6);
  std::printf("  %.0f pages/s  %.1f MB/s  (best of %d rounds; checksum %zu)\n",
              pages.size() / best, bytes / 1e6 / best, rounds, sink % 997);
  return 0;
}
