// The briefing on hostile article texts: bytes -> up to 8 articles (records split at 0x1E, fields
// at 0x1F: title, text, sitename, url, date) -> BuildBriefing -> every format. Checks that every
// summary sentence, lead, angle and quote is taken from its article, besides not crashing.
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "newsdesk/briefing.h"

namespace {

std::vector<std::string_view> Split(std::string_view s, char separator, std::size_t most) {
  std::vector<std::string_view> out;
  while (out.size() + 1 < most) {
    std::size_t at = s.find(separator);
    if (at == std::string_view::npos) break;
    out.push_back(s.substr(0, at));
    s.remove_prefix(at + 1);
  }
  out.push_back(s);
  return out;
}

const newsdesk::StoryArticle* Find(const std::vector<newsdesk::StoryArticle>& v,
                                   const std::string& id) {
  for (const auto& a : v) {
    if (a.id == id) return &a;
  }
  return nullptr;
}

void Require(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::vector<newsdesk::StoryArticle> articles;
  int n = 0;
  for (std::string_view record : Split(input, '\x1e', 8)) {
    std::vector<std::string_view> f = Split(record, '\x1f', 5);
    newsdesk::StoryArticle a;
    a.id = "a" + std::to_string(n++);
    a.title = std::string(f[0]);
    if (f.size() > 1) a.text = std::string(f[1]);
    if (f.size() > 2) a.sitename = std::string(f[2]);
    if (f.size() > 3) a.url = std::string(f[3]);
    a.date = f.size() > 4 ? std::string(f[4]) : "2026-11-30";
    a.language = "en";
    articles.push_back(std::move(a));
  }
  newsdesk::BriefingOptions options;
  options.top = 0;
  auto briefing = newsdesk::BuildBriefing(articles, options);
  if (!briefing.ok()) return 0;
  for (const auto& story : briefing->stories) {
    for (const auto& s : story.summary) {
      const auto* a = Find(articles, s.article);
      Require(a != nullptr &&
              (a->text.empty() ? a->description : a->text).find(s.text) != std::string::npos);
    }
    for (const auto& q : story.quotes) {
      const auto* a = Find(articles, q.article);
      Require(a != nullptr && a->text.find(q.text) != std::string::npos);
    }
    for (const auto& p : story.perspectives) {
      const auto* a = Find(articles, p.article);
      Require(a != nullptr && a->text.find(p.angle) != std::string::npos);
    }
  }
  for (auto format : {newsdesk::BriefingFormat::kHtml, newsdesk::BriefingFormat::kMarkdown,
                      newsdesk::BriefingFormat::kJson, newsdesk::BriefingFormat::kJsonl,
                      newsdesk::BriefingFormat::kRss}) {
    std::string out = newsdesk::RenderBriefing(*briefing, format);
    if (format == newsdesk::BriefingFormat::kHtml) {
      Require(out.find("<script") == std::string::npos);
    }
  }
  return 0;
}
