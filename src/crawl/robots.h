// robots.txt (RFC 9309, the Robots Exclusion Protocol): parsing and matching.
//
// ParseRobots reads a robots.txt body into groups of rules. A group starts at a run of
// consecutive user-agent lines (they share it) and takes every Allow, Disallow and Crawl-delay
// line until the next user-agent line; rules before any user-agent line belong to no group and
// are ignored. Sitemap lines are collected wherever they stand. Comments (#...), CRLF or CR line
// ends, a leading UTF-8 byte-order mark and lines without a colon are handled; field names are
// case-insensitive. Only the first kMaxRobotsBytes are parsed (the RFC asks crawlers to parse at
// least 500 KiB), ending at the last whole line.
//
// Matching (Robots::Allowed): the crawler's product token (the letters, '_' and '-' a User-Agent
// string starts with: "newsdesk" in "newsdesk/0.1 (+https://...)") selects every group naming it,
// case-insensitively, merged into one; when none does, the "*" groups; when there is no "*"
// group either, everything is allowed. Among the rules whose pattern matches the start of the
// path, the longest pattern (in octets, after normalisation) wins and Allow wins a tie; '*'
// matches any run of octets and a final '$' anchors the end. Paths and patterns are compared
// with percent-encoding normalised: %XX of an unreserved character (A-Z a-z 0-9 - . _ ~) is
// decoded, other %xx escapes are upper-cased, and bytes past ASCII are percent-encoded.
// "/robots.txt" is always allowed.
//
// Status rules for the fetcher (RFC 9309 section 2.3.1): a robots.txt answered with 2xx is
// parsed; 4xx ("unavailable") means no restrictions: Robots::AllowAll(); 5xx or no answer
// ("unreachable") means complete disallow: Robots::DisallowAll() (the RFC allows a cached copy
// to be used, or allowing all after 30 days unreachable: policies for the fetcher to add). A
// robots.txt should be followed through at least five redirects and cached no longer than 24
// hours.
//
// Pure functions and immutable values: a Robots may be shared between threads.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsdesk::crawl {

// Bytes of a robots.txt that are parsed; the rest is ignored (RFC 9309 section 2.5: at least
// 500 kibibytes).
inline constexpr std::size_t kMaxRobotsBytes = 500 * 1024;

struct RobotsRule {
  std::string pattern;  // percent-encoding normalised; may hold '*' and a final '$'
  bool allow = false;
};

struct RobotsGroup {
  std::vector<std::string> agents;  // lower-case product tokens, or "*"
  std::vector<RobotsRule> rules;
  std::optional<double> crawl_delay;  // seconds, from the group's first valid Crawl-delay line
};

class Robots {
 public:
  Robots() = default;  // no groups: everything allowed

  // The answers for a robots.txt that is unavailable (4xx) and unreachable (5xx, network error).
  static Robots AllowAll() { return Robots(); }
  static Robots DisallowAll();

  // Whether `user_agent` (a product token or a whole User-Agent string) may fetch
  // `path_and_query` ("/a/b?c"; a whole http(s) URL is cut to its path and query; the fragment is
  // ignored; empty means "/").
  bool Allowed(std::string_view user_agent, std::string_view path_and_query) const;

  // The Crawl-delay of the group `user_agent` selects (the first one given when several groups
  // are merged); nothing when it gives none. Not in RFC 9309, but widely written.
  std::optional<double> CrawlDelay(std::string_view user_agent) const;

  // The Sitemap lines' values, in file order, as written (trimmed).
  const std::vector<std::string>& sitemaps() const { return sitemaps_; }
  const std::vector<RobotsGroup>& groups() const { return groups_; }

 private:
  friend Robots ParseRobots(std::string_view text);
  // The groups that apply to `user_agent`: named ones, else "*" ones; empty when none.
  std::vector<const RobotsGroup*> Select(std::string_view user_agent) const;

  std::vector<RobotsGroup> groups_;
  std::vector<std::string> sitemaps_;
  bool disallow_all_ = false;
};

// Parses a robots.txt body (any bytes; never fails: what cannot be read is ignored).
Robots ParseRobots(std::string_view text);

// Percent-encoding normalised for comparison, as described above. Exposed for tests.
std::string NormalizeRobotsPath(std::string_view path);

}  // namespace newsdesk::crawl
