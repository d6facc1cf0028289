// JSON Feed 1.0/1.1 (jsonfeed.org) read with nlohmann-json; see feeds.h. Pure, thread-safe.
#include <nlohmann/json.hpp>

#include "crawl/feed_dates.h"
#include "crawl/feed_internal.h"

namespace newsdesk::crawl::internal {
namespace {

using Json = nlohmann::json;

// The member `name` of `object` when it is a string; empty otherwise.
std::string String(const Json& object, const char* name) {
  auto it = object.find(name);
  if (it == object.end() || !it->is_string()) return "";
  return std::string(TrimAscii(it->get_ref<const std::string&>()));
}

// The first of `names` that holds a non-empty string.
std::string FirstString(const Json& object, std::initializer_list<const char*> names) {
  for (const char* name : names) {
    std::string s = String(object, name);
    if (!s.empty()) return s;
  }
  return "";
}

bool IsJsonFeedVersion(std::string_view version) {
  return version.starts_with("https://jsonfeed.org/version/") ||
         version.starts_with("http://jsonfeed.org/version/");
}

FeedItem ReadItem(const Json& j, std::string_view base) {
  FeedItem item;
  item.url = ResolveHttp(base, FirstString(j, {"url", "external_url"}));
  auto id = j.find("id");
  if (id != j.end() && id->is_string()) {
    item.id = id->get<std::string>();
  } else if (id != j.end() && id->is_number()) {
    item.id = id->dump();  // 1.0 feeds sometimes number their items
  }
  item.title = String(j, "title");
  item.date = FirstString(j, {"date_published", "date_modified"});
  item.date_iso = NormalizeFeedDate(item.date);
  item.summary = FirstString(j, {"summary", "content_text", "content_html"});
  return item;
}

}  // namespace

Result<Feed> ParseJsonFeed(std::string_view bytes, std::string_view base_url) {
  Json j = Json::parse(bytes.begin(), bytes.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return Status::CorruptInput("JSON Feed is not valid JSON");
  if (!j.is_object() || !IsJsonFeedVersion(String(j, "version"))) {
    return Status::CorruptInput("not a feed: JSON without a jsonfeed.org version");
  }
  Feed feed;
  feed.kind = FeedKind::kJson;
  feed.title = String(j, "title");
  feed.link = ResolveHttp(base_url, String(j, "home_page_url"));
  std::string_view base = base_url.empty() ? std::string_view(feed.link) : base_url;
  auto items = j.find("items");
  if (items == j.end() || !items->is_array()) return feed;
  for (const Json& entry : *items) {
    if (!entry.is_object()) continue;
    if (feed.items.size() >= kMaxFeedItems) {
      feed.truncated = true;
      break;
    }
    feed.items.push_back(ReadItem(entry, base));
  }
  return feed;
}

}  // namespace newsdesk::crawl::internal
