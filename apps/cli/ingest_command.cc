// newsdesk ingest: articles into the archive (an SQLite file), from article JSONL or from pages
// extracted on every core.
#include <cstdio>
#include <string>
#include <vector>

#include "command.h"
#include "newsdesk/ingest.h"
#include "newsdesk/store.h"

namespace newsdesk::cli {
namespace {

void PrintSummary(const IngestSummary& s, const StoreCounts& counts) {
  auto n = [](uint64_t v) { return static_cast<unsigned long long>(v); };
  std::fprintf(stderr,
               "newsdesk: %llu articles: %llu new, %llu updated, %llu unchanged, %llu duplicate "
               "(near-duplicate copies linked); %llu skipped, %llu failed; %.2f s (%.0f "
               "articles/s). The archive holds %lld articles from %lld outlets.\n",
               n(s.articles), n(s.added), n(s.updated), n(s.unchanged), n(s.duplicates),
               n(s.skipped), n(s.failed), s.seconds, s.seconds > 0 ? s.articles / s.seconds : 0.0,
               static_cast<long long>(counts.articles), static_cast<long long>(counts.outlets));
}

class IngestCommand : public Command {
 public:
  CLI::App* Register(CLI::App& app) override {
    CLI::App* c = app.add_subcommand(
        "ingest",
        "Store articles in the archive (an SQLite file, created when missing): article JSONL as "
        "extract/batch write it (.gz and .zst too), or HTML files, folders and WARC files, "
        "extracted on every core first.");
    c->add_option("--db", db_, "the archive file")->required();
    c->add_option("inputs", inputs_,
                  "JSONL files, HTML files, folders, WARC files, or '-' (JSONL)");
    c->add_option("-j,--threads", threads_, "extraction threads (default: all cores)")
        ->check(CLI::NonNegativeNumber);
    c->add_option("--batch-rows", rows_, "articles per transaction")
        ->capture_default_str()
        ->check(CLI::PositiveNumber);
    c->add_flag("--no-near-duplicates", no_near_duplicates_,
                "do not sketch texts nor link near-duplicate copies");
    c->add_flag("-q,--quiet", quiet_, "no progress line");
    c->footer(
        "An article is keyed by its canonical URL (normalised: case, default ports, fragments, "
        "tracking parameters and AMP variants dropped), else its URL, else a hash of its text: "
        "ingesting the same input twice changes nothing, and a newer version (a later modified "
        "date or a changed text) replaces the stored one and keeps the old in `revisions`. A "
        "copy of an earlier article's text (wire copy) is kept and linked to it (duplicate_of). "
        "Writes commit every --batch-rows articles: a killed run keeps what was committed, and "
        "running the same command again completes it. Exit status: 0 done, 1 some inputs "
        "failed, 2 the archive could not be opened or written (full disk, read-only file).");
    return c;
  }

  int Run() override {
    if (inputs_.empty()) inputs_.push_back("-");
    Result<std::unique_ptr<Store>> store = Store::Open(db_);
    if (!store.ok()) {
      PrintError(store.status());
      return kExitCannotRun;
    }
    IngestOptions options;
    options.rows_per_transaction = rows_;
    options.near_duplicates = !no_near_duplicates_;
    options.progress = !quiet_;
    options.batch.threads = threads_;
    options.batch.extract.render_html = false;
    Result<IngestSummary> summary = Ingest(store->get(), inputs_, options);
    if (!summary.ok()) {
      PrintError(summary.status());
      PrintError(
          "stopped: the articles committed before the failure are kept; run again to "
          "complete");
      return kExitCannotRun;
    }
    Result<StoreCounts> counts = (*store)->Counts();
    PrintSummary(*summary, counts.ok() ? *counts : StoreCounts{});
    return summary->failed == 0 ? kExitOk : kExitSomeFailed;
  }

 private:
  std::string db_;
  std::vector<std::string> inputs_;
  int threads_ = 0;
  int rows_ = IngestOptions{}.rows_per_transaction;
  bool no_near_duplicates_ = false;
  bool quiet_ = false;
};

}  // namespace

std::unique_ptr<Command> MakeIngestCommand() { return std::make_unique<IngestCommand>(); }

}  // namespace newsdesk::cli
