// Fuzz target: the whole extractor (charset, tokenizer, tree builder, extraction, metadata,
// renderers) on arbitrary bytes.
#include <cstddef>
#include <cstdint>

#include "newsdesk/extract.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static newsdesk::Extractor extractor;  // reused, as a batch worker reuses it
  newsdesk::ExtractOptions options;
  options.report_boilerplate = true;
  options.max_tree_depth = 64;
  auto article =
      extractor.Extract(std::string_view(reinterpret_cast<const char*>(data), size), options);
  (void)article;
  return 0;
}
