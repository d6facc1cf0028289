// newsdesk/article_reader.h: article JSONL files (as `extract` and `batch` write them) read back,
// line by line: plain, gzip or zstd, whatever the name; "-" is stdin. Part of newsdesk_pipeline.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "newsdesk/json.h"
#include "newsdesk/status.h"

namespace newsdesk {

struct ArticleReadCounts {
  uint64_t lines = 0;     // non-empty lines read
  uint64_t articles = 0;  // lines that are articles (passed to the callback)
  uint64_t skipped = 0;   // {"skipped": ...} and {"error": ...} lines: documents without article
  uint64_t bad = 0;       // lines that are not article JSON (each reported on stderr, with where)
};

struct ArticleReadOptions {
  // A progress line on stderr (only when stderr is a terminal). Default: true.
  bool progress = true;
  // Label of the progress line. Default: "reading".
  std::string label = "reading";
  // Called once per file, after its first lines, with an estimate of the lines it holds in all
  // (from the bytes those lines took, and the share of the file read for them), so that the caller
  // can make room at once instead of growing in steps; not called when the file's size is unknown
  // (stdin) or the file has few lines. Default: none.
  std::function<void(uint64_t)> expected_lines;
};

// Calls `fn` with each article line of the file at `path`, in order; adds to `counts`. A bad line
// is reported on stderr ("newsdesk: FILE:LINE: ...") and counted, and reading goes on. Fails with
// kNotFound / kIoError when the file cannot be read, kCorruptInput when its compression is damaged
// (the lines before the damage have been passed), kInvalidArgument when it is not article JSONL
// (an HTML page, a WARC archive: extract it first).
Status ReadArticleJsonl(const std::string& path, const ArticleReadOptions& options,
                        const std::function<void(ArticleRecord&&)>& fn, ArticleReadCounts* counts);

}  // namespace newsdesk
