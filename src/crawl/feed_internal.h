// Pieces of feeds.cc shared with feed_json.cc; internal to src/crawl. Pure, thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "crawl/feeds.h"

namespace newsdesk::crawl::internal {

// A JSON Feed (jsonfeed.org, versions 1 and 1.1), `bytes` starting with '{'. Same contract as
// ParseFeed.
Result<Feed> ParseJsonFeed(std::string_view bytes, std::string_view base_url);

// `ref` resolved against `base`, kept only when absolute http(s); empty otherwise.
std::string ResolveHttp(std::string_view base, std::string_view ref);

// Leading and trailing ASCII whitespace removed.
std::string_view TrimAscii(std::string_view s);

}  // namespace newsdesk::crawl::internal
