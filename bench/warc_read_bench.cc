// Reading a WARC alone: inflate + WARC records + HTTP headers, no extraction, one core.
//
//   warc_read_bench FILE.warc.gz
//
// Prints records/s and MB/s of the compressed file, to compare with `zcat FILE > /dev/null`.
#include <chrono>
#include <cstdio>
#include <filesystem>

#include "newsdesk/warc.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: warc_read_bench FILE.warc.gz\n");
    return 2;
  }
  auto start = std::chrono::steady_clock::now();
  auto reader = newsdesk::WarcReader::Open(argv[1]);
  if (!reader.ok()) {
    std::fprintf(stderr, "%s\n", reader.status().ToString().c_str());
    return 1;
  }
  newsdesk::WarcRecord record;
  uint64_t records = 0, responses = 0, html_bytes = 0, errors = 0;
  while ((*reader)->Next(&record)) {
    ++records;
    if (!record.status.ok()) ++errors;
    if (record.type == "response") {
      auto http = newsdesk::ParseHttpResponse(record.block);
      if (http.ok()) {
        ++responses;
        html_bytes += http->body.size();
      }
    }
  }
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  double mb = std::filesystem::file_size(argv[1]) / 1e6;
  std::printf(
      "read only: %llu records (%llu responses, %llu errors), %.1f MB compressed, "
      "%.1f MB of payload in %.2f s: %.0f records/s, %.1f MB/s compressed\n",
      (unsigned long long)records, (unsigned long long)responses, (unsigned long long)errors, mb,
      html_bytes / 1e6, s, records / s, mb / s);
  return 0;
}
