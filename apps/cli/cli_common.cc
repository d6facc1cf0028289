#include <cstdio>
#include <fstream>

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

bool ReadStoryArticles(const std::vector<std::string>& inputs, bool progress,
                       std::vector<StoryArticle>* out, ArticleReadCounts* counts) {
  ArticleReadOptions options;
  options.progress = progress;
  // Room for the estimated articles and a quarter more (an estimate from a zstd file's start was
  // 13% short) at once: growing the vector of 175,755 articles step by step wrote 140 MB (each step
  // a new block, each page a page fault) for 56 MB; room never written costs no memory.
  options.expected_lines = [out](uint64_t lines) { out->reserve(out->size() + lines + lines / 4); };
  for (const std::string& input : inputs) {
    Status st = ReadArticleJsonl(
        input, options,
        [&](ArticleRecord&& r) {
          out->push_back(ToStoryArticle(std::move(r.id), std::move(r.article)));
        },
        counts);
    if (!st.ok()) {
      PrintError(st);
      return false;
    }
  }
  return true;
}

bool WriteFileReplacing(const std::string& path, const std::string& bytes) {
  std::string temporary = path + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << bytes;
    out.flush();
    if (!out) {
      std::remove(temporary.c_str());
      PrintError("cannot write " + path);
      return false;
    }
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    std::remove(temporary.c_str());
    PrintError("cannot write " + path);
    return false;
  }
  return true;
}

}  // namespace newsdesk::cli
