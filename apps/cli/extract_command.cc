// newsdesk extract: the article of each page given, in the format asked for.
//
// One file: the article in the chosen format (text by default). Several files, or --format
// jsonl: one JSON object per line, in input order. A file that cannot be read or extracted gives
// an error object (or a message on stderr) and a non-zero exit at the end; the rest still run.
#include <cstdio>
#include <string>
#include <vector>

#include "command.h"
#include "newsdesk/extract.h"
#include "newsdesk/format.h"
#include "newsdesk/io.h"
#include "newsdesk/json.h"

namespace newsdesk::cli {
namespace {

// ReadDocument refuses a WARC archive with kInvalidArgument (newsdesk/io.h).
bool IsWarcRefusal(const Status& status) {
  return status.code() == StatusCode::kInvalidArgument &&
         status.message().find("WARC archive") != std::string_view::npos;
}

class ExtractCommand : public Command {
 public:
  CLI::App* Register(CLI::App& app) override {
    CLI::App* c = app.add_subcommand(
        "extract",
        "Extract the article from HTML pages (files, .gz files, or stdin when no FILE or '-').");
    c->add_option("files", files_, "HTML files (.gz read transparently); '-' is stdin");
    format_option_ =
        c->add_option("-f,--format", format_,
                      "text (default), markdown, html, json (one object), jsonl (one object per "
                      "line; the default with several files)")
            ->check(CLI::IsMember({"text", "markdown", "html", "json", "jsonl"}));
    c->add_option("--url", url_, "the page's URL, copied to the output");
    c->add_option("--input-format", input_format_,
                  "auto (default: plain text when the input has almost no tags), html, or "
                  "text (already-extracted text, one block per line; boilerplate lines are "
                  "removed)")
        ->check(CLI::IsMember({"auto", "html", "text"}));
    c->add_flag("--explain", explain_,
                "report the blocks left out as boilerplate, with a label each (in JSON as "
                "\"removed\", otherwise on stderr)");
    c->add_option("--max-input-mb", max_input_mb_, "refuse inputs larger than this")
        ->capture_default_str();
    c->add_option("--max-depth", max_depth_,
                  "elements nested deeper are flattened into their ancestor (text kept)")
        ->capture_default_str();
    c->add_option("--site-profile", site_profile_,
                  "plain-text mode: drop the lines this site repeats on its pages, learned "
                  "by `newsdesk site-profile`");
    c->footer(
        "JSON fields: id (file name without .gz and .html/.htm/.txt), source (the path), url, "
        "title, text (plain, blank line between paragraphs), markdown, html (json format only), "
        "removed (with --explain). An unreadable file gives {\"id\",\"source\",\"error\"} and exit "
        "status 1 at the end. A WARC archive is refused (exit status 2): read it with `newsdesk "
        "batch`.");
    return c;
  }

  int Run() override {
    if (files_.empty()) files_.push_back("-");
    if (files_.size() > 1 && format_option_->count() > 0 && format_ != "jsonl") {
      // Several documents in one text, Markdown or HTML stream could not be told apart.
      PrintError("--format " + format_ + " takes one file; " + std::to_string(files_.size()) +
                 " were given (use --format jsonl, or `newsdesk batch --output-dir DIR`)");
      return kExitCannotRun;
    }
    const bool many = files_.size() > 1 || format_ == "jsonl";
    ExtractOptions options = Options(many);
    if (!site_profile_.empty()) {
      options.site_profile = LoadSiteProfile(site_profile_);
      if (!options.site_profile) return kExitCannotRun;
    }
    Extractor extractor;
    int failures = 0;
    bool written = true;
    for (const std::string& path : files_) {
      if (!ExtractOne(extractor, options, path, many, &written)) ++failures;
      if (warc_) return kExitCannotRun;
    }
    written = std::fflush(stdout) == 0 && written;
    if (!written) {
      PrintError("cannot write the output (standard output)");
      return kExitCannotRun;
    }
    return failures == 0 ? kExitOk : kExitSomeFailed;
  }

 private:
  ExtractOptions Options(bool many) const {
    ExtractOptions options;
    options.max_input_bytes = max_input_mb_ << 20;
    options.max_tree_depth = max_depth_;
    options.report_boilerplate = explain_;
    options.render_markdown = format_ != "text" && format_ != "html";
    options.render_html = format_ == "html" || format_ == "json";
    if (many) options.render_markdown = true, options.render_html = format_ == "json";
    options.input_format = input_format_ == "text"   ? InputFormat::kText
                           : input_format_ == "html" ? InputFormat::kHtml
                                                     : InputFormat::kAuto;
    options.url = url_;
    return options;
  }

  // Extracts `path` and writes its JSON line or document to stdout (`*written` turns false when
  // a write fails); false when the document failed.
  bool ExtractOne(Extractor& extractor, const ExtractOptions& options, const std::string& path,
                  bool many, bool* written) const {
    const bool json = many || format_ == "json";
    auto write = [written](std::string_view piece) {
      *written = *written && WriteStdout(piece);
      return *written;
    };
    std::string id = path == "-" ? "stdin" : DocumentId(path);
    Result<Article> article = Status::Internal("not run");
    {
      // The page's bytes are let go before the article is written: a huge page is not held
      // three times (bytes, article, output).
      Result<std::string> bytes = ReadDocument(path, options.max_input_bytes);
      if (IsWarcRefusal(bytes.status())) {  // a WARC archive: many pages, not one
        PrintError((path == "-" ? std::string("stdin") : path) +
                   " is a WARC archive; extract reads one page: use `newsdesk batch " + path +
                   "` for one JSON line per record");
        warc_ = true;
        return false;
      }
      article = bytes.ok() ? extractor.Extract(*bytes, options) : Result<Article>(bytes.status());
    }
    if (!article.ok()) {
      if (json) {
        std::string line;
        AppendErrorJson(id, path, article.status(), &line);
        line.push_back('\n');
        write(line);
      }
      PrintError(article.status());
      return false;
    }
    const Article& a = *article;
    if (json) {
      JsonOptions fields;
      fields.id = id;
      fields.source = path;
      fields.with_html = format_ == "json";
      fields.with_explain = explain_;
      WriteArticleJson(a, fields, write);
      return true;
    }
    WriteArticle(a,
                 format_ == "markdown" ? DocumentFormat::kMarkdown
                 : format_ == "html"   ? DocumentFormat::kHtml
                                       : DocumentFormat::kText,
                 write);
    if (explain_) {
      for (const auto& r : a.removed)
        std::fprintf(stderr, "removed [%s] %s\n", r.label.c_str(), r.text.c_str());
    }
    return true;
  }

  std::vector<std::string> files_;
  CLI::Option* format_option_ = nullptr;
  mutable bool warc_ = false;  // an input was a WARC archive: refused, the command stops
  std::string format_ = "text";
  std::string url_;
  bool explain_ = false;
  std::size_t max_input_mb_ = ExtractOptions{}.max_input_bytes >> 20;
  std::size_t max_depth_ = ExtractOptions{}.max_tree_depth;
  std::string input_format_ = "auto";
  std::string site_profile_;
};

}  // namespace

std::unique_ptr<Command> MakeExtractCommand() { return std::make_unique<ExtractCommand>(); }

}  // namespace newsdesk::cli
