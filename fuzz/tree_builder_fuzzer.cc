// Fuzz target: the HTML tokenizer and tree builder alone, with a low depth limit.
#include <cstddef>
#include <cstdint>
#include <string>

#include "html/tree_builder.h"
#include "util/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string input;
  newsdesk::RepairUtf8(std::string_view(reinterpret_cast<const char*>(data), size), &input);
  newsdesk::Arena arena;
  newsdesk::dom::Document doc;
  newsdesk::html::TreeBuilder builder;
  newsdesk::html::TreeBuilderOptions options;
  options.max_depth = 32;
  options.keep_comments = true;
  builder.Build(input, options, &arena, &doc);
  return 0;
}
