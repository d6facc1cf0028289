// newsdesk/json.h: an Article as one JSON object (the lines `extract` and `batch` write), and back.
//
// The schema is documented in README.md ("JSON output"); the field list is ForEachArticleField
// (article.h). Writers append to a caller's string, so a loop reuses one buffer. All functions are
// pure and thread-safe.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "newsdesk/article.h"
#include "newsdesk/status.h"

namespace newsdesk {

// What goes into an article's line besides the Article itself.
struct JsonOptions {
  std::string_view id;      // "id": always written (empty string when empty)
  std::string_view source;  // "source": omitted when empty
  // More string fields after "source" (batch adds warc_date and warc_record_id).
  std::vector<std::pair<std::string_view, std::string_view>> extra;
  bool with_html = false;     // include "html"
  bool with_explain = false;  // include "sources": {field: source} and "removed": [{label, text}]
};

// Appends `s` as a JSON string literal (quoted and escaped; `s` must be UTF-8).
void AppendJsonString(std::string_view s, std::string* out);

// Appends one JSON object (no trailing newline).
void AppendArticleJson(const Article& article, const JsonOptions& options, std::string* out);

// Writes the same object and a newline to `sink` in pieces of about 1 MiB, so a huge article is
// not held a second time as JSON. Returns false when a sink call returned false (the rest is not
// written).
bool WriteArticleJson(const Article& article, const JsonOptions& options,
                      const std::function<bool(std::string_view)>& sink);

// Appends {"id":..., "source":..., "error": "<code>: <message>"}.
void AppendErrorJson(std::string_view id, std::string_view source, const Status& status,
                     std::string* out);

// One line of article JSONL read back: the article, or why the document has none.
struct ArticleRecord {
  std::string id;
  std::string source;
  std::vector<std::pair<std::string, std::string>> extra;  // other string fields (warc_date, ...)
  Article article;
  std::string skipped;  // non-empty for {"skipped": reason} lines
  std::string error;    // non-empty for {"error": reason} lines
};

// Parses one line. Unknown string fields go to `extra` in their order, other unknown fields are
// ignored; a missing or null field stays empty. Fails with kCorruptInput when the line is not a
// JSON object (JSON with invalid UTF-8 or escapes is not) or a known field has the wrong type.
// Each thread keeps its own parser between calls (buffers of about 15 times its longest line,
// for lines up to 1 MiB).
Result<ArticleRecord> ParseArticleJson(std::string_view line);

}  // namespace newsdesk
