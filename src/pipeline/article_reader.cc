// Article JSONL read back: LineReader + ParseArticleJson, with counts and a progress line.
#include "newsdesk/article_reader.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>

#include "pipeline/line_reader.h"

namespace newsdesk {

Status ReadArticleJsonl(const std::string& path, const ArticleReadOptions& options,
                        const std::function<void(ArticleRecord&&)>& fn, ArticleReadCounts* counts) {
  Result<std::unique_ptr<LineReader>> opened = LineReader::Open(path);
  if (!opened.ok()) return opened.status();
  LineReader& reader = **opened;
  std::string_view head = reader.Peek(1 << 16);
  if (!head.empty() && !LooksLikeArticleJsonl(head)) {
    return Status::InvalidArgument(path + ": not article JSONL (extract or batch it first)");
  }
  bool progress = options.progress && isatty(STDERR_FILENO) != 0;
  auto last_shown = std::chrono::steady_clock::now();
  auto show = [&](bool done) {
    uint64_t size = reader.file_size();
    double share = size > 0 ? 100.0 * static_cast<double>(reader.file_position()) / size : 0;
    std::fprintf(stderr, "\r%s %s: %llu articles (%.0f%%)%s", options.label.c_str(), path.c_str(),
                 static_cast<unsigned long long>(counts->articles), done ? 100.0 : share,
                 done ? "\n" : "");
    std::fflush(stderr);
  };
  std::string_view line;
  uint64_t number = 0;
  while (reader.NextLine(&line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    ++counts->lines;
    Result<ArticleRecord> record = ParseArticleJson(line);
    if (!record.ok()) {
      ++counts->bad;
      std::fprintf(stderr, "newsdesk: %s:%llu: %s\n", path.c_str(),
                   static_cast<unsigned long long>(number), record.status().ToString().c_str());
      continue;
    }
    if (!record->skipped.empty() || !record->error.empty()) {
      ++counts->skipped;
      continue;
    }
    ++counts->articles;
    fn(std::move(record).value());
    if (progress && (number & 1023) == 0) {
      auto now = std::chrono::steady_clock::now();
      if (now - last_shown > std::chrono::milliseconds(200)) {
        last_shown = now;
        show(false);
      }
    }
  }
  if (progress) show(true);
  return reader.status();
}

}  // namespace newsdesk
