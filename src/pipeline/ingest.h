// The ingest pipeline's writer: takes article records one at a time (from JSONL lines or from
// RunBatch's extracted documents), groups them into transactions, sketches each text and links
// near-duplicate copies to their original, and counts what happened. Ingest (newsdesk/ingest.h)
// feeds it; tests drive it directly. Not thread-safe: RunBatch calls its sink from one thread.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "newsdesk/ingest.h"
#include "newsdesk/json.h"
#include "newsdesk/store.h"

namespace newsdesk {

class DuplicateLinker;

class Ingester {
 public:
  Ingester(Store* store, const IngestOptions& options);
  ~Ingester();

  // Loads the stored originals' sketches (when near_duplicates is on). Call once first.
  Status Start();
  // One line of article JSONL: an article is stored, an error line counts as failed, a skipped
  // line as skipped, a line that is not JSON as failed. Fails only when the store fails.
  Status AddLine(std::string_view line, std::string_view where);
  // One article record.
  Status Add(const ArticleRecord& record);
  // An input that could not be read at all.
  void CountFailedInput() { ++summary_.failed; }
  // Commits the open transaction. Call once at the end (also after a failure: it commits what
  // was written before it).
  Status Finish();
  // Rolls back the open transaction (after the store failed); what was committed stays.
  void Abort();
  // Turns the progress line off or back on (RunBatch shows its own).
  void set_progress(bool on);

  const IngestSummary& summary() const { return summary_; }
  // Progress on stderr (when a terminal and options.progress): at most four times a second.
  void MaybeShowProgress(bool force = false);

 private:
  Status Write(const Article& article, std::string_view source);

  Store* store_;
  IngestOptions options_;
  IngestSummary summary_;
  std::unique_ptr<DuplicateLinker> linker_;
  bool in_transaction_ = false;
  int pending_ = 0;
  bool show_progress_ = false;
  std::chrono::steady_clock::time_point start_, last_progress_;
};

}  // namespace newsdesk
