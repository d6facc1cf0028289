// Search latency on an archive: 1,000 queries of one or two words drawn from the stored titles
// (a fixed seed), each run through Store::Search (limit 20) and timed; prints the median and p99.
//   search_bench news.db [queries]
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "newsdesk/store.h"

namespace {

// Words of at least four letters from up to 20,000 random titles.
std::vector<std::string> TitleWords(const char* path) {
  std::vector<std::string> words;
  sqlite3* db = nullptr;
  sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* s = nullptr;
  sqlite3_prepare_v2(db, "SELECT title FROM articles ORDER BY random() LIMIT 20000", -1, &s,
                     nullptr);
  while (sqlite3_step(s) == SQLITE_ROW) {
    std::string title = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
    std::string word;
    for (char c : title + " ") {
      if (static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c))) {
        word += c;
      } else {
        if (word.size() >= 4) words.push_back(word);
        word.clear();
      }
    }
  }
  sqlite3_finalize(s);
  sqlite3_close(db);
  return words;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: search_bench news.db [queries]\n");
    return 2;
  }
  int queries = argc > 2 ? std::atoi(argv[2]) : 1000;
  newsdesk::StoreOptions options;
  options.read_only = true;
  auto store = newsdesk::Store::Open(argv[1], options);
  if (!store.ok()) {
    std::fprintf(stderr, "search_bench: %s\n", store.status().ToString().c_str());
    return 2;
  }
  std::vector<std::string> words = TitleWords(argv[1]);
  if (words.empty()) return 2;
  std::mt19937_64 rng(14);
  std::vector<double> ms;
  std::size_t hits = 0;
  for (int i = 0; i < queries; ++i) {
    std::string q = words[rng() % words.size()];
    if (rng() % 2) q += " " + words[rng() % words.size()];
    auto start = std::chrono::steady_clock::now();
    auto r = (*store)->Search(q);
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                     .count());
    if (r.ok()) hits += r->size();
  }
  std::sort(ms.begin(), ms.end());
  std::printf(
      "search: %d queries (1-2 title words), median %.2f ms, p99 %.2f ms, max %.2f ms, "
      "%.1f hits/query\n",
      queries, ms[ms.size() / 2], ms[ms.size() * 99 / 100], ms.back(),
      static_cast<double>(hits) / queries);
  return 0;
}
