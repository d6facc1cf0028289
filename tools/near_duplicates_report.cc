// Developer tool: the copy groups (near-duplicates: one wire text republished) in article JSONL.
//
//   near_duplicates_report [--examples N] FILE...   FILE: article JSONL, plain or .gz, as
//                                                   `newsdesk batch` writes it
//
// Articles are taken in file order; each is looked up in the index of the earlier ones and then
// added, as the store will do. Groups join every pair found (single link). Prints the group count,
// their sizes, the N largest groups with outlets and titles, and the speed of sketching and of
// the index.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "newsdesk/io.h"
#include "newsdesk/json.h"
#include "stories/near_duplicates.h"

using namespace newsdesk;

namespace {

constexpr std::size_t kMaxFileBytes = std::size_t{4} << 30;

// `s` cut to at most `bytes` bytes, at a UTF-8 character boundary.
std::string Clip(const std::string& s, std::size_t bytes) {
  if (s.size() <= bytes) return s;
  while (bytes > 0 && (static_cast<unsigned char>(s[bytes]) & 0xC0) == 0x80) --bytes;
  return s.substr(0, bytes);
}

struct Entry {
  std::string id, sitename, title;
};

struct DisjointSets {
  std::vector<std::size_t> parent;
  std::size_t Root(std::size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  }
  void Join(std::size_t a, std::size_t b) { parent[Root(a)] = Root(b); }
};

struct Run {
  std::vector<Entry> entries;
  DisjointSets sets;
  std::size_t unusable = 0, lines = 0, bad_lines = 0;
  double sketch_seconds = 0, index_seconds = 0;
};

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void AddArticle(const ArticleRecord& record, stories::NearDuplicateIndex* index, Run* run) {
  auto start = std::chrono::steady_clock::now();
  stories::Sketch sketch = stories::SketchOf(record.article.text);
  run->sketch_seconds += SecondsSince(start);
  std::size_t slot = run->entries.size();
  run->entries.push_back({record.id, record.article.sitename, record.article.title});
  run->sets.parent.push_back(slot);
  if (!sketch.usable) {
    ++run->unusable;
    return;
  }
  start = std::chrono::steady_clock::now();
  for (const auto& [id, resemblance] : index->Find(sketch)) {
    run->sets.Join(slot, static_cast<std::size_t>(id));
  }
  index->Add(static_cast<int64_t>(slot), sketch);
  run->index_seconds += SecondsSince(start);
}

bool ReadFile(const std::string& path, stories::NearDuplicateIndex* index, Run* run) {
  Result<std::string> content = ReadDocument(path, kMaxFileBytes);
  if (!content.ok()) {
    std::fprintf(stderr, "near_duplicates_report: %s: %s\n", path.c_str(),
                 content.status().ToString().c_str());
    return false;
  }
  std::string_view rest = *content;
  while (!rest.empty()) {
    std::size_t end = rest.find('\n');
    std::string_view line = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    if (line.empty()) continue;
    ++run->lines;
    Result<ArticleRecord> record = ParseArticleJson(line);
    if (!record.ok() || !record->error.empty() || !record->skipped.empty()) {
      ++run->bad_lines;
      continue;
    }
    AddArticle(*record, index, run);
  }
  return true;
}

void PrintGroups(Run& run, int examples) {
  std::map<std::size_t, std::vector<std::size_t>> groups;  // root -> members, in file order
  for (std::size_t i = 0; i < run.entries.size(); ++i) groups[run.sets.Root(i)].push_back(i);
  std::vector<std::vector<std::size_t>> copies;
  for (auto& [root, members] : groups) {
    if (members.size() > 1) copies.push_back(std::move(members));
  }
  std::stable_sort(copies.begin(), copies.end(),
                   [](const auto& a, const auto& b) { return a.size() > b.size(); });
  std::map<std::size_t, int> by_size;
  std::size_t in_groups = 0, across_outlets = 0;
  for (const auto& g : copies) {
    ++by_size[g.size()];
    in_groups += g.size();
    std::set<std::string> outlets;
    for (std::size_t i : g) outlets.insert(run.entries[i].sitename);
    across_outlets += outlets.size() > 1;
  }
  std::printf("copy groups: %zu (%zu articles; %zu groups span two or more outlets)\n",
              copies.size(), in_groups, across_outlets);
  std::printf("sizes:");
  for (const auto& [size, count] : by_size) std::printf(" %zu x%d", size, count);
  std::printf("\n");
  for (int e = 0; e < examples && e < static_cast<int>(copies.size()); ++e) {
    std::printf("\ngroup %d (%zu articles):\n", e + 1, copies[e].size());
    for (std::size_t k = 0; k < copies[e].size() && k < 8; ++k) {
      const Entry& entry = run.entries[copies[e][k]];
      std::string outlet = entry.sitename.empty() ? "(no sitename)" : Clip(entry.sitename, 28);
      std::printf("  %-28s  %s\n", outlet.c_str(), Clip(entry.title, 100).c_str());
    }
    if (copies[e].size() > 8) std::printf("  ... and %zu more\n", copies[e].size() - 8);
  }
}

}  // namespace

int main(int argc, char** argv) {
  int examples = 5;
  std::vector<std::string> paths;
  for (int a = 1; a < argc; ++a) {
    if (std::strcmp(argv[a], "--examples") == 0 && a + 1 < argc) {
      examples = std::atoi(argv[++a]);
    } else {
      paths.emplace_back(argv[a]);
    }
  }
  if (paths.empty()) {
    std::fprintf(stderr, "usage: near_duplicates_report [--examples N] FILE.jsonl[.gz]...\n");
    return 2;
  }
  Run run;
  stories::NearDuplicateIndex index;
  int status = 0;
  for (const std::string& path : paths) {
    if (!ReadFile(path, &index, &run)) status = 1;
  }
  std::size_t n = run.entries.size();
  std::printf(
      "articles: %zu (%zu lines, %zu without an article); unusable sketches (too short): %zu\n", n,
      run.lines, run.bad_lines, run.unusable);
  std::printf("speed: %.0f sketches/s (%.3f s); index find+add %.0f articles/s (%.3f s)\n",
              n / std::max(run.sketch_seconds, 1e-9), run.sketch_seconds,
              (n - run.unusable) / std::max(run.index_seconds, 1e-9), run.index_seconds);
  PrintGroups(run, examples);
  return status;
}
