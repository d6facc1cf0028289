// Fuzz target: reading an article JSON line back (ParseArticleJson). It must give what the nlohmann
// reader it replaced gives (src/output/json_nlohmann.cc), and a record it reads must come back
// the same when written (AppendArticleJson) and read again.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "article_record_text.h"
#include "newsdesk/json.h"
#include "output/json_nlohmann.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view line(reinterpret_cast<const char*>(data), size);
  auto record = newsdesk::ParseArticleJson(line);
  std::string now = newsdesk::testing::DescribeArticleRecord(record);
  if (now !=
      newsdesk::testing::DescribeArticleRecord(newsdesk::output::ParseArticleJsonNlohmann(line))) {
    std::abort();  // the readers differ
  }
  if (!record.ok() || !record->skipped.empty() || !record->error.empty()) return 0;
  newsdesk::JsonOptions options;
  options.id = record->id;
  options.source = record->source;
  for (const auto& [key, value] : record->extra) options.extra.emplace_back(key, value);
  options.with_html = true;
  options.with_explain = true;
  std::string written;
  newsdesk::AppendArticleJson(record->article, options, &written);
  if (newsdesk::testing::DescribeArticleRecord(newsdesk::ParseArticleJson(written)) != now) {
    std::abort();  // not the same record after a round trip
  }
  return 0;
}
