// newsdesk site-profile: learn the lines one site repeats across its pages (sign-up blurbs, bios,
// footers) from many of its plain-text documents, for `extract/batch --site-profile`.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "command.h"
#include "newsdesk/io.h"

namespace newsdesk::cli {
namespace {

bool IsJsonl(const std::string& path) {
  auto ends = [&](std::string_view suffix) {
    return path.size() >= suffix.size() &&
           path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  return ends(".jsonl") || ends(".jsonl.gz");
}

class SiteProfileCommand : public Command {
 public:
  CLI::App* Register(CLI::App& app) override {
    CLI::App* c = app.add_subcommand(
        "site-profile",
        "Learn the lines one site repeats across its pages (newsletter blurbs, bios, footers) "
        "from many of its plain-text documents, and save them for `extract/batch "
        "--site-profile`.");
    c->add_option("inputs", inputs_,
                  "plain-text files, folders (recursive), or JSONL files of {\"text\": ...}")
        ->required();
    c->add_option("-o,--output", output_, "the profile file to write")->required();
    c->add_option("--min-documents", min_documents_,
                  "a line must occur in at least this many documents")
        ->capture_default_str();
    c->add_option("--min-share", min_share_, "... and in at least this share of them")
        ->capture_default_str();
    c->add_option("--show", show_, "print this many of the most frequent lines")
        ->capture_default_str();
    return c;
  }

  int Run() override {
    namespace fs = std::filesystem;
    for (const std::string& input : inputs_) {
      std::error_code ec;
      if (!fs::is_directory(input, ec)) {
        AddFile(input);
        continue;
      }
      std::vector<std::string> paths;
      for (auto it = fs::recursive_directory_iterator(input, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec)) paths.push_back(it->path().string());
      }
      std::sort(paths.begin(), paths.end());
      for (const std::string& p : paths) AddFile(p);
    }
    SiteProfile::Options options;
    options.min_documents = min_documents_;
    options.min_share = min_share_;
    profile_.Finish(options);
    if (Status saved = profile_.Save(output_); !saved.ok()) {
      PrintError(saved);
      return kExitCannotRun;
    }
    std::fprintf(stderr,
                 "newsdesk: %zu documents (%zu skipped, %zu errors): %zu boilerplate lines -> %s\n",
                 profile_.documents(), skipped_, errors_, profile_.size(), output_.c_str());
    int shown = 0;
    for (const auto& [shape, n] : profile_.Lines()) {
      if (shown++ >= show_) break;
      std::fprintf(stderr, "  %5u  %.100s\n", n, shape.c_str());
    }
    return errors_ == 0 && profile_.documents() > 0 ? kExitOk : kExitSomeFailed;
  }

 private:
  // Adds a plain-text file, or each {"text"} line of a JSONL file. HTML files are skipped with a
  // warning.
  void AddFile(const std::string& path) {
    auto bytes = ReadDocument(path, std::size_t{1} << 30);
    if (!bytes.ok()) {
      PrintError(bytes.status());
      ++errors_;
      return;
    }
    std::string_view data = *bytes;
    if (IsJsonl(path)) {
      AddJsonl(path, data);
    } else if (!LooksLikePlainText(data)) {
      PrintError(path + " is HTML, not plain text; skipped");
      ++skipped_;
    } else {
      profile_.AddDocument(data);
    }
  }

  void AddJsonl(const std::string& path, std::string_view data) {
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
        PrintError(path + ":" + std::to_string(number) +
                   ": not a JSON object with a \"text\" string");
        ++errors_;
        continue;
      }
      profile_.AddDocument(j["text"].get_ref<const std::string&>());
    }
  }

  std::vector<std::string> inputs_;
  std::string output_;
  std::size_t min_documents_ = SiteProfile::Options{}.min_documents;
  double min_share_ = SiteProfile::Options{}.min_share;
  int show_ = 10;
  SiteProfile profile_;
  std::size_t skipped_ = 0, errors_ = 0;
};

}  // namespace

std::unique_ptr<Command> MakeSiteProfileCommand() { return std::make_unique<SiteProfileCommand>(); }

}  // namespace newsdesk::cli
