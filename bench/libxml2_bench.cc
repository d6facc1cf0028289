// Baseline: libxml2's HTML parser building its tree, on the same pages and core as speed_bench.
//
//   libxml2_bench [DIR] [--rounds N]      (default DIR: ../shared/bench/scrapinghub/html)
#include <libxml/HTMLparser.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "bench_pages.h"

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  auto [dir, rounds] = newsdesk::bench::ParseBenchArgs(argc, argv);
  if (!fs::is_directory(dir)) {
    std::printf("libxml2_bench: %s not found; skipped\n", dir.c_str());
    return 0;
  }
  std::size_t bytes = 0;
  std::vector<std::string> pages = newsdesk::bench::LoadPages(dir, &bytes);
  xmlInitParser();
  int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
  std::size_t parsed = 0;
  for (const auto& page : pages) {  // check before timing
    htmlDocPtr doc = htmlReadMemory(page.data(), static_cast<int>(page.size()), nullptr, "UTF-8", options);
    if (doc && xmlDocGetRootElement(doc)) ++parsed;
    if (doc) xmlFreeDoc(doc);
  }
  if (parsed * 10 < pages.size() * 9) {
    std::printf("libxml2_bench: only %zu of %zu pages parsed\n", parsed, pages.size());
    return 1;
  }
  double best = 1e30;
  for (int r = 0; r < rounds; ++r) {
    auto start = std::chrono::steady_clock::now();
    for (const auto& page : pages) {
      htmlDocPtr doc = htmlReadMemory(page.data(), static_cast<int>(page.size()), nullptr, "UTF-8", options);
      if (doc) xmlFreeDoc(doc);
    }
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  std::printf("libxml2 %s HTML parser, tree only, 1 core, %zu pages, %.1f MB:\n", LIBXML_DOTTED_VERSION,
              pages.size(), bytes / 1e6);
  std::printf("  %.0f pages/s  %.1f MB/s  (best of %d rounds)\n", pages.size() / best, bytes / 1e6 / best, rounds);
  xmlCleanupParser();
  return 0;
}
