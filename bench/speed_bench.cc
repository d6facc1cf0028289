// Extraction speed on a folder of pages (.html or .html.gz), one core, stage by stage, against
// libxml2's HTML parser in the same run.
//
//   speed_bench [DIR] [--rounds N] [--only STAGE]   (default DIR: ../shared/bench/scrapinghub/html)
//
// --only times one stage (tokenize, tree, extract, json, libxml2), for a profiler.
//
// Loads and inflates every page first and checks the output before timing (every page parses to
// a tree with a body, and extraction gives text for most pages: a broken build must not look
// fast). Each round times, over all pages:
//   tokenize      our tokenizer to EOF
//   + tree        tokenizer and tree builder
//   extract       Extractor::Extract: charset check, parse, blocks, scoring, metadata, text and
//                 Markdown
//   + JSON        ... and the JSON line (what `newsdesk extract --format jsonl` does per page)
//   libxml2       htmlReadMemory + xmlFreeDoc (when libxml2 is installed)
// and the best round of each is reported in MB/s of HTML and pages/s; stage costs are the
// differences (build = tree - tokenize, score = extract - tree, serialise = JSON - extract).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "bench_pages.h"
#include "html/tokenizer.h"
#include "html/tree_builder.h"
#include "newsdesk/extract.h"
#include "newsdesk/json.h"
#include "util/arena.h"
#if defined(NEWSDESK_HAVE_LIBXML2)
#include "libxml2_engine.h"
#endif

namespace {

using Clock = std::chrono::steady_clock;

struct Stage {
  const char* name;
  std::function<std::size_t()> run;  // one pass over every page; returns a checksum
  double best = 1e30;
};

// Extraction and tree building work on (nearly) every page: a broken build is not timed.
bool BuildWorks(const std::vector<std::string>& pages) {
  using namespace newsdesk;
  Extractor extractor;
  html::TreeBuilder builder;
  Arena arena;
  std::size_t with_text = 0, with_body = 0;
  for (const auto& page : pages) {
    auto a = extractor.Extract(page);
    if (a.ok() && a->text.size() > 200) ++with_text;
    arena.Reset();
    dom::Document doc;
    builder.Build(page, {}, &arena, &doc);
    if (doc.body && doc.body->first_child) ++with_body;
  }
  if (with_text * 10 < pages.size() * 9 || with_body != pages.size()) {
    std::printf("speed_bench: %zu of %zu pages gave text, %zu a body; not timing a broken build\n",
                with_text, pages.size(), with_body);
    return false;
  }
  return true;
}

// --only STAGE: that stage alone, for a profiler.
int RunOnly(const std::string& only, std::vector<Stage>* stages, int rounds, std::size_t bytes) {
  const char* names[] = {"tokenize", "tree", "extract", "json", "libxml2"};
  std::vector<Stage> chosen;
  for (std::size_t i = 0; i < stages->size(); ++i)
    if (only == names[i]) chosen.push_back((*stages)[i]);
  if (chosen.empty()) {
    std::printf("speed_bench: no stage %s\n", only.c_str());
    return 2;
  }
  std::size_t sum = 0;
  for (int r = 0; r < rounds; ++r) {
    auto start = Clock::now();
    sum += chosen[0].run();
    chosen[0].best =
        std::min(chosen[0].best, std::chrono::duration<double>(Clock::now() - start).count());
  }
  std::printf("%s: %.1f MB/s (checksum %zu)\n", only.c_str(), bytes / 1e6 / chosen[0].best,
              sum % 997);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  using namespace newsdesk;
  std::string only;
  std::vector<char*> args;
  for (int i = 0; i < argc; ++i) {
    if (std::string(argv[i]) == "--only" && i + 1 < argc) {
      only = argv[++i];
    } else {
      args.push_back(argv[i]);
    }
  }
  auto [dir, rounds] = bench::ParseBenchArgs(static_cast<int>(args.size()), args.data());
  if (!fs::is_directory(dir)) {
    std::printf("speed_bench: %s not found; skipped\n", dir.c_str());
    return 0;
  }
  std::size_t bytes = 0;
  std::vector<std::string> pages = bench::LoadPages(dir, &bytes);
  if (pages.empty()) {
    std::printf("speed_bench: no pages in %s\n", dir.c_str());
    return 1;
  }

  // Check before timing.
  if (!BuildWorks(pages)) return 1;
  Extractor extractor;
  html::TreeBuilder builder;
  Arena arena;

  ExtractOptions options;
  options.render_html = false;
  std::string line;
  std::vector<Stage> stages = {
      {"tokenize",
       [&] {
         std::size_t sum = 0;
         html::Token t;
         for (const auto& page : pages) {
           arena.Reset();
           html::Tokenizer tok(page, &arena);
           do {
             tok.Next(&t);
             ++sum;
             html::Tokenizer::ContentModel model;
             if (t.kind == html::TokenKind::kStartTag && html::ContentModelFor(t.tag, &model))
               tok.SwitchTo(model);
           } while (t.kind != html::TokenKind::kEof);
         }
         return sum;
       }},
      {"+ tree",
       [&] {
         std::size_t sum = 0;
         for (const auto& page : pages) {
           arena.Reset();
           dom::Document doc;
           builder.Build(page, {}, &arena, &doc);
           sum += doc.node_count;
         }
         return sum;
       }},
      {"extract",
       [&] {
         std::size_t sum = 0;
         for (const auto& page : pages) {
           auto a = extractor.Extract(page, options);
           if (a.ok()) sum += a->text.size();
         }
         return sum;
       }},
      {"+ JSON",
       [&] {
         std::size_t sum = 0;
         for (const auto& page : pages) {
           auto a = extractor.Extract(page, options);
           if (!a.ok()) continue;
           line.clear();
           AppendArticleJson(*a, {}, &line);
           sum += line.size();
         }
         return sum;
       }},
  };
#if defined(NEWSDESK_HAVE_LIBXML2)
  if (bench::Libxml2ParseAll(pages) * 10 < pages.size() * 9) {
    std::printf("speed_bench: libxml2 failed on most pages\n");
    return 1;
  }
  stages.push_back({"libxml2", [&] { return bench::Libxml2ParseAll(pages); }});
#endif

  if (!only.empty()) return RunOnly(only, &stages, rounds, bytes);

  std::size_t checksum = 0;
  for (int r = 0; r < rounds; ++r) {  // engines interleaved, so machine noise hits all alike
    for (Stage& s : stages) {
      auto start = Clock::now();
      checksum += s.run();
      s.best = std::min(s.best, std::chrono::duration<double>(Clock::now() - start).count());
    }
  }

  const double mb = bytes / 1e6;
  std::printf("speed, 1 core, %zu pages, %.1f MB of HTML, best of %d rounds (checksum %zu):\n",
              pages.size(), mb, rounds, checksum % 997);
  for (const Stage& s : stages)
    std::printf("  %-10s %8.0f pages/s %8.1f MB/s\n", s.name, pages.size() / s.best, mb / s.best);
  const double tokenize = stages[0].best, tree = stages[1].best, extract = stages[2].best,
               json = stages[3].best;
  std::printf("stage cost, share of the end-to-end time:\n");
  std::printf(
      "  tokenize %5.1f%%  build %5.1f%%  score+metadata+render %5.1f%%  serialise %5.1f%%\n",
      100 * tokenize / json, 100 * (tree - tokenize) / json, 100 * (extract - tree) / json,
      100 * (json - extract) / json);
  std::printf("end-to-end (HTML bytes to text + Markdown + metadata + JSON line): %.1f MB/s\n",
              mb / json);
#if defined(NEWSDESK_HAVE_LIBXML2)
  std::printf("end-to-end extraction vs %s building its tree: %.2fx\n",
              bench::Libxml2Version().c_str(),
              stages.back().best > 0 ? stages.back().best / json : 0);
#endif
  return 0;
}
