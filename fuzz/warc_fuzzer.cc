// Fuzz target: the WARC reader and gzip layer (and HTTP parsing) on arbitrary file contents.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "newsdesk/warc.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static std::string path = "/tmp/newsdesk_warc_fuzz_" + std::to_string(getpid()) + ".warc";
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return 0;
  std::fwrite(data, 1, size, f);
  std::fclose(f);
  newsdesk::WarcReaderOptions options;
  options.max_record_bytes = 1 << 20;
  auto reader = newsdesk::WarcReader::Open(path, options);
  if (!reader.ok()) return 0;
  newsdesk::WarcRecord record;
  for (int i = 0; i < 10000 && (*reader)->Next(&record); ++i) {
    if (record.type == "response") (void)newsdesk::ParseHttpResponse(record.block);
  }
  return 0;
}
