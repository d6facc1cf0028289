// Article JSONL read back: LineReader + ParseArticleJson, with counts and a progress line.
#include "newsdesk/article_reader.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "pipeline/line_reader.h"

namespace newsdesk {
namespace {

// ArticleReadOptions::expected_lines is called after this many lines.
constexpr uint64_t kEstimateAfterLines = 4096;
// The estimate never passes the data's estimated size over this (no article line is shorter).
constexpr uint64_t kMinLineBytes = 16;
// Nor the file's size times this: deflate's largest ratio (a zstd file can exceed it; the estimate
// is a hint). A start that decoded far ahead of its lines (a member of blank lines, then megabytes
// of spaces) must not promise more than the file can hold.
constexpr double kMaxDecodedPerFileByte = 1032;

// The lines of the whole file, estimated from the first `lines` lines (`line_bytes` bytes with
// their newlines); 0 when the file's size is unknown.
uint64_t EstimateLines(const LineReader& reader, uint64_t lines, uint64_t line_bytes) {
  uint64_t position = reader.file_position();
  if (reader.file_size() == 0 || position == 0 || line_bytes == 0) return 0;
  // The decoded size of the whole file, as the part decoded so far is to the file read for it.
  double data = static_cast<double>(reader.bytes_decoded()) *
                (static_cast<double>(reader.file_size()) / static_cast<double>(position));
  double estimate = static_cast<double>(lines) * (data / static_cast<double>(line_bytes));
  data = std::min(data, static_cast<double>(reader.file_size()) * kMaxDecodedPerFileByte);
  return static_cast<uint64_t>(std::min(estimate, data / kMinLineBytes));
}

}  // namespace

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
  uint64_t line_bytes = 0;
  while (reader.NextLine(&line)) {
    ++number;
    line_bytes += line.size() + 1;
    if (number == kEstimateAfterLines && options.expected_lines) {
      if (uint64_t estimate = EstimateLines(reader, number, line_bytes)) {
        options.expected_lines(estimate);
      }
    }
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
