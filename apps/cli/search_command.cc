// newsdesk search: full-text search of the archive, best first, with highlighted snippets.
#include <unistd.h>

#include <cstdio>
#include <string>

#include "command.h"
#include "newsdesk/json.h"
#include "newsdesk/store.h"

namespace newsdesk::cli {
namespace {

std::string HitJson(const Hit& h) {
  std::string out = "{\"id\":" + std::to_string(h.id) + ",\"url\":";
  AppendJsonString(h.url, &out);
  for (auto [name, value] : {std::pair<const char*, const std::string*>{"title", &h.title},
                             {"date", &h.date},
                             {"outlet", &h.outlet},
                             {"language", &h.language},
                             {"snippet", &h.snippet}}) {
    out += ",\"";
    out += name;
    out += "\":";
    AppendJsonString(*value, &out);
  }
  char score[64];
  std::snprintf(score, sizeof(score), ",\"score\":%.4f", h.score);
  out += score;
  if (h.duplicate_of) out += ",\"duplicate_of\":" + std::to_string(h.duplicate_of);
  out += "}\n";
  return out;
}

std::string HitText(const Hit& h) {
  std::string out = h.title.empty() ? "(no title)" : h.title;
  out += "\n  " + (h.date.empty() ? std::string("(undated)") : h.date.substr(0, 10));
  if (!h.outlet.empty()) out += "  " + h.outlet;
  if (h.duplicate_of) out += "  (copy of #" + std::to_string(h.duplicate_of) + ")";
  out += "  " + h.url + "\n  " + h.snippet + "\n\n";
  return out;
}

class SearchCommand : public Command {
 public:
  CLI::App* Register(CLI::App& app) override {
    CLI::App* c = app.add_subcommand("search", "Search the archive's titles and texts.");
    c->add_option("--db", db_, "the archive file")->required();
    c->add_option("query", query_, "words, \"phrases\", prefix*, a OR b, -excluded")->required();
    c->add_option("--since", options_.since, "only articles dated on or after YYYY-MM-DD");
    c->add_option("--outlet", options_.outlet, "only this outlet's host (example.com)");
    c->add_option("--lang", options_.language, "only this language (en, fr, ...)");
    c->add_option("-n,--limit", options_.limit, "most hits")->capture_default_str();
    c->add_option("--format", format_, "text or jsonl")
        ->capture_default_str()
        ->check(CLI::IsMember({"text", "jsonl"}));
    c->footer(
        "Hits are ranked by BM25 (the title weighs ten times the text); case and accents do not "
        "matter (café finds cafe). All words must match; \"a phrase\" matches words in order; "
        "word* matches a prefix; a OR b matches either; -word excludes. Other punctuation is "
        "ignored. Exit status: 0 with hits or none, 2 on a bad query or an unreadable archive.");
    return c;
  }

  int Run() override {
    StoreOptions store_options;
    store_options.read_only = true;
    Result<std::unique_ptr<Store>> store = Store::Open(db_, store_options);
    if (!store.ok()) {
      PrintError(store.status());
      return kExitCannotRun;
    }
    if (format_ == "text") {
      // Bold on a terminal, [brackets] in a file or a pipe.
      bool terminal = isatty(STDOUT_FILENO) != 0;
      options_.highlight_open = terminal ? "\x1b[1m" : "[";
      options_.highlight_close = terminal ? "\x1b[0m" : "]";
    }
    Result<std::vector<Hit>> hits = (*store)->Search(query_, options_);
    if (!hits.ok()) {
      PrintError(hits.status().code() == StatusCode::kInvalidArgument
                     ? "bad query: " + std::string(hits.status().message())
                     : hits.status().ToString());
      return kExitCannotRun;
    }
    std::string out;
    for (const Hit& h : *hits) out += format_ == "jsonl" ? HitJson(h) : HitText(h);
    if (format_ == "text") out += std::to_string(hits->size()) + " hits\n";
    return WriteStdout(out) ? kExitOk : kExitCannotRun;
  }

 private:
  std::string db_;
  std::string query_;
  std::string format_ = "text";
  SearchOptions options_;
};

}  // namespace

std::unique_ptr<Command> MakeSearchCommand() { return std::make_unique<SearchCommand>(); }

}  // namespace newsdesk::cli
