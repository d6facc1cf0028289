// Feed links in HTML pages (DiscoverFeeds, feeds.h), found with our HTML tokenizer. Pure,
// thread-safe (each call has its own tokenizer and arena).
#include <algorithm>
#include <string>

#include "crawl/feed_internal.h"
#include "crawl/feeds.h"
#include "html/tokenizer.h"
#include "util/arena.h"
#include "util/ascii.h"
#include "util/url.h"
#include "util/utf8.h"

namespace newsdesk::crawl {
namespace {

using html::Tag;
using html::Token;
using html::Tokenizer;
using html::TokenKind;

// Feed links kept per page; pages list one to a few dozen (one per section).
constexpr std::size_t kMaxDiscoveredFeeds = 100;

// The MIME types of feeds, compared without parameters and case.
constexpr std::string_view kFeedTypes[] = {
    "application/rss+xml", "application/atom+xml", "application/feed+json",
    "application/rdf+xml",  // RSS 1.0 (a non-feed RDF link costs one request that fails to parse)
};

std::string_view Attribute(const Token& t, std::string_view name) {
  for (uint32_t i = 0; i < t.attribute_count; ++i) {
    if (t.attributes[i].name == name) return t.attributes[i].value;
  }
  return {};
}

// Whether a rel attribute's space-separated tokens include "alternate".
bool RelHasAlternate(std::string_view rel) {
  std::string lower = AsciiLowerCopy(rel);
  std::string_view s = lower;
  while (!s.empty()) {
    std::size_t start = s.find_first_not_of(" \t\n\r\f");
    if (start == std::string_view::npos) break;
    s.remove_prefix(start);
    std::size_t end = s.find_first_of(" \t\n\r\f");
    if (s.substr(0, end) == "alternate") return true;
    s = end == std::string_view::npos ? std::string_view() : s.substr(end);
  }
  return false;
}

bool IsFeedType(std::string_view type) {
  std::string lower = AsciiLowerCopy(internal::TrimAscii(type.substr(0, type.find(';'))));
  return std::find(std::begin(kFeedTypes), std::end(kFeedTypes), lower) != std::end(kFeedTypes);
}

}  // namespace

std::vector<std::string> DiscoverFeeds(std::string_view page, std::string_view base_url) {
  std::string repaired;
  if (!IsCleanUtf8(page)) {
    RepairUtf8(page, &repaired);
    page = repaired;
  }
  Arena arena;
  Tokenizer tokenizer(page, &arena);
  std::string base(base_url);
  bool base_seen = false;
  std::vector<std::string> feeds;
  Token t;
  for (tokenizer.Next(&t); t.kind != TokenKind::kEof; tokenizer.Next(&t)) {
    if (t.kind != TokenKind::kStartTag) continue;
    Tokenizer::ContentModel model;
    // Script, style, title...: their text is no markup (the tree builder's switches).
    if (html::ContentModelFor(t.tag, &model)) tokenizer.SwitchTo(model);
    if (t.tag == Tag::k_base && !base_seen) {
      // The first <base href> sets the document's base URL (HTML spec).
      std::string_view href = internal::TrimAscii(Attribute(t, "href"));
      if (!href.empty()) {
        std::string resolved = ResolveUrl(base_url, href);
        if (!resolved.empty()) base = std::move(resolved);
        base_seen = true;
      }
      continue;
    }
    if (t.tag != Tag::k_link || !RelHasAlternate(Attribute(t, "rel")) ||
        !IsFeedType(Attribute(t, "type")))
      continue;
    std::string url = internal::ResolveHttp(base, Attribute(t, "href"));
    if (url.empty() || std::find(feeds.begin(), feeds.end(), url) != feeds.end()) continue;
    feeds.push_back(std::move(url));
    if (feeds.size() == kMaxDiscoveredFeeds) break;
  }
  return feeds;
}

}  // namespace newsdesk::crawl
