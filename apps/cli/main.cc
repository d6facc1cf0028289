// newsdesk: the command-line front door.
//
//   newsdesk extract [FILE...] [--format text|markdown|html|json|jsonl] [--url URL] [--explain]
//   newsdesk batch INPUT... [-o OUT.jsonl] [-j N] [--resume] ...
//   newsdesk site-profile -o SITE.profile INPUT...     (learn a site's repeated lines)
//
// One file: the article in the chosen format (text by default). Several files, or --format
// jsonl: one JSON object per line, in input order. A file that cannot be read or extracted gives
// an error object (or a message on stderr) and a non-zero exit at the end; the rest still run.
#include <CLI/CLI.hpp>
#include <cctype>
#include <filesystem>
#include <map>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "input/file_reader.h"
#include "newsdesk/batch.h"
#include "newsdesk/extract.h"
#include "newsdesk/site_profile.h"
#include "text/text_extractor.h"
#include "output/json.h"
#include "output/line_file.h"

namespace {

struct ExtractCommand {
  std::vector<std::string> files;
  std::string format = "text";
  std::string url;
  bool explain = false;
  std::size_t max_input_mb = 256;
  std::size_t max_depth = 400;
  std::string input_format = "auto";
  std::string site_profile;
};

// Loads --site-profile; on failure prints why and returns null.
std::shared_ptr<const newsdesk::SiteProfile> LoadSiteProfile(const std::string& path) {
  auto profile = newsdesk::SiteProfile::Load(path);
  if (!profile.ok()) {
    std::fprintf(stderr, "newsdesk: %s\n", profile.status().ToString().c_str());
    return nullptr;
  }
  return std::make_shared<const newsdesk::SiteProfile>(std::move(profile.value()));
}

void Write(const std::string& s) { std::fwrite(s.data(), 1, s.size(), stdout); }

int RunExtract(const ExtractCommand& cmd) {
  std::vector<std::string> files = cmd.files;
  if (files.empty()) files.push_back("-");
  const bool many = files.size() > 1 || cmd.format == "jsonl";
  newsdesk::Extractor extractor;
  newsdesk::ExtractOptions options;
  options.max_input_bytes = cmd.max_input_mb << 20;
  options.max_tree_depth = cmd.max_depth;
  options.report_boilerplate = cmd.explain;
  options.render_markdown = cmd.format != "text" && cmd.format != "html";
  options.render_html = cmd.format == "html" || cmd.format == "json";
  if (many) options.render_markdown = true, options.render_html = cmd.format == "json";
  options.input_format = cmd.input_format == "text"   ? newsdesk::InputFormat::kText
                         : cmd.input_format == "html" ? newsdesk::InputFormat::kHtml
                                                      : newsdesk::InputFormat::kAuto;
  if (!cmd.site_profile.empty()) {
    options.site_profile = LoadSiteProfile(cmd.site_profile);
    if (!options.site_profile) return 2;
  }
  int failures = 0;
  std::string out;
  for (const std::string& path : files) {
    out.clear();
    std::string id = path == "-" ? "stdin" : newsdesk::DocumentId(path);
    newsdesk::Result<std::string> bytes = newsdesk::ReadDocument(path, options.max_input_bytes);
    newsdesk::Status status = bytes.status();
    newsdesk::Result<newsdesk::Article> article = newsdesk::Status::Internal("not run");
    if (bytes.ok()) {
      options.url = cmd.url;
      article = extractor.Extract(*bytes, options);
      status = article.status();
    }
    if (!status.ok()) {
      ++failures;
      if (many || cmd.format == "json") {
        newsdesk::output::AppendErrorJson(id, path, status, &out);
        out.push_back('\n');
        Write(out);
      }
      std::fprintf(stderr, "newsdesk: %s\n", status.ToString().c_str());
      continue;
    }
    const newsdesk::Article& a = *article;
    if (many || cmd.format == "json") {
      newsdesk::output::JsonFields fields;
      fields.id = id;
      fields.source = path;
      fields.with_html = cmd.format == "json";
      fields.with_removed = cmd.explain;
      newsdesk::output::AppendArticleJson(a, fields, &out);
      out.push_back('\n');
    } else if (cmd.format == "markdown") {
      if (!a.title.empty()) out += "# " + a.title + "\n\n";
      out += a.markdown + "\n";
    } else if (cmd.format == "html") {
      out += "<article>\n";
      if (!a.title.empty()) {
        out += "<h1>";
        for (char c : a.title) {
          if (c == '<') out += "&lt;";
          else if (c == '&') out += "&amp;";
          else out.push_back(c);
        }
        out += "</h1>\n";
      }
      out += a.html + "</article>\n";
    } else {
      out += a.text + "\n";
    }
    if (cmd.explain && !many && cmd.format != "json") {
      for (const auto& r : a.removed) std::fprintf(stderr, "removed [%s] %s\n", r.label.c_str(), r.text.c_str());
    }
    Write(out);
  }
  std::fflush(stdout);
  return failures == 0 ? 0 : 1;
}

struct BatchCommand {
  std::vector<std::string> inputs;
  std::string output = "-";
  int threads = 0;
  bool unordered = false;
  bool resume = false;
  bool quiet = false;
  bool explain = false;
  std::string glob;
  std::size_t max_document_mb = 64;
  double max_document_seconds = 10;
  std::string output_dir;
  std::size_t min_article_chars = 0;
  std::string site_profile;
};

struct SiteProfileCommand {
  std::vector<std::string> inputs;
  std::string output;
  std::size_t min_documents = 3;
  double min_share = 0.05;
  int show = 10;
};

// Learns a site profile from plain-text documents: files, folders (recursive) and JSONL files
// (one {"text": ...} object per line). HTML files are skipped with a warning.
int RunSiteProfile(const SiteProfileCommand& cmd) {
  namespace fs = std::filesystem;
  newsdesk::SiteProfile profile;
  std::size_t skipped = 0, errors = 0;
  auto add_file = [&](const std::string& path) {
    auto bytes = newsdesk::ReadDocument(path, std::size_t{1} << 30);
    if (!bytes.ok()) {
      std::fprintf(stderr, "newsdesk: %s\n", bytes.status().ToString().c_str());
      ++errors;
      return;
    }
    std::string_view data = *bytes;
    bool jsonl = path.size() >= 6 && (path.rfind(".jsonl") == path.size() - 6 ||
                                      path.rfind(".jsonl.gz") == path.size() - 9);
    if (jsonl) {
      std::size_t pos = 0, number = 0;
      while (pos < data.size()) {
        std::size_t nl = data.find('\n', pos);
        if (nl == std::string_view::npos) nl = data.size();
        std::string_view line = data.substr(pos, nl - pos);
        pos = nl + 1;
        ++number;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        auto j = nlohmann::json::parse(line, nullptr, false);
        if (j.is_discarded() || !j.is_object() || !j.contains("text") || !j["text"].is_string()) {
          std::fprintf(stderr, "newsdesk: %s:%zu: not a JSON object with a \"text\" string\n",
                       path.c_str(), number);
          ++errors;
          continue;
        }
        profile.AddDocument(j["text"].get_ref<const std::string&>());
      }
      return;
    }
    if (!newsdesk::text::LooksLikePlainText(data)) {
      std::fprintf(stderr, "newsdesk: %s is HTML, not plain text; skipped\n", path.c_str());
      ++skipped;
      return;
    }
    profile.AddDocument(data);
  };
  for (const std::string& input : cmd.inputs) {
    std::error_code ec;
    if (fs::is_directory(input, ec)) {
      std::vector<std::string> paths;
      for (auto it = fs::recursive_directory_iterator(input, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec)) paths.push_back(it->path().string());
      }
      std::sort(paths.begin(), paths.end());
      for (const std::string& p : paths) add_file(p);
    } else {
      add_file(input);
    }
  }
  newsdesk::SiteProfile::Options options;
  options.min_documents = cmd.min_documents;
  options.min_share = cmd.min_share;
  profile.Finish(options);
  newsdesk::Status saved = profile.Save(cmd.output);
  if (!saved.ok()) {
    std::fprintf(stderr, "newsdesk: %s\n", saved.ToString().c_str());
    return 2;
  }
  std::fprintf(stderr, "newsdesk: %zu documents (%zu skipped, %zu errors): %zu boilerplate lines -> %s\n",
               profile.documents(), skipped, errors, profile.size(), cmd.output.c_str());
  int shown = 0;
  for (const auto& [shape, n] : profile.Lines()) {
    if (shown++ >= cmd.show) break;
    std::fprintf(stderr, "  %5u  %.100s\n", n, shape.c_str());
  }
  return errors == 0 && profile.documents() > 0 ? 0 : 1;
}

// The "id" of a JSON line that starts {"id":"...": a file name without path separators.
std::string FileNameForLine(std::string_view line) {
  std::string id;
  constexpr std::string_view kHead = "{\"id\":\"";
  if (line.substr(0, kHead.size()) == kHead) {
    for (std::size_t i = kHead.size(); i < line.size() && line[i] != '"'; ++i) {
      if (line[i] == '\\' && i + 1 < line.size()) ++i;
      char c = line[i];
      id.push_back((std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.') ? c : '_');
    }
  }
  if (id.empty() || id == "." || id == "..") id = "document";
  if (id.size() > 200) id.resize(200);
  return id;
}

int RunBatchCommand(const BatchCommand& cmd) {
  newsdesk::BatchOptions options;
  options.threads = cmd.threads;
  options.ordered = !cmd.unordered;
  options.resume = cmd.resume;
  options.progress = !cmd.quiet;
  options.glob = cmd.glob;
  options.max_document_bytes = cmd.max_document_mb << 20;
  options.max_document_seconds = cmd.max_document_seconds;
  options.extract.max_input_bytes = options.max_document_bytes;
  options.extract.report_boilerplate = cmd.explain;
  options.extract.render_html = false;  // batch lines carry text and markdown
  if (!cmd.site_profile.empty()) {
    options.extract.site_profile = LoadSiteProfile(cmd.site_profile);
    if (!options.extract.site_profile) return 2;
  }
  std::vector<std::string> done;
  if (cmd.resume) {
    if (cmd.output == "-") {
      std::fprintf(stderr, "newsdesk: --resume needs --output FILE\n");
      return 2;
    }
    auto sources = newsdesk::output::ReadDoneSources(cmd.output);
    if (sources.ok()) {
      done = std::move(sources.value());
    } else if (sources.status().code() != newsdesk::StatusCode::kNotFound) {
      std::fprintf(stderr, "newsdesk: %s\n", sources.status().ToString().c_str());
      return 2;
    }
  }
  options.min_article_chars = cmd.min_article_chars;
  std::vector<std::string> inputs = cmd.inputs;
  if (inputs.empty()) inputs.push_back("-");
  newsdesk::Result<newsdesk::BatchSummary> summary = newsdesk::Status::Internal("not run");
  newsdesk::Status closed;
  if (!cmd.output_dir.empty()) {
    // One JSON file per document, named after its id (a counter keeps equal ids apart).
    std::error_code ec;
    std::filesystem::create_directories(cmd.output_dir, ec);
    std::map<std::string, int> used;
    summary = newsdesk::RunBatch(inputs, options, done, [&](std::string_view line) {
      std::string name = FileNameForLine(line);
      int n = used[name]++;
      std::string path = cmd.output_dir + "/" + name + (n ? "." + std::to_string(n) : "") + ".json";
      FILE* f = std::fopen(path.c_str(), "wb");
      if (!f) return newsdesk::Status::IoError(path + ": cannot write");
      bool ok = std::fwrite(line.data(), 1, line.size(), f) == line.size() && std::fputc('\n', f) != EOF;
      ok = (std::fclose(f) == 0) && ok;
      return ok ? newsdesk::Status::Ok() : newsdesk::Status::IoError(path + ": write failed");
    });
  } else {
    auto file = newsdesk::output::LineFile::Open(cmd.output, cmd.resume);
    if (!file.ok()) {
      std::fprintf(stderr, "newsdesk: %s\n", file.status().ToString().c_str());
      return 2;
    }
    newsdesk::output::LineFile* out = file->get();
    summary = newsdesk::RunBatch(inputs, options, done,
                                 [out](std::string_view line) { return out->Write(line); });
    closed = out->Close();
  }
  if (!summary.ok() || !closed.ok()) {
    std::fprintf(stderr, "newsdesk: %s\n",
                 (summary.ok() ? closed : summary.status()).ToString().c_str());
    return 2;
  }
  const newsdesk::BatchSummary& s = *summary;
  std::fprintf(stderr,
               "newsdesk: %llu documents: %llu articles, %llu skipped, %llu errors%s; %.1f MB in "
               "%.2f s (%.0f docs/s, %.1f MB/s)\n",
               static_cast<unsigned long long>(s.documents), static_cast<unsigned long long>(s.articles),
               static_cast<unsigned long long>(s.skipped), static_cast<unsigned long long>(s.errors),
               s.resumed ? (", " + std::to_string(s.resumed) + " already done").c_str() : "",
               s.input_bytes / 1e6, s.seconds, s.seconds > 0 ? s.documents / s.seconds : 0.0,
               s.seconds > 0 ? s.input_bytes / 1e6 / s.seconds : 0.0);
  return s.errors == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"newsdesk: clean, structured news from raw web pages"};
  app.require_subcommand(1);
  ExtractCommand cmd;
  CLI::App* extract = app.add_subcommand(
      "extract",
      "Extract the article from HTML pages (files, .gz files, or stdin when no FILE or '-').");
  extract->add_option("files", cmd.files, "HTML files (.gz read transparently); '-' is stdin");
  extract->add_option("-f,--format", cmd.format,
                      "text (default), markdown, html, json (one object), jsonl (one object per "
                      "line; the default with several files)")
      ->check(CLI::IsMember({"text", "markdown", "html", "json", "jsonl"}));
  extract->add_option("--url", cmd.url, "the page's URL, copied to the output");
  extract->add_option("--input-format", cmd.input_format,
                      "auto (default: plain text when the input has almost no tags), html, or "
                      "text (already-extracted text, one block per line; boilerplate lines are "
                      "removed)")
      ->check(CLI::IsMember({"auto", "html", "text"}));
  extract->add_flag("--explain", cmd.explain,
                    "report the blocks left out as boilerplate, with a label each (in JSON as "
                    "\"removed\", otherwise on stderr)");
  extract->add_option("--max-input-mb", cmd.max_input_mb, "refuse inputs larger than this")
      ->capture_default_str();
  extract->add_option("--max-depth", cmd.max_depth,
                      "elements nested deeper are flattened into their ancestor (text kept)")
      ->capture_default_str();
  extract->add_option("--site-profile", cmd.site_profile,
                      "plain-text mode: drop the lines this site repeats on its pages, learned "
                      "by `newsdesk site-profile`");
  extract->footer(
      "JSON fields: id (file name without .gz and .html/.htm/.txt), source (the path), url, "
      "title, text (plain, blank line between paragraphs), markdown, html (json format only), "
      "removed (with --explain). An unreadable file gives {\"id\",\"source\",\"error\"} and exit "
      "status 1 at the end.");
  BatchCommand batch_cmd;
  CLI::App* batch = app.add_subcommand(
      "batch",
      "Extract many documents on every core: files, folders (recursive), WARC files (.warc, "
      ".warc.gz), @LIST files naming paths, or stdin. One JSON line per document or WARC record.");
  batch->add_option("inputs", batch_cmd.inputs, "files, folders, WARC files, @LIST or '-'");
  batch->add_option("-o,--output", batch_cmd.output,
                    "output JSONL file ('-' is stdout); .gz or .zst compresses")
      ->capture_default_str();
  batch->add_option("-j,--threads", batch_cmd.threads, "worker threads (default: all cores)");
  batch->add_flag("--unordered", batch_cmd.unordered, "write lines as documents finish");
  batch->add_flag("--resume", batch_cmd.resume,
                  "continue a killed run: skip the documents already in --output");
  batch->add_flag("-q,--quiet", batch_cmd.quiet, "no progress bar");
  batch->add_flag("--explain", batch_cmd.explain, "add removed blocks and metadata sources");
  batch->add_option("--glob", batch_cmd.glob, "in folders, only files matching this glob");
  batch->add_option("--output-dir", batch_cmd.output_dir,
                    "write one JSON file per document (named after its id) instead of JSONL");
  batch->add_option("--skip-non-articles", batch_cmd.min_article_chars,
                    "documents with fewer characters of article text give a skipped line "
                    "(\"not an article\"); 0 keeps everything")
      ->capture_default_str();
  batch->add_option("--max-document-mb", batch_cmd.max_document_mb,
                    "larger documents give an error line")
      ->capture_default_str();
  batch->add_option("--max-document-seconds", batch_cmd.max_document_seconds,
                    "slower extractions give an error line")
      ->capture_default_str();
  batch->add_option("--site-profile", batch_cmd.site_profile,
                    "plain-text mode: drop the lines this site repeats on its pages (see "
                    "`newsdesk site-profile`)");
  batch->footer(
      "Every input document or WARC record gives exactly one line: the article (as `extract "
      "--format json`, plus warc_date and warc_record_id for WARC records, source = PATH@OFFSET), "
      "or {\"skipped\": reason} (not HTML, empty, redirect), or {\"error\": reason} (unreadable, "
      "clipped or corrupt record, too large). A summary goes to stderr; the exit status is 1 when "
      "any document failed.");
  SiteProfileCommand profile_cmd;
  CLI::App* profile = app.add_subcommand(
      "site-profile",
      "Learn the lines one site repeats across its pages (newsletter blurbs, bios, footers) from "
      "many of its plain-text documents, and save them for `extract/batch --site-profile`.");
  profile->add_option("inputs", profile_cmd.inputs,
                      "plain-text files, folders (recursive), or JSONL files of {\"text\": ...}")
      ->required();
  profile->add_option("-o,--output", profile_cmd.output, "the profile file to write")->required();
  profile->add_option("--min-documents", profile_cmd.min_documents,
                      "a line must occur in at least this many documents")
      ->capture_default_str();
  profile->add_option("--min-share", profile_cmd.min_share,
                      "... and in at least this share of them")
      ->capture_default_str();
  profile->add_option("--show", profile_cmd.show, "print this many of the most frequent lines")
      ->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  if (extract->parsed()) return RunExtract(cmd);
  if (batch->parsed()) return RunBatchCommand(batch_cmd);
  if (profile->parsed()) return RunSiteProfile(profile_cmd);
  return 2;
}
