// robots.txt parsing and matching (RFC 9309); see robots.h. Pure functions, thread-safe.
#include "crawl/robots.h"

#include <charconv>
#include <cmath>
#include <system_error>

#include "util/ascii.h"

namespace newsdesk::crawl {
namespace {

std::string_view TrimSpace(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool IsTokenChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-';
}

// "Googlebot/2.1 (+http://...)" -> "googlebot"; "*" stays "*".
std::string ProductToken(std::string_view value) {
  value = TrimSpace(value);
  if (value.starts_with('*')) return "*";
  std::size_t n = 0;
  while (n < value.size() && IsTokenChar(value[n])) ++n;
  return AsciiLowerCopy(value.substr(0, n));
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool IsUnreserved(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~';
}

// Whether `pattern` (with '*' wildcards and an optional final '$') matches the start of `path`.
// Keeps the set of path offsets the pattern so far can end at: O(pattern x path), no
// backtracking.
bool Matches(std::string_view pattern, std::string_view path) {
  std::vector<std::size_t> ends{0};
  std::vector<std::size_t> next;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    char p = pattern[i];
    if (p == '$' && i + 1 == pattern.size()) return ends.back() == path.size();
    if (p == '*') {
      std::size_t from = ends.front();
      ends.clear();
      for (std::size_t e = from; e <= path.size(); ++e) ends.push_back(e);
      continue;
    }
    next.clear();
    for (std::size_t e : ends) {
      if (e < path.size() && path[e] == p) next.push_back(e + 1);
    }
    if (next.empty()) return false;
    ends.swap(next);
  }
  return true;
}

// "/a?b#c" from "https://host/a?b#c" or "/a?b#c"; "/" when empty.
std::string_view PathAndQuery(std::string_view s) {
  std::size_t scheme = s.find("://");
  if (scheme != std::string_view::npos && scheme < s.find_first_of("/?")) {
    std::size_t path = s.find_first_of("/?", scheme + 3);
    s = path == std::string_view::npos ? std::string_view() : s.substr(path);
  }
  s = s.substr(0, s.find('#'));
  return s.empty() ? std::string_view("/") : s;
}

std::optional<double> ParseDelay(std::string_view value) {
  double seconds = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), seconds);
  if (ec != std::errc() || end == value.data() || !std::isfinite(seconds) || seconds < 0)
    return std::nullopt;
  return seconds;
}

// The parser's state between lines.
struct Builder {
  std::vector<RobotsGroup>* groups;
  std::vector<std::string>* sitemaps;
  bool in_agent_run = false;  // the last group line was a user-agent line

  void Line(std::string_view line) {
    line = line.substr(0, line.find('#'));
    std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) return;
    std::string key = AsciiLowerCopy(TrimSpace(line.substr(0, colon)));
    std::string_view value = TrimSpace(line.substr(colon + 1));
    if (key == "user-agent") {
      if (!in_agent_run) groups->emplace_back();
      in_agent_run = true;
      std::string token = ProductToken(value);
      if (!token.empty()) groups->back().agents.push_back(std::move(token));
    } else if (key == "allow" || key == "disallow") {
      in_agent_run = false;
      if (groups->empty() || value.empty()) return;  // an empty rule allows everything anyway
      groups->back().rules.push_back({NormalizeRobotsPath(value), key == "allow"});
    } else if (key == "crawl-delay") {
      in_agent_run = false;
      if (groups->empty() || groups->back().crawl_delay) return;
      groups->back().crawl_delay = ParseDelay(value);
    } else if (key == "sitemap") {
      if (!value.empty()) sitemaps->emplace_back(value);
    }
  }
};

}  // namespace

std::string NormalizeRobotsPath(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(path.size());
  for (std::size_t i = 0; i < path.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(path[i]);
    if (c == '%' && i + 2 < path.size() && HexValue(path[i + 1]) >= 0 &&
        HexValue(path[i + 2]) >= 0) {
      unsigned char decoded =
          static_cast<unsigned char>(HexValue(path[i + 1]) * 16 + HexValue(path[i + 2]));
      if (IsUnreserved(decoded)) {
        out += static_cast<char>(decoded);
      } else {
        out += '%';
        out += kHex[decoded >> 4];
        out += kHex[decoded & 15];
      }
      i += 2;
    } else if (c >= 0x80 || c <= 0x20) {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

Robots Robots::DisallowAll() {
  Robots r;
  r.disallow_all_ = true;
  return r;
}

std::vector<const RobotsGroup*> Robots::Select(std::string_view user_agent) const {
  std::string token = ProductToken(user_agent);
  std::vector<const RobotsGroup*> named, any;
  for (const RobotsGroup& g : groups_) {
    for (const std::string& agent : g.agents) {
      if (agent == "*") {
        any.push_back(&g);
        break;
      }
      if (!token.empty() && token != "*" && agent == token) {
        named.push_back(&g);
        break;
      }
    }
  }
  return named.empty() ? any : named;
}

bool Robots::Allowed(std::string_view user_agent, std::string_view path_and_query) const {
  std::string path = NormalizeRobotsPath(PathAndQuery(path_and_query));
  if (path == "/robots.txt") return true;
  if (disallow_all_) return false;
  std::size_t best_length = 0;
  bool allowed = true;
  bool matched = false;
  for (const RobotsGroup* g : Select(user_agent)) {
    for (const RobotsRule& rule : g->rules) {
      if (matched && rule.pattern.size() < best_length) continue;
      if (!Matches(rule.pattern, path)) continue;
      if (!matched || rule.pattern.size() > best_length) {
        allowed = rule.allow;
      } else {
        allowed = allowed || rule.allow;  // same length: Allow wins the tie
      }
      matched = true;
      best_length = rule.pattern.size();
    }
  }
  return allowed;
}

std::optional<double> Robots::CrawlDelay(std::string_view user_agent) const {
  for (const RobotsGroup* g : Select(user_agent)) {
    if (g->crawl_delay) return g->crawl_delay;
  }
  return std::nullopt;
}

Robots ParseRobots(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  if (text.size() > kMaxRobotsBytes) {
    text = text.substr(0, kMaxRobotsBytes);
    std::size_t last_end = text.find_last_of("\r\n");
    text = last_end == std::string_view::npos ? std::string_view() : text.substr(0, last_end);
  }
  Robots robots;
  Builder builder{&robots.groups_, &robots.sitemaps_};
  while (!text.empty()) {
    std::size_t end = text.find_first_of("\r\n");
    builder.Line(text.substr(0, end));
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return robots;
}

}  // namespace newsdesk::crawl
