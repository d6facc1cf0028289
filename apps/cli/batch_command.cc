// newsdesk batch: many documents on every core, one JSON line per document or WARC record.
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "command.h"
#include "newsdesk/batch.h"
#include "newsdesk/io.h"

namespace newsdesk::cli {
namespace {

// The "id" of a JSON line that starts {"id":"...": a file name without path separators.
std::string FileNameForLine(std::string_view line) {
  std::string id;
  constexpr std::string_view kHead = "{\"id\":\"";
  if (line.substr(0, kHead.size()) == kHead) {
    for (std::size_t i = kHead.size(); i < line.size() && line[i] != '"'; ++i) {
      if (line[i] == '\\' && i + 1 < line.size()) ++i;
      char c = line[i];
      bool plain = std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
      id.push_back(plain ? c : '_');
    }
  }
  if (id.empty() || id == "." || id == "..") id = "document";
  if (id.size() > 200) id.resize(200);
  return id;
}

// One JSON file per document, named after its id (a counter keeps equal ids apart).
class DirectorySink {
 public:
  explicit DirectorySink(std::string dir) : dir_(std::move(dir)) {}
  Status operator()(std::string_view line) {
    std::string name = FileNameForLine(line);
    int n = used_[name]++;
    std::string path = dir_ + "/" + name + (n ? "." + std::to_string(n) : "") + ".json";
    FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) return Status::IoError(path + ": cannot write");
    bool ok =
        std::fwrite(line.data(), 1, line.size(), f) == line.size() && std::fputc('\n', f) != EOF;
    ok = (std::fclose(f) == 0) && ok;
    return ok ? Status::Ok() : Status::IoError(path + ": write failed");
  }

 private:
  std::string dir_;
  std::map<std::string, int> used_;
};

void PrintSummary(const BatchSummary& s) {
  std::string resumed = s.resumed ? ", " + std::to_string(s.resumed) + " already done" : "";
  std::fprintf(stderr,
               "newsdesk: %llu documents: %llu articles, %llu skipped, %llu errors%s; %.1f MB in "
               "%.2f s (%.0f docs/s, %.1f MB/s)\n",
               static_cast<unsigned long long>(s.documents),
               static_cast<unsigned long long>(s.articles),
               static_cast<unsigned long long>(s.skipped),
               static_cast<unsigned long long>(s.errors), resumed.c_str(), s.input_bytes / 1e6,
               s.seconds, s.seconds > 0 ? s.documents / s.seconds : 0.0,
               s.seconds > 0 ? s.input_bytes / 1e6 / s.seconds : 0.0);
}

class BatchCommand : public Command {
 public:
  CLI::App* Register(CLI::App& app) override {
    CLI::App* c = app.add_subcommand(
        "batch",
        "Extract many documents on every core: files, folders (recursive), WARC files (.warc, "
        ".warc.gz), @LIST files naming paths, or stdin. One JSON line per document or WARC "
        "record.");
    c->add_option("inputs", inputs_, "files, folders, WARC files, @LIST or '-'");
    CLI::Option* output = c->add_option("-o,--output", output_,
                                        "output JSONL file ('-' is stdout); .gz or .zst compresses")
                              ->capture_default_str();
    c->add_option("-j,--threads", threads_, "worker threads (default: all cores)")
        ->check(CLI::NonNegativeNumber);
    c->add_flag("--unordered", unordered_, "write lines as documents finish");
    c->add_flag("--resume", resume_,
                "continue a killed run: skip the documents already in --output (an uncompressed "
                "file: .gz and .zst outputs are refused)");
    c->add_flag("-q,--quiet", quiet_, "no progress bar");
    c->add_flag("--explain", explain_, "add removed blocks and metadata sources");
    c->add_option("--glob", glob_, "in folders, only files matching this glob");
    c->add_option("--output-dir", output_dir_,
                  "write one JSON file per document (named after its id) instead of JSONL")
        ->excludes(output);
    c->add_option("--skip-non-articles", min_article_chars_,
                  "documents with fewer characters of article text give a skipped line "
                  "(\"not an article\"); 0 keeps everything")
        ->capture_default_str();
    c->add_option("--max-document-mb", max_document_mb_, "larger documents give an error line")
        ->capture_default_str()
        ->check(CLI::PositiveNumber);
    c->add_option("--max-document-seconds", max_document_seconds_,
                  "slower extractions give an error line")
        ->capture_default_str()
        ->check(CLI::PositiveNumber);
    c->add_option("--site-profile", site_profile_,
                  "plain-text mode: drop the lines this site repeats on its pages (see "
                  "`newsdesk site-profile`)");
    c->footer(
        "Every input document or WARC record gives exactly one line: the article (as `extract "
        "--format json`, plus warc_date and warc_record_id for WARC records, source = "
        "PATH@OFFSET), or {\"skipped\": reason} (not HTML, empty, redirect), or {\"error\": "
        "reason} (unreadable, clipped or corrupt record, too large; junk between records gets an "
        "error line of its own). In a whole-file gzip WARC, source is PATH@0+N (N: the record's "
        "offset in the inflated data). '-' (stdin) is read as a WARC when it starts like one. A "
        "summary goes to stderr; the exit status is 1 when any document failed.");
    return c;
  }

  int Run() override {
    BatchOptions options = Options();
    if (!site_profile_.empty()) {
      options.extract.site_profile = LoadSiteProfile(site_profile_);
      if (!options.extract.site_profile) return kExitCannotRun;
    }
    std::vector<std::string> done;
    if (resume_ && !DoneSources(&done)) return kExitCannotRun;
    if (inputs_.empty()) inputs_.push_back("-");
    Result<BatchSummary> summary = Status::Internal("not run");
    Status closed;
    if (!output_dir_.empty()) {
      std::error_code ec;
      std::filesystem::create_directories(output_dir_, ec);
      DirectorySink sink(output_dir_);
      summary =
          RunBatch(inputs_, options, done, [&sink](std::string_view line) { return sink(line); });
    } else {
      auto file = LineWriter::Open(output_, resume_);
      if (!file.ok()) {
        PrintError(file.status());
        return kExitCannotRun;
      }
      LineWriter* out = file->get();
      summary = RunBatch(inputs_, options, done,
                         [out](std::string_view line) { return out->Write(line); });
      closed = out->Close();
    }
    if (!summary.ok() || !closed.ok()) {
      PrintError(summary.ok() ? closed : summary.status());
      return kExitCannotRun;
    }
    PrintSummary(*summary);
    return summary->errors == 0 ? kExitOk : kExitSomeFailed;
  }

 private:
  BatchOptions Options() const {
    BatchOptions options;
    options.threads = threads_;
    options.ordered = !unordered_;
    options.resume = resume_;
    options.progress = !quiet_;
    options.glob = glob_;
    options.max_document_bytes = max_document_mb_ << 20;
    options.max_document_seconds = max_document_seconds_;
    options.min_article_chars = min_article_chars_;
    options.extract.max_input_bytes = options.max_document_bytes;
    options.extract.report_boilerplate = explain_;
    options.extract.render_html = false;  // batch lines carry text and markdown
    return options;
  }

  // --resume: the sources already in the output; false (after saying why) when it cannot be read.
  bool DoneSources(std::vector<std::string>* done) const {
    if (output_ == "-") {
      PrintError("--resume needs --output FILE");
      return false;
    }
    auto sources = ReadDoneSources(output_);
    if (sources.ok()) {
      *done = std::move(sources.value());
    } else if (sources.status().code() != StatusCode::kNotFound) {
      PrintError(sources.status());
      return false;
    }
    return true;
  }

  std::vector<std::string> inputs_;
  std::string output_ = "-";
  int threads_ = 0;
  bool unordered_ = false;
  bool resume_ = false;
  bool quiet_ = false;
  bool explain_ = false;
  std::string glob_;
  std::size_t max_document_mb_ = BatchOptions{}.max_document_bytes >> 20;
  double max_document_seconds_ = BatchOptions{}.max_document_seconds;
  std::string output_dir_;
  std::size_t min_article_chars_ = BatchOptions{}.min_article_chars;
  std::string site_profile_;
};

}  // namespace

std::unique_ptr<Command> MakeBatchCommand() { return std::make_unique<BatchCommand>(); }

}  // namespace newsdesk::cli
