// Ingest: inputs -> article records -> the store. JSONL inputs are read line by line on this
// thread; the rest go through RunBatch (extraction on every core), whose ordered sink hands each
// article line to the same Ingester.
#include "pipeline/ingest.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "pipeline/duplicate_linker.h"
#include "pipeline/line_reader.h"

namespace newsdesk {

namespace {
using Clock = std::chrono::steady_clock;
}  // namespace

Ingester::Ingester(Store* store, const IngestOptions& options) : store_(store), options_(options) {
  if (options_.rows_per_transaction < 1) options_.rows_per_transaction = 1;
  if (options_.near_duplicates) linker_ = std::make_unique<DuplicateLinker>();
  show_progress_ = options_.progress && isatty(STDERR_FILENO);
  start_ = last_progress_ = Clock::now();
}

Ingester::~Ingester() = default;

Status Ingester::Start() {
  if (linker_) return linker_->Load(store_);
  return Status::Ok();
}

Status Ingester::AddLine(std::string_view line, std::string_view where) {
  if (line.find_first_not_of(" \t\r") == std::string_view::npos) return Status::Ok();
  Result<ArticleRecord> record = ParseArticleJson(line);
  if (!record.ok()) {
    ++summary_.failed;
    std::fprintf(stderr, "newsdesk: %.*s: %s\n", static_cast<int>(where.size()), where.data(),
                 record.status().ToString().c_str());
    return Status::Ok();
  }
  return Add(*record);
}

Status Ingester::Add(const ArticleRecord& record) {
  if (!record.error.empty()) {
    ++summary_.failed;
    return Status::Ok();
  }
  if (!record.skipped.empty()) {
    ++summary_.skipped;
    return Status::Ok();
  }
  ++summary_.articles;
  Status st = Write(record.article, record.source.empty() ? record.id : record.source);
  MaybeShowProgress();
  return st;
}

Status Ingester::Write(const Article& article, std::string_view source) {
  if (!in_transaction_) {
    Status st = store_->Begin();
    if (!st.ok()) return st;
    in_transaction_ = true;
  }
  std::string sketch_bytes;
  stories::Sketch sketch;
  if (linker_) sketch = linker_->SketchOf(article.text, &sketch_bytes);
  Result<PutResult> put = store_->Put(article, PutOptions{source, sketch_bytes});
  if (!put.ok()) return put.status();
  switch (put->outcome) {
    case PutOutcome::kNew: {
      ++summary_.added;
      if (!linker_) break;
      Result<bool> linked = linker_->LinkNew(store_, put->id, article.date, sketch);
      if (!linked.ok()) return linked.status();
      if (*linked) ++summary_.duplicates;
      break;
    }
    case PutOutcome::kUpdated:
      ++summary_.updated;
      break;
    case PutOutcome::kUnchanged:
      ++summary_.unchanged;
      break;
  }
  if (++pending_ >= options_.rows_per_transaction) {
    pending_ = 0;
    in_transaction_ = false;
    return store_->Commit();
  }
  return Status::Ok();
}

Status Ingester::Finish() {
  MaybeShowProgress(true);
  if (show_progress_) std::fprintf(stderr, "\n");
  summary_.seconds = std::chrono::duration<double>(Clock::now() - start_).count();
  if (!in_transaction_) return Status::Ok();
  in_transaction_ = false;
  pending_ = 0;
  return store_->Commit();
}

void Ingester::Abort() {
  if (show_progress_) std::fprintf(stderr, "\n");
  if (in_transaction_) store_->Rollback();
  in_transaction_ = false;
  pending_ = 0;
}

void Ingester::set_progress(bool on) {
  show_progress_ = on && options_.progress && isatty(STDERR_FILENO);
}

void Ingester::MaybeShowProgress(bool force) {
  if (!show_progress_ || (!force && (summary_.articles & 255) != 0)) return;
  auto now = Clock::now();
  if (!force && now - last_progress_ < std::chrono::milliseconds(250)) return;
  last_progress_ = now;
  double s = std::chrono::duration<double>(now - start_).count();
  std::fprintf(stderr,
               "\r%llu articles  %.0f/s  %llu new  %llu updated  %llu unchanged  %llu copies  "
               "%llu failed   ",
               static_cast<unsigned long long>(summary_.articles),
               s > 0 ? summary_.articles / s : 0.0, static_cast<unsigned long long>(summary_.added),
               static_cast<unsigned long long>(summary_.updated),
               static_cast<unsigned long long>(summary_.unchanged),
               static_cast<unsigned long long>(summary_.duplicates),
               static_cast<unsigned long long>(summary_.failed));
  std::fflush(stderr);
}

namespace {

// Reads one JSONL input into the ingester; false when `reader` is not JSONL (nothing consumed
// that matters: the caller hands the path to RunBatch).
Status IngestJsonl(LineReader* reader, const std::string& path, Ingester* ingester) {
  std::string_view line;
  uint64_t number = 0;
  std::string where;
  while (reader->NextLine(&line)) {
    ++number;
    where = path + ":" + std::to_string(number);
    Status st = ingester->AddLine(line, where);
    if (!st.ok()) return st;
  }
  if (!reader->status().ok()) {
    std::fprintf(stderr, "newsdesk: %s: %s\n", path.c_str(), reader->status().ToString().c_str());
    ingester->CountFailedInput();
  }
  return Status::Ok();
}

// Sorts one input: JSONL is ingested now; anything else (HTML, WARC, folders) is left for
// RunBatch in `others`.
Status Route(const std::string& input, Ingester* ingester, std::vector<std::string>* others) {
  std::error_code ec;
  if (input != "-" && std::filesystem::is_directory(input, ec)) {
    others->push_back(input);
    return Status::Ok();
  }
  Result<std::unique_ptr<LineReader>> reader = LineReader::Open(input);
  if (!reader.ok()) {
    std::fprintf(stderr, "newsdesk: %s\n", reader.status().ToString().c_str());
    ingester->CountFailedInput();
    return Status::Ok();
  }
  if (!LooksLikeArticleJsonl((*reader)->Peek(1 << 16))) {
    if (input == "-") {
      std::fprintf(stderr, "newsdesk: stdin: ingest reads article JSONL from stdin\n");
      ingester->CountFailedInput();
    } else {
      others->push_back(input);
    }
    return Status::Ok();
  }
  return IngestJsonl(reader->get(), input, ingester);
}

}  // namespace

Result<IngestSummary> Ingest(Store* store, const std::vector<std::string>& inputs,
                             const IngestOptions& options) {
  Ingester ingester(store, options);
  Status st = ingester.Start();
  if (!st.ok()) return st;
  std::vector<std::string> others;
  for (const std::string& input : inputs) {
    st = Route(input, &ingester, &others);
    if (!st.ok()) break;
  }
  if (st.ok() && !others.empty()) {
    BatchOptions batch = options.batch;
    batch.progress = options.progress;
    ingester.set_progress(false);
    Result<BatchSummary> extracted = RunBatch(
        others, batch, {}, [&](std::string_view line) { return ingester.AddLine(line, "batch"); });
    if (!extracted.ok()) st = extracted.status();
  }
  if (!st.ok()) {
    ingester.Abort();
    return st;
  }
  st = ingester.Finish();
  if (!st.ok()) return st;
  return ingester.summary();
}

}  // namespace newsdesk
