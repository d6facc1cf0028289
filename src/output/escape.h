// HTML escaping, written once for every HTML this project emits (the article's HTML rendering,
// the `--format html` document, and the pages to come). Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace newsdesk::output {

// Appends `text` with & < > " escaped, safe in element content and in double-quoted attribute
// values.
void AppendHtmlEscaped(std::string_view text, std::string* out);

}  // namespace newsdesk::output
