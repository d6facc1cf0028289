// Fuzz target: the metadata parsers: JSON-LD, dates, URL dates and author bylines.
#include <cstddef>
#include <cstdint>
#include <string>

#include "metadata/authors.h"
#include "metadata/date.h"
#include "metadata/json_ld.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  newsdesk::metadata::JsonLdFacts facts;
  newsdesk::metadata::ReadJsonLd(text, &facts);
  newsdesk::metadata::DateTime reference{2024, 3, 1};
  (void)newsdesk::metadata::ParseDate(text, &reference);
  (void)newsdesk::metadata::DateFromUrl(text);
  (void)newsdesk::metadata::SplitAuthors(text, size % 2 == 0);
  return 0;
}
