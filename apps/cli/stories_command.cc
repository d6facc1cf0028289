// newsdesk stories: article JSONL -> stories (one story = one event), ranked by how big they are.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "command.h"
#include "newsdesk/article_reader.h"
#include "newsdesk/io.h"
#include "newsdesk/json.h"
#include "newsdesk/store.h"
#include "newsdesk/stories.h"
#include "newsdesk/story_update.h"

namespace newsdesk::cli {
namespace {

void AppendStringArray(const std::vector<std::string>& values, std::string* out) {
  out->push_back('[');
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out->push_back(',');
    AppendJsonString(values[i], out);
  }
  out->push_back(']');
}

std::string StoryJson(const Story& s) {
  std::string out = "{\"story\":";
  AppendJsonString(s.id, &out);
  out += ",\"title\":";
  AppendJsonString(s.title, &out);
  out += ",\"articles\":";
  AppendStringArray(s.articles, &out);
  out += ",\"outlets\":";
  AppendStringArray(s.outlets, &out);
  out += ",\"size\":" + std::to_string(s.size) + ",\"copies\":" + std::to_string(s.copies);
  out += ",\"first_seen\":";
  AppendJsonString(s.first_seen, &out);
  out += ",\"last_seen\":";
  AppendJsonString(s.last_seen, &out);
  char score[48];
  std::snprintf(score, sizeof score, ",\"score\":%.4f", s.score);
  out += score;
  out += ",\"language\":";
  AppendJsonString(s.language, &out);
  out += "}";
  return out;
}

std::string StoryText(const Story& s, std::size_t rank) {
  char head[96];
  std::snprintf(head, sizeof head, "%3zu. [%.2f] ", rank, s.score);
  std::string out = head + (s.title.empty() ? std::string("(no title)") : s.title) + "\n     ";
  out += std::to_string(s.size) + (s.size == 1 ? " article, " : " articles, ");
  out += std::to_string(s.outlets.size()) + (s.outlets.size() == 1 ? " outlet" : " outlets");
  if (s.copies > 0) out += ", " + std::to_string(s.copies) + " copies";
  if (!s.first_seen.empty()) {
    out += ", " + s.first_seen + (s.last_seen != s.first_seen ? ".." + s.last_seen : "");
  }
  if (!s.language.empty()) out += ", " + s.language;
  std::string outlets;
  for (std::size_t i = 0; i < s.outlets.size() && i < 6; ++i) {
    outlets += (i > 0 ? ", " : "") + s.outlets[i];
  }
  if (s.outlets.size() > 6) outlets += ", ...";
  if (!outlets.empty()) out += "\n     " + outlets;
  return out + "\n";
}

class StoriesCommand : public Command {
 public:
  CLI::App* Register(CLI::App& app) override {
    CLI::App* c = app.add_subcommand(
        "stories",
        "Group articles into stories (one event each) and rank them by how big they are.");
    c->add_option("inputs", inputs_,
                  "article JSONL (.gz, .zst too), as extract/batch write it; - for stdin");
    c->add_option("--db", db_,
                  "the archive instead of inputs: group its articles that are in no story yet, "
                  "store the stories, show them");
    c->add_option("--since", since_, "with --db: articles dated on or after YYYY-MM-DD");
    c->add_option("--until", until_, "with --db: articles dated on or before YYYY-MM-DD");
    c->add_option("-o,--output", output_, "write here (.gz, .zst compress) instead of stdout");
    c->add_option("--top", options_.top, "keep the best N stories (0: all)")->capture_default_str();
    c->add_option("--date", options_.date,
                  "rank as of this day (YYYY-MM-DD) and keep only stories with an article that "
                  "day; default: the latest day, all stories");
    c->add_option("--lang", options_.language, "show only stories in this language (en, ru, ...)");
    c->add_option("--format", format_, "jsonl (one story a line) or text (for reading)")
        ->capture_default_str()
        ->check(CLI::IsMember({"jsonl", "text"}));
    c->add_flag("--no-progress", no_progress_, "no progress line on stderr");
    c->footer(
        "Every article is in exactly one story (an article alone is a story of one); only id and "
        "title are required. Articles are grouped by their headline, URL slug and lead, within "
        "their language, a day at a time against the stories of the last days; near-duplicate "
        "copies are folded into their original first. Score: 2*log2(1+outlets) + log2(1+articles "
        "that day) + copies/4, halved for each quiet day. Exit status: 0 when every line was "
        "read, 1 when some lines were not articles (each reported), 2 when nothing could be "
        "done.");
    return c;
  }

  int Run() override {
    auto start = std::chrono::steady_clock::now();
    options_.only_date = !options_.date.empty();
    if (!no_progress_ && isatty(STDERR_FILENO) != 0) {
      options_.progress = [](int done, int total) {
        std::fprintf(stderr, "\rgrouping: day %d of %d%s", done, total, done == total ? "\n" : "");
        std::fflush(stderr);
      };
    }
    if (db_.empty() == inputs_.empty()) {
      PrintError(db_.empty() ? "stories: give article JSONL files, or --db ARCHIVE"
                             : "stories: give --db or input files, not both");
      return kExitCannotRun;
    }
    if (!db_.empty()) return RunOnArchive(start);
    if (!since_.empty() || !until_.empty()) {
      PrintError("stories: --since and --until go with --db");
      return kExitCannotRun;
    }
    UseHugePagesForHeap(kHeapForArticles);
    std::vector<StoryArticle> articles;
    ArticleReadCounts counts;
    if (!ReadStoryArticles(inputs_, !no_progress_, &articles, &counts)) return kExitCannotRun;
    Result<std::vector<Story>> stories = GroupStories(articles, options_);
    if (!stories.ok()) {
      PrintError(stories.status());
      return kExitCannotRun;
    }
    std::size_t singles = 0;
    if (!Write(*stories, &singles)) return kExitCannotRun;
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr,
                 "newsdesk stories: %zu articles -> %zu %s shown (%zu of one article); "
                 "%llu skipped, %llu bad lines; %.2f s\n",
                 articles.size(), stories->size(), stories->size() == 1 ? "story" : "stories",
                 singles, static_cast<unsigned long long>(counts.skipped),
                 static_cast<unsigned long long>(counts.bad), seconds);
    return counts.bad > 0 ? kExitSomeFailed : kExitOk;
  }

 private:
  // Writes the stories to the output; false (after saying why) when that failed.
  bool Write(const std::vector<Story>& stories, std::size_t* singles) {
    Result<std::unique_ptr<LineWriter>> writer = LineWriter::Open(output_, false);
    if (!writer.ok()) {
      PrintError(writer.status());
      return false;
    }
    for (std::size_t i = 0; i < stories.size(); ++i) {
      const Story& s = stories[i];
      *singles += s.size == 1 ? 1 : 0;
      Status st = (*writer)->Write(format_ == "jsonl" ? StoryJson(s) : StoryText(s, i + 1));
      if (!st.ok()) {
        PrintError(st);
        return false;
      }
    }
    Status st = (*writer)->Close();
    if (!st.ok()) PrintError(st);
    return st.ok();
  }

  int RunOnArchive(std::chrono::steady_clock::time_point start) {
    Result<std::unique_ptr<Store>> store = Store::Open(db_);
    if (!store.ok()) {
      PrintError(store.status());
      return kExitCannotRun;
    }
    StoryUpdateOptions update;
    update.since = since_;
    update.until = until_;
    update.stories = options_;
    Result<StoryUpdateSummary> summary = UpdateStories(store->get(), update);
    if (!summary.ok()) {
      PrintError(summary.status());
      return kExitCannotRun;
    }
    std::size_t singles = 0;
    if (!Write(summary->stories, &singles)) return kExitCannotRun;
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr,
                 "newsdesk stories: %llu articles read, %llu placed: %llu new stories, %llu grown; "
                 "%zu shown (%zu of one article); %.2f s\n",
                 static_cast<unsigned long long>(summary->articles),
                 static_cast<unsigned long long>(summary->placed),
                 static_cast<unsigned long long>(summary->new_stories),
                 static_cast<unsigned long long>(summary->grown_stories), summary->stories.size(),
                 singles, seconds);
    return kExitOk;
  }

  std::string db_;
  std::string since_;
  std::string until_;
  std::vector<std::string> inputs_;
  std::string output_ = "-";
  std::string format_ = "jsonl";
  bool no_progress_ = false;
  StoriesOptions options_;
};

}  // namespace

std::unique_ptr<Command> MakeStoriesCommand() { return std::make_unique<StoriesCommand>(); }

}  // namespace newsdesk::cli
