// Loading a benchmark folder of pages (.html or .html.gz) into memory, for the speed benches.
#pragma once

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "input/file_reader.h"

namespace newsdesk::bench {

struct BenchArgs {
  std::string dir = "../shared/bench/scrapinghub/html";
  int rounds = 5;
};

// `[DIR] [--rounds N]`, shared by the speed benches.
inline BenchArgs ParseBenchArgs(int argc, char** argv) {
  BenchArgs args;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--rounds" && i + 1 < argc) {
      args.rounds = std::max(1, std::atoi(argv[++i]));
    } else {
      args.dir = a;
    }
  }
  return args;
}

// The pages of `dir` in name order, inflated; `bytes` gets their total size.
inline std::vector<std::string> LoadPages(const std::string& dir, std::size_t* bytes) {
  namespace fs = std::filesystem;
  std::vector<fs::path> paths;
  for (const auto& e : fs::directory_iterator(dir)) paths.push_back(e.path());
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> pages;
  *bytes = 0;
  for (const auto& p : paths) {
    auto r = ReadDocument(p.string(), std::size_t{1} << 30);
    if (!r.ok()) continue;
    *bytes += r->size();
    pages.push_back(std::move(r.value()));
  }
  return pages;
}

}  // namespace newsdesk::bench
