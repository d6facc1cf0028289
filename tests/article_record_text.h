// An ArticleRecord as text, for comparing two readers' answers in tests, benchmarks and fuzzers.
#pragma once

#include <string>

#include "newsdesk/json.h"

namespace newsdesk::testing {

// The whole record as one string (every field, sources, removed, extra, skipped, error), so two
// records compare with ==; a failed result gives its status.
std::string DescribeArticleRecord(const Result<ArticleRecord>& record);

}  // namespace newsdesk::testing
