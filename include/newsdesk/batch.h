// newsdesk/batch.h: extracting many documents on every core, with bounded memory.
//
// RunBatch reads inputs (HTML files, folders, WARC files, stdin), hands documents to a pool of
// worker threads (one Extractor each) through a bounded queue, and writes exactly one JSON line
// per input document or WARC record: the article, {"skipped": reason} or {"error": reason}. Output
// is in input order unless `ordered` is false. Memory stays bounded by `queue_documents` whatever
// the input size. Thread-safe to call from one thread at a time.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "newsdesk/options.h"
#include "newsdesk/status.h"

namespace newsdesk {

struct BatchOptions {
  // Worker threads. Default: 0, all cores.
  int threads = 0;
  // Write lines in input order (true) or as documents finish (false). Default: true.
  bool ordered = true;
  // Documents queued or in flight at once; bounds memory. Default: 0, 16 per thread.
  int queue_documents = 0;
  // In folders, only files whose name matches this glob (fnmatch). Default: "*.htm*" and
  // "*.warc*" and "*.txt*" (empty means that set).
  std::string glob;
  // A document larger than this gives an error line. Default: 64 MiB.
  std::size_t max_document_bytes = std::size_t{64} << 20;
  // A document whose extraction took longer gives an error line (checked when it finishes).
  // Default: 10 s.
  double max_document_seconds = 10.0;
  // When above 0: a document whose article has fewer characters of text is not an article (a
  // section front, a listing) and gives {"skipped": "not an article ..."}. Default: 0, off.
  std::size_t min_article_chars = 0;
  // Skip documents whose "source" is already in the output (continuing a killed run).
  bool resume = false;
  // Progress bar on stderr (only when stderr is a terminal). Default: true.
  bool progress = true;
  // Extraction options for every document (url is set per document).
  ExtractOptions extract;
};

struct BatchSummary {
  uint64_t documents = 0;  // lines written (or already present, with resume)
  uint64_t articles = 0;
  uint64_t skipped = 0;
  uint64_t errors = 0;
  uint64_t resumed = 0;  // documents found done in the output and not redone
  uint64_t input_bytes = 0;
  double seconds = 0;
};

// Where lines go: called from one thread at a time, in the chosen order; each call is one line
// without its newline.
using LineSink = std::function<Status(std::string_view line)>;

// `done_sources`: with resume, the sources already in the output. Fails only when the output
// cannot be written; bad inputs become error lines and count in the summary.
Result<BatchSummary> RunBatch(const std::vector<std::string>& inputs, const BatchOptions& options,
                              const std::vector<std::string>& done_sources, const LineSink& sink);

// The lines RunBatch writes for a WARC file, one record at a time, on the calling thread (for
// callers that iterate, like the Python bindings). Not thread-safe.
class WarcLineReader {
 public:
  static Result<std::unique_ptr<WarcLineReader>> Open(const std::string& path,
                                                      const BatchOptions& options = {});
  ~WarcLineReader();
  // The next record's line (article, skipped or error JSON); false at the end of the file.
  bool Next(std::string* line);

 private:
  WarcLineReader() = default;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsdesk
