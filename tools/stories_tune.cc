// Developer tool: story grouping with its parameters open, for tuning on the gold sets.
//
//   stories_tune [--join X] [--merge X] [--window D] [--refine N] [--keys N] -o PRED FILE...
//
// FILE: article JSONL (plain or .gz). Writes {"id":..., "story":...} lines for eval_stories.py and
// prints the time taken, split into reading and grouping.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "newsdesk/io.h"
#include "newsdesk/json.h"
#include "stories/story_builder.h"

using namespace newsdesk;

namespace {

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  stories::ClusterParams params;
  std::string out_path;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto next = [&]() -> const char* {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "stories_tune: %s needs a value\n", arg.c_str());
        std::exit(2);
      }
      return argv[++i];
    };
    if (arg == "--join") {
      params.join = std::atof(next());
    } else if (arg == "--merge") {
      params.merge = std::atof(next());
    } else if (arg == "--window") {
      params.window_days = std::atoi(next());
    } else if (arg == "--refine") {
      params.refine_passes = std::atoi(next());
    } else if (arg == "--keys") {
      params.candidate_terms = std::atoi(next());
    } else if (arg == "--share") {
      params.key_share = std::atof(next());
    } else if (arg == "--idf-days") {
      params.idf_days = std::atoi(next());
    } else if (arg == "-o") {
      out_path = next();
    } else {
      files.push_back(arg);
    }
  }
  auto start = std::chrono::steady_clock::now();
  std::vector<StoryArticle> articles;
  for (const std::string& path : files) {
    Result<std::string> content = ReadDocument(path, std::size_t{8} << 30);
    if (!content.ok()) {
      std::fprintf(stderr, "stories_tune: %s: %s\n", path.c_str(),
                   content.status().ToString().c_str());
      return 1;
    }
    std::string_view rest = *content;
    while (!rest.empty()) {
      std::size_t end = rest.find('\n');
      std::string_view line = rest.substr(0, end);
      rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
      if (line.empty()) continue;
      Result<ArticleRecord> record = ParseArticleJson(line);
      if (!record.ok() || !record->error.empty() || !record->skipped.empty()) continue;
      Article& a = record->article;
      articles.push_back({record->id,
                          std::move(a.title),
                          std::move(a.text),
                          std::move(a.description),
                          std::move(a.url),
                          std::move(a.sitename),
                          std::move(a.date),
                          std::move(a.language),
                          {},
                          {}});
    }
  }
  double read_seconds = SecondsSince(start);
  start = std::chrono::steady_clock::now();
  Result<std::vector<Story>> stories = stories::GroupStoriesWith(articles, {}, params);
  double group_seconds = SecondsSince(start);
  if (!stories.ok()) {
    std::fprintf(stderr, "stories_tune: %s\n", stories.status().ToString().c_str());
    return 1;
  }
  std::FILE* out = out_path.empty() ? stdout : std::fopen(out_path.c_str(), "w");
  if (out == nullptr) return 1;
  for (const Story& story : *stories) {
    for (const std::string& id : story.articles) {
      std::string line = "{\"id\":";
      AppendJsonString(id, &line);
      line += ",\"story\":";
      AppendJsonString(story.id, &line);
      line += "}\n";
      std::fputs(line.c_str(), out);
    }
  }
  if (out != stdout) std::fclose(out);
  std::fprintf(stderr, "stories_tune: %zu articles, %zu stories; read %.2f s, grouped %.2f s\n",
               articles.size(), stories->size(), read_seconds, group_seconds);
  return 0;
}
