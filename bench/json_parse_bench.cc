// Reading article JSONL back: ParseArticleJson against the nlohmann reader it was before simdjson
// (src/output/json_nlohmann.cc), on the same lines, one core.
//
//   json_parse_bench FILE.jsonl[.gz|.zst]...
//
// Per file: reads every line into memory (pipeline/line_reader), checks that both readers give
// the same record for every line (exit 1 on a difference), then times each reader over all lines,
// best of three, and prints lines/s and MB/s of JSON.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "article_record_text.h"
#include "newsdesk/json.h"
#include "output/json_nlohmann.h"
#include "pipeline/line_reader.h"

namespace {

constexpr int kRuns = 3;  // best of, against noise from other jobs on the machine

template <typename Parse>
double BestSeconds(const std::vector<std::string>& lines, Parse parse, std::size_t* sink) {
  double best = 1e300;
  for (int run = 0; run < kRuns; ++run) {
    auto start = std::chrono::steady_clock::now();
    for (const std::string& line : lines) {
      auto record = parse(line);
      *sink += record.ok() ? record->article.text.size() + record->id.size() : 1;
    }
    best = std::min(
        best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: json_parse_bench FILE.jsonl[.gz|.zst]...\n");
    return 2;
  }
  for (int a = 1; a < argc; ++a) {
    auto reader = newsdesk::LineReader::Open(argv[a]);
    if (!reader.ok()) {
      std::fprintf(stderr, "%s\n", reader.status().ToString().c_str());
      return 1;
    }
    std::vector<std::string> lines;
    std::size_t bytes = 0;
    std::string_view line;
    while ((*reader)->NextLine(&line)) {
      lines.emplace_back(line);
      bytes += line.size() + 1;
    }
    std::size_t bad = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      auto record = newsdesk::ParseArticleJson(lines[i]);
      auto oracle = newsdesk::output::ParseArticleJsonNlohmann(lines[i]);
      bad += !record.ok();
      if (newsdesk::testing::DescribeArticleRecord(record) !=
          newsdesk::testing::DescribeArticleRecord(oracle)) {
        std::fprintf(stderr, "%s:%zu: the readers differ\n", argv[a], i + 1);
        return 1;
      }
    }
    std::printf("%s: %zu lines (%zu refused by both), %.1f MB of JSON; same records from both\n",
                argv[a], lines.size(), bad, bytes / 1e6);
    std::size_t sink = 0;
    double nlohmann = BestSeconds(lines, newsdesk::output::ParseArticleJsonNlohmann, &sink);
    double now = BestSeconds(lines, newsdesk::ParseArticleJson, &sink);
    for (auto [name, s] : {std::pair{"nlohmann reader", nlohmann}, {"ParseArticleJson", now}}) {
      std::printf("  %-16s %.3f s: %9.0f lines/s, %6.1f MB/s\n", name, s, lines.size() / s,
                  bytes / 1e6 / s);
    }
    std::printf("  ParseArticleJson %.2fx the nlohmann reader (checksum %zu)\n", nlohmann / now,
                sink);
  }
  return 0;
}
