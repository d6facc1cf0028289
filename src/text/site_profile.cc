#include "newsdesk/site_profile.h"

#include <algorithm>
#include <fstream>
#include <unordered_set>

#include "util/split.h"
#include "util/utf8.h"

namespace newsdesk {
namespace {

constexpr std::string_view kHeader = "newsdesk site profile v1";

}  // namespace

std::string SiteProfile::Shape(std::string_view line) {
  std::string collapsed;
  bool pending = false;
  AppendCollapsed(line.substr(0, kMaxLineBytes + 1), &collapsed, &pending);
  for (char& c : collapsed) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c >= '1' && c <= '9') c = '0';
  }
  return collapsed;
}

void SiteProfile::AddDocument(std::string_view text) {
  ++documents_;
  std::unordered_set<std::string> seen;  // each line counts once per document
  ForEachPart(text, "\n", [&](std::string_view line) {
    if (line.size() > kMaxLineBytes) return;
    std::string shape = Shape(line);
    if (shape.empty() || !seen.insert(shape).second) return;
    ++counts_[std::move(shape)];
  });
  if (counts_.size() > kMaxTrackedLines) {
    // Bounded memory: forget the lines seen only once so far (the least likely boilerplate).
    for (auto it = counts_.begin(); it != counts_.end();) {
      it = it->second <= 1 ? counts_.erase(it) : std::next(it);
    }
  }
}

void SiteProfile::Finish(const Options& options) {
  const double needed = std::max<double>(static_cast<double>(options.min_documents),
                                         options.min_share * static_cast<double>(documents_));
  for (auto& [shape, n] : counts_)
    if (static_cast<double>(n) >= needed) boilerplate_.emplace(shape, n);
  counts_.clear();
}

bool SiteProfile::IsBoilerplate(std::string_view line) const {
  if (boilerplate_.empty() || line.size() > kMaxLineBytes) return false;
  return boilerplate_.count(Shape(line)) > 0;
}

std::vector<std::pair<std::string, uint32_t>> SiteProfile::Lines() const {
  std::vector<std::pair<std::string, uint32_t>> lines(boilerplate_.begin(), boilerplate_.end());
  std::sort(lines.begin(), lines.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  return lines;
}

Status SiteProfile::Save(const std::string& path) const {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IoError("cannot write " + path);
  out << kHeader << "\ndocuments\t" << documents_ << "\n";
  for (const auto& [shape, n] : Lines()) out << n << '\t' << shape << '\n';
  out.flush();
  if (!out) return Status::IoError("error writing " + path);
  return Status::Ok();
}

Result<SiteProfile> SiteProfile::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot read site profile " + path);
  std::string line;
  if (!std::getline(in, line) || line != kHeader)
    return Status::CorruptInput(path + " is not a newsdesk site profile (bad header)");
  SiteProfile profile;
  if (!std::getline(in, line) || line.rfind("documents\t", 0) != 0)
    return Status::CorruptInput(path + ": missing the documents line");
  profile.documents_ = std::strtoull(line.c_str() + 10, nullptr, 10);
  std::size_t number = 2;
  while (std::getline(in, line)) {
    ++number;
    std::size_t tab = line.find('\t');
    if (tab == std::string::npos || tab == 0)
      return Status::CorruptInput(path + ":" + std::to_string(number) +
                                  ": expected <count>\\t<line>");
    uint32_t n = static_cast<uint32_t>(std::strtoul(line.c_str(), nullptr, 10));
    // Shapes are stored already normalised; normalising again keeps hand-edited files working.
    profile.boilerplate_.emplace(Shape(std::string_view(line).substr(tab + 1)), n);
  }
  return profile;
}

}  // namespace newsdesk
