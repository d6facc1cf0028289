// newsdesk/ingest.h: filling the archive (newsdesk/store.h) from inputs: article JSONL as
// `extract`/`batch` write it (.gz/.zst too, told by content), or anything RunBatch reads (HTML
// files, folders, WARC files), extracted on every core first. Near-duplicate copies (the same
// wire text from several outlets) are linked to the earliest stored original as they arrive.
//
// Thread-safety: call from one thread at a time; the Store must not be used by anyone else during
// the call. Writes commit every `rows_per_transaction` articles, so a killed run keeps all but
// the last batch, and running it again completes it without duplicates.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "newsdesk/batch.h"
#include "newsdesk/status.h"
#include "newsdesk/store.h"

namespace newsdesk {

struct IngestOptions {
  // Articles written per transaction (one fsync each). Default: 1000.
  int rows_per_transaction = 1000;
  // Link near-duplicate copies (sketch each article, look it up among the originals). Default:
  // true.
  bool near_duplicates = true;
  // Progress line on stderr, only when stderr is a terminal. Default: true.
  bool progress = true;
  // How HTML and WARC inputs are extracted (threads, limits); its `progress` is overridden by
  // the one above.
  BatchOptions batch;
};

struct IngestSummary {
  uint64_t articles = 0;    // articles read (JSONL lines and extracted documents)
  uint64_t added = 0;       // new articles
  uint64_t updated = 0;     // newer versions of stored articles
  uint64_t unchanged = 0;   // already stored as they are
  uint64_t duplicates = 0;  // new articles linked as near-duplicate copies of an original
  uint64_t skipped = 0;     // documents that were no article ({"skipped": ...})
  uint64_t failed = 0;      // inputs, documents or lines that could not be read or extracted
  double seconds = 0;
};

// Ingests `inputs` into `store`. Fails (after committing what was done and saying where it
// stopped) only when the store cannot be written (a full disk, a read-only file); unreadable
// inputs and bad lines count as failed and the run goes on.
Result<IngestSummary> Ingest(Store* store, const std::vector<std::string>& inputs,
                             const IngestOptions& options = {});

}  // namespace newsdesk
