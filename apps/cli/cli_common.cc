#include <cstdio>

#include "command.h"

namespace newsdesk::cli {

void PrintError(const std::string& message) {
  std::fprintf(stderr, "newsdesk: %s\n", message.c_str());
}

std::shared_ptr<const SiteProfile> LoadSiteProfile(const std::string& path) {
  auto profile = SiteProfile::Load(path);
  if (!profile.ok()) {
    PrintError(profile.status());
    return nullptr;
  }
  return std::make_shared<const SiteProfile>(std::move(profile.value()));
}

bool WriteStdout(std::string_view bytes) {
  return std::fwrite(bytes.data(), 1, bytes.size(), stdout) == bytes.size();
}

StoryArticle ToStoryArticle(ArticleRecord&& record) {
  Article& a = record.article;
  StoryArticle s;
  s.id = std::move(record.id);
  s.title = std::move(a.title);
  s.text = std::move(a.text);
  s.description = std::move(a.description);
  s.url = a.url.empty() ? std::move(a.canonical_url) : std::move(a.url);
  s.sitename = std::move(a.sitename);
  s.date = std::move(a.date);
  s.language = std::move(a.language);
  return s;
}

bool ReadStoryArticles(const std::vector<std::string>& inputs, bool progress,
                       std::vector<StoryArticle>* out, ArticleReadCounts* counts) {
  ArticleReadOptions options;
  options.progress = progress;
  for (const std::string& input : inputs) {
    Status st = ReadArticleJsonl(
        input, options, [&](ArticleRecord&& r) { out->push_back(ToStoryArticle(std::move(r))); },
        counts);
    if (!st.ok()) {
      PrintError(st);
      return false;
    }
  }
  return true;
}

}  // namespace newsdesk::cli
