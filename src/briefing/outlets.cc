// The outlet table: leans and countries by host or name. See newsdesk/briefing.h.
#include <algorithm>
#include <fstream>
#include <sstream>

#include "briefing/sentences.h"
#include "newsdesk/briefing.h"
#include "util/url.h"

namespace newsdesk {
namespace {

// A table is a hand-made file: more than this many bytes is not one (and is refused, not read).
constexpr std::size_t kMaxTableBytes = 16 << 20;

std::string_view TrimField(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> Columns(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (true) {
    std::size_t tab = line.find('\t', start);
    out.push_back(TrimField(line.substr(start, tab - start)));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return out;
}

// Keys compare folded: "BBC News" and "bbc news" are one outlet; a host loses its "www.".
std::string KeyOf(std::string_view key) {
  std::string k = briefing::LowerFolded(key);
  if (k.rfind("www.", 0) == 0) k.erase(0, 4);
  return k;
}

}  // namespace

Result<OutletTable> OutletTable::Parse(std::string_view tsv) {
  OutletTable table;
  std::size_t start = 0;
  int number = 0;
  while (start < tsv.size()) {
    std::size_t end = tsv.find('\n', start);
    if (end == std::string_view::npos) end = tsv.size();
    std::string_view line = tsv.substr(start, end - start);
    start = end + 1;
    ++number;
    if (TrimField(line).empty() || TrimField(line).front() == '#') continue;
    std::vector<std::string_view> columns = Columns(line);
    std::string first = KeyOf(columns[0]);
    if (number == 1 && (first == "outlet" || first == "host" || first == "name")) continue;
    if (columns[0].empty()) {
      return Status::InvalidArgument("outlet table line " + std::to_string(number) +
                                     ": no outlet in the first column");
    }
    OutletInfo info;
    info.key = std::string(columns[0]);
    if (columns.size() > 1) info.lean = std::string(columns[1]);
    if (columns.size() > 2) info.country = std::string(columns[2]);
    for (std::size_t c = 3; c < columns.size(); ++c) info.extra.emplace_back(columns[c]);
    table.by_key_.emplace_back(KeyOf(info.key), table.outlets_.size());
    table.outlets_.push_back(std::move(info));
  }
  // The first line of a key wins (stable sort, then lookups take the first of equal keys).
  std::stable_sort(table.by_key_.begin(), table.by_key_.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  return table;
}

Result<OutletTable> OutletTable::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot read the outlet table " + path);
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return Status::IoError("error reading the outlet table " + path);
  if (text.str().size() > kMaxTableBytes) {
    return Status::InvalidArgument(path + " is too big for an outlet table");
  }
  Result<OutletTable> table = Parse(text.str());
  if (!table.ok())
    return Status::InvalidArgument(path + ": " + std::string(table.status().message()));
  return table;
}

const OutletInfo* OutletTable::Find(std::string_view url, std::string_view name) const {
  auto lookup = [&](const std::string& key) -> const OutletInfo* {
    auto it =
        std::lower_bound(by_key_.begin(), by_key_.end(), key,
                         [](const auto& entry, const std::string& k) { return entry.first < k; });
    if (it == by_key_.end() || it->first != key) return nullptr;
    return &outlets_[it->second];
  };
  std::string host = UrlHost(url);
  // The host, then each parent domain with at least one dot.
  while (!host.empty() && host.find('.') != std::string::npos) {
    if (const OutletInfo* info = lookup(host)) return info;
    host.erase(0, host.find('.') + 1);
  }
  if (!name.empty()) {
    if (const OutletInfo* info = lookup(KeyOf(name))) return info;
  }
  return nullptr;
}

}  // namespace newsdesk
