#include "article_record_text.h"

namespace newsdesk::testing {

std::string DescribeArticleRecord(const Result<ArticleRecord>& record) {
  if (!record.ok()) return "status: " + record.status().ToString();
  JsonOptions options;
  options.id = record->id;
  options.source = record->source;
  for (const auto& [key, value] : record->extra) options.extra.emplace_back(key, value);
  options.with_html = true;
  options.with_explain = true;
  std::string out;
  AppendArticleJson(record->article, options, &out);
  out += "\nskipped: " + record->skipped + "\nerror: " + record->error;
  return out;
}

}  // namespace newsdesk::testing
