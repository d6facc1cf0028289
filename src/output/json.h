// JSON output of an Article: one object, the schema documented in README.md.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "newsdesk/article.h"
#include "newsdesk/status.h"

namespace newsdesk::output {

// Appends `s` as a JSON string literal (quoted, escaped; input must be UTF-8).
void AppendJsonString(std::string_view s, std::string* out);

struct JsonFields {
  std::string_view id;      // omitted when empty
  std::string_view source;  // omitted when empty
  bool with_html = false;   // include "html"
  // More string fields after "source" (e.g. warc_date, warc_record_id).
  std::vector<std::pair<std::string_view, std::string_view>> extra;
  bool with_removed = false;  // include "removed": [{"label","text"}] and "sources": {field: source}
};

// One JSON object (no trailing newline).
void AppendArticleJson(const Article& article, const JsonFields& fields, std::string* out);

// {"id":..., "source":..., "error": "<code>: <message>"}
void AppendErrorJson(std::string_view id, std::string_view source, const Status& status,
                     std::string* out);

}  // namespace newsdesk::output
