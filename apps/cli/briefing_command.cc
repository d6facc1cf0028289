// newsdesk briefing: article JSONL -> the day's biggest stories, summarised, from every side.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "command.h"
#include "newsdesk/archive_briefing.h"
#include "newsdesk/article_reader.h"
#include "newsdesk/briefing.h"
#include "newsdesk/io.h"
#include "newsdesk/json.h"
#include "newsdesk/mail.h"

namespace newsdesk::cli {
namespace {

// Reads stories as `newsdesk stories` writes them (one JSON object a line, "story" and
// "articles" required). False (after saying why) on a missing file or a bad line.
bool ReadStories(const std::string& path, std::vector<Story>* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    PrintError("cannot read the stories file " + path);
    return false;
  }
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    auto bad = [&](const char* why) {
      PrintError(path + ":" + std::to_string(number) + ": " + why);
      return false;
    };
    if (j.is_discarded() || !j.is_object()) return bad("not a JSON object");
    if (!j.contains("story") || !j.contains("articles") || !j["articles"].is_array()) {
      return bad("a story line needs \"story\" and \"articles\"");
    }
    Story s;
    s.id = j["story"].is_string() ? j["story"].get<std::string>() : j["story"].dump();
    for (const auto& a : j["articles"]) {
      if (!a.is_string()) return bad("\"articles\" holds ids (strings)");
      s.articles.push_back(a.get<std::string>());
    }
    if (j.contains("title") && j["title"].is_string()) s.title = j["title"].get<std::string>();
    if (j.contains("score") && j["score"].is_number()) s.score = j["score"].get<double>();
    if (j.contains("language") && j["language"].is_string()) {
      s.language = j["language"].get<std::string>();
    }
    if (j.contains("outlets") && j["outlets"].is_array()) {
      for (const auto& o : j["outlets"]) {
        if (o.is_string()) s.outlets.push_back(o.get<std::string>());
      }
    }
    s.size = static_cast<int>(s.articles.size());
    out->push_back(std::move(s));
  }
  return true;
}

class BriefingCommand : public Command {
 public:
  CLI::App* Register(CLI::App& app) override {
    CLI::App* c = app.add_subcommand(
        "briefing",
        "The day's biggest stories: a summary quoted from the articles, each outlet's headline "
        "and angle, quotes, timeline.");
    c->add_option("inputs", inputs_,
                  "article JSONL (.gz, .zst too), as extract/batch write it; - for stdin");
    c->add_option("--db", db_,
                  "the archive instead of inputs: its stories grow first (as `stories --db`), "
                  "then the briefing is made from them");
    c->add_option("--date", date_,
                  "the day briefed (YYYY-MM-DD); default: the latest day in the input");
    c->add_option("--since", options_.since, "brief a range of days from this one (YYYY-MM-DD)");
    c->add_option("--until", until_, "the range's last day (the same as --date)");
    c->add_option("--top", options_.top, "the best N stories (0: every story)")
        ->capture_default_str()
        ->check(CLI::NonNegativeNumber);
    c->add_option("--lang", options_.language, "only stories in this language (en, ru, ...)");
    c->add_option("--outlets", outlets_path_,
                  "TSV of outlets: host or name, lean, country, free columns (see "
                  "examples/briefing/outlets.tsv); perspectives are then grouped by lean");
    c->add_option("--stories", stories_path_,
                  "take the stories from this file (as `newsdesk stories` writes it) instead of "
                  "grouping the articles");
    c->add_option("--sentences", options_.summary_sentences, "the most sentences a summary has")
        ->capture_default_str()
        ->check(CLI::Range(1, 20));
    c->add_option("--format", format_, "html, markdown, json, jsonl (one story a line) or rss")
        ->capture_default_str()
        ->check(CLI::IsMember({"html", "markdown", "md", "json", "jsonl", "rss"}));
    c->add_option("-o,--output", output_, "write here instead of stdout");
    c->add_option("--title", render_.title, "the briefing's name")->capture_default_str();
    c->add_option("--link", render_.link, "where the briefing is published (the feed's link)");
    c->add_flag("--no-progress", no_progress_, "no progress line on stderr");
    c->add_option("--mail-to", mail_to_,
                  "send the briefing (HTML and plain text) to this address, one message each; "
                  "repeat it or separate addresses with commas")
        ->expected(1)
        ->allow_extra_args(false)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
        ->delimiter(',');
    c->add_option("--smtp", mail_.smtp_url,
                  "the mail server: smtp://host:port, smtps://host (TLS) or "
                  "smtp+starttls://host:587 (STARTTLS); user:password@ before the host logs in");
    c->add_option("--mail-from", mail_.from, "the sender's address")->capture_default_str();
    c->add_option("--subject", mail_.subject, "the subject; default: the title and the date");
    c->add_option("--unsubscribe", mail_.unsubscribe,
                  "a mailto: or https: URL for the List-Unsubscribe header; default: mailto: "
                  "the sender");
    c->footer(
        "Every summary sentence is taken word for word from an article and names it. Stories "
        "are grouped as `newsdesk stories` groups them and ranked by outlets, articles that day "
        "and recency. Exit status: 0 when all went well, 1 when some lines were not articles "
        "(each reported) or some addresses were refused by the mail server, 2 when nothing "
        "could be done.");
    return c;
  }

  int Run() override {
    auto start = std::chrono::steady_clock::now();
    if (!date_.empty() && !until_.empty() && date_ != until_) {
      PrintError("briefing: --date and --until name the same day; give one");
      return kExitCannotRun;
    }
    options_.date = date_.empty() ? until_ : date_;
    if (inputs_.empty() == db_.empty()) {
      PrintError(db_.empty() ? "briefing: give article JSONL files (or - for stdin), or --db"
                             : "briefing: give --db or input files, not both");
      return kExitCannotRun;
    }
    if (mail_to_.empty() != mail_.smtp_url.empty()) {
      PrintError("briefing: --mail-to and --smtp go together");
      return kExitCannotRun;
    }
    if (!mail_to_.empty()) {
      Status checked = CheckMail(mail_to_, mail_);
      if (!checked.ok()) {
        PrintError(checked);
        return kExitCannotRun;
      }
    }
    if (!db_.empty() && !stories_path_.empty()) {
      PrintError("briefing: --stories goes with input files; the archive has its own stories");
      return kExitCannotRun;
    }
    bool progress = !no_progress_ && isatty(STDERR_FILENO) != 0;
    if (progress) {
      options_.progress = [](int done, int total) {
        std::fprintf(stderr, "\rbriefing: %d of %d%s", done, total, done == total ? "\n" : "");
        std::fflush(stderr);
      };
    }
    Result<BriefingFormat> format = ParseBriefingFormat(format_);
    if (!format.ok()) {
      PrintError(format.status());
      return kExitCannotRun;
    }
    std::optional<OutletTable> outlets;
    if (!outlets_path_.empty()) {
      Result<OutletTable> table = OutletTable::Load(outlets_path_);
      if (!table.ok()) {
        PrintError(table.status());
        return kExitCannotRun;
      }
      outlets = std::move(*table);
      options_.outlets = &*outlets;
    }
    std::vector<Story> given;
    if (!stories_path_.empty()) {
      if (!ReadStories(stories_path_, &given)) return kExitCannotRun;
      options_.stories = &given;
    }
    if (!db_.empty()) return RunOnArchive(*format, start);
    UseHugePagesForHeap(kHeapForArticles);
    std::vector<StoryArticle> articles;
    ArticleReadCounts counts;
    if (!ReadStoryArticles(inputs_, !no_progress_, &articles, &counts)) return kExitCannotRun;
    Result<Briefing> briefing = BuildBriefing(articles, options_);
    if (!briefing.ok()) {
      PrintError(briefing.status());
      return kExitCannotRun;
    }
    int delivered = Deliver(*briefing, *format);
    if (delivered == kExitCannotRun) return delivered;
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr,
                 "newsdesk briefing: %zu articles -> %zu %s for %s; %llu skipped, %llu bad "
                 "lines; %.2f s\n",
                 articles.size(), briefing->stories.size(),
                 briefing->stories.size() == 1 ? "story" : "stories",
                 briefing->since == briefing->date
                     ? briefing->date.c_str()
                     : (briefing->since + " .. " + briefing->date).c_str(),
                 static_cast<unsigned long long>(counts.skipped),
                 static_cast<unsigned long long>(counts.bad), seconds);
    return counts.bad > 0 ? kExitSomeFailed : delivered;
  }

 private:
  int RunOnArchive(BriefingFormat format, std::chrono::steady_clock::time_point start) {
    Result<std::unique_ptr<Store>> store = Store::Open(db_);
    if (!store.ok()) {
      PrintError(store.status());
      return kExitCannotRun;
    }
    Result<ArchiveBriefingSummary> summary = BriefArchive(store->get(), options_);
    if (!summary.ok()) {
      PrintError(summary.status());
      return kExitCannotRun;
    }
    int delivered = Deliver(summary->briefing, format);
    if (delivered == kExitCannotRun) return delivered;
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const Briefing& b = summary->briefing;
    std::fprintf(stderr,
                 "newsdesk briefing: %llu articles placed in stories (%llu new stories); %zu "
                 "%s for %s; %.2f s\n",
                 static_cast<unsigned long long>(summary->placed),
                 static_cast<unsigned long long>(summary->new_stories), b.stories.size(),
                 b.stories.size() == 1 ? "story" : "stories",
                 (b.since == b.date ? b.date : b.since + " .. " + b.date).c_str(), seconds);
    return delivered;
  }

  // Writes the briefing (to -o, or to stdout unless it is mailed) and mails it. kExitOk, or
  // kExitSomeFailed when some addresses were refused, or kExitCannotRun.
  int Deliver(const Briefing& briefing, BriefingFormat format) {
    if (mail_to_.empty() || output_ != "-") {
      if (!Write(RenderBriefing(briefing, format, render_))) return kExitCannotRun;
    }
    if (mail_to_.empty()) return kExitOk;
    MailBody body;
    body.html = RenderBriefing(briefing, BriefingFormat::kHtml, render_);
    body.text = RenderBriefing(briefing, BriefingFormat::kMarkdown, render_);
    MailOptions options = mail_;
    if (options.subject.empty()) {
      options.subject = render_.title + " \xE2\x80\x94 " +
                        (briefing.since == briefing.date ? briefing.date
                                                         : briefing.since + " .. " + briefing.date);
    }
    Result<MailReport> report = SendMail(mail_to_, body, options);
    if (!report.ok()) {
      PrintError(report.status());
      return kExitCannotRun;
    }
    for (const std::string& failure : report->failed) PrintError("mail not sent to " + failure);
    std::fprintf(stderr, "newsdesk briefing: mailed to %d of %zu addresses\n", report->sent,
                 mail_to_.size());
    if (report->sent == 0) return kExitCannotRun;
    return report->failed.empty() ? kExitOk : kExitSomeFailed;
  }

  bool Write(const std::string& bytes) {
    if (output_ == "-") return WriteStdout(bytes) || (PrintError("cannot write to stdout"), false);
    return WriteFileReplacing(output_, bytes);
  }

  std::vector<std::string> inputs_;
  std::string db_;
  std::string date_;
  std::string until_;
  std::string outlets_path_;
  std::string stories_path_;
  std::string format_ = "markdown";
  std::string output_ = "-";
  bool no_progress_ = false;
  BriefingOptions options_;
  BriefingRenderOptions render_;
  std::vector<std::string> mail_to_;
  MailOptions mail_ = [] {
    MailOptions m;
    m.subject.clear();  // the title and the date unless given
    return m;
  }();
};

}  // namespace

std::unique_ptr<Command> MakeBriefingCommand() { return std::make_unique<BriefingCommand>(); }

}  // namespace newsdesk::cli
