// newsdesk/extract.h: from a page's HTML to its article.
//
// Extractor is reusable and keeps its buffers (arena, scratch vectors) between documents, so a
// long batch allocates little after the first pages. It is NOT thread-safe: use one Extractor per
// thread. Distinct Extractors share nothing and may run concurrently.
#pragma once

#include <memory>
#include <string_view>

#include "newsdesk/article.h"
#include "newsdesk/options.h"
#include "newsdesk/status.h"

namespace newsdesk {

class Extractor {
 public:
  Extractor();
  ~Extractor();
  Extractor(Extractor&&) noexcept;
  Extractor& operator=(Extractor&&) noexcept;
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // Extracts the article from `html` (UTF-8 expected; invalid bytes are replaced with U+FFFD).
  // The input is only read during the call; the returned Article owns all its strings.
  // Fails with kLimitExceeded when html is larger than options.max_input_bytes. A page with no
  // article is not an error: it returns an Article whose text is empty.
  Result<Article> Extract(std::string_view html, const ExtractOptions& options = {});

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// One-shot convenience: builds a temporary Extractor. Prefer a reused Extractor in loops.
Result<Article> Extract(std::string_view html, const ExtractOptions& options = {});

}  // namespace newsdesk
