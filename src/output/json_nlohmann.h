// The nlohmann::json reader that ParseArticleJson was before simdjson. ParseArticleJson hands it
// the rare lines simdjson refuses and nlohmann reads (integers beyond 64 bits, which it reads as
// doubles; nesting deeper than simdjson's 1024), so both give the same answer on every line; the
// tests, the benchmark (bench/json_parse_bench.cc) and the fuzzer (fuzz/article_json_fuzzer.cc)
// compare the two on every line. Same contract as ParseArticleJson (newsdesk/json.h).
#pragma once

#include <string_view>

#include "newsdesk/json.h"

namespace newsdesk::output {

Result<ArticleRecord> ParseArticleJsonNlohmann(std::string_view line);

}  // namespace newsdesk::output
