// newsdesk crawl: outlets' new articles from their feeds and sitemaps, politely, into the archive
// and a WARC archive; once, or every N minutes until SIGINT/SIGTERM.
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "command.h"
#include "newsdesk/archive_briefing.h"
#include "newsdesk/briefing.h"
#include "newsdesk/crawl.h"
#include "newsdesk/store.h"
#include "newsdesk/story_update.h"

namespace newsdesk::cli {
namespace {

std::atomic<bool> g_stop{false};
void OnSignal(int) { g_stop.store(true); }

// "15m", "90s", "1h", "2d", or plain seconds -> seconds; -1 when it does not parse.
double ParseDuration(const std::string& text) {
  double value = 0;
  auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || value < 0) return -1;
  std::string unit(p, text.data() + text.size());
  if (unit.empty() || unit == "s") return value;
  if (unit == "m") return value * 60;
  if (unit == "h") return value * 3600;
  if (unit == "d") return value * 86400;
  return -1;
}

class CrawlCommand : public Command {
 public:
  CLI::App* Register(CLI::App& app) override {
    CLI::App* c = app.add_subcommand(
        "crawl",
        "Bring in outlets' new articles from their feeds and sitemaps, politely, into the "
        "archive, keeping every response in WARC files.");
    c->add_option("urls", urls_, "home pages, feeds or sitemaps (with or instead of --sources)");
    c->add_option("--sources", sources_path_,
                  "a file of home pages, feeds or sitemaps, one URL a line (# comments)");
    c->add_option("--db", db_, "the archive to fill (created when missing)")->required();
    c->add_option("--warc", warc_dir_,
                  "the directory for the WARC files (default: DB's name + \"-warc\"); \"none\" "
                  "keeps no WARC");
    c->add_option("--every", every_,
                  "crawl again this long after each round starts (15m, 1h, 90s) until SIGINT or "
                  "SIGTERM; default: one round");
    c->add_option("--rounds", rounds_, "stop after this many rounds (with --every)")
        ->check(CLI::PositiveNumber);
    c->add_option("--since", options_.since,
                  "skip items dated before this day (YYYY-MM-DD; default: two days before each "
                  "round)");
    c->add_option("--delay", options_.delay_seconds,
                  "seconds between two requests to one host (robots.txt may ask for more)")
        ->capture_default_str()
        ->check(CLI::NonNegativeNumber);
    c->add_option("--timeout", options_.timeout_seconds, "seconds a transfer may take")
        ->capture_default_str()
        ->check(CLI::PositiveNumber);
    c->add_option("--retries", options_.max_retries, "retries of a timeout, 429 or 5xx")
        ->capture_default_str()
        ->check(CLI::NonNegativeNumber);
    c->add_option("--parallel", options_.parallel_hosts, "hosts fetched at once")
        ->capture_default_str()
        ->check(CLI::PositiveNumber);
    c->add_option("--max-per-host", options_.max_articles_per_host,
                  "new articles fetched per host per round")
        ->capture_default_str()
        ->check(CLI::NonNegativeNumber);
    c->add_option("--max-page-mb", max_page_mb_,
                  "the largest response kept (MiB as received; default 16)")
        ->check(CLI::PositiveNumber);
    c->add_option("--contact", contact_,
                  "an address or URL for site owners, put in the User-Agent and the WARC");
    c->add_option("--briefing", briefing_path_,
                  "after each round, write the day's briefing here (.html, .md, .json, .xml)");
    c->add_flag("--no-stories", no_stories_, "do not group the day's stories after each round");
    c->add_flag("--no-progress", no_progress_, "no progress line on stderr");
    c->footer(
        "Every response is archived (request and response records, one gzip member each; files "
        "rotated at 1 GB) and readable by `newsdesk batch`. robots.txt is obeyed; one request at "
        "a time per host. Exit status 0 when every round finished, 1 when some URLs failed, 2 "
        "when the archive or the WARC could not be written or the options are wrong.");
    return c;
  }

  int Run() override {
    if (!ReadOptions()) return kExitCannotRun;
    // A crawl runs all day beside other writers (a morning briefing groups stories in one
    // transaction): it waits for them up to a minute rather than fail.
    StoreOptions store_options;
    store_options.busy_timeout_ms = 60000;
    Result<std::unique_ptr<Store>> store = Store::Open(db_, store_options);
    if (!store.ok()) {
      PrintError(store.status());
      return kExitCannotRun;
    }
    if (!no_progress_ && isatty(STDERR_FILENO)) {
      options_.progress = [](const CrawlSummary& s) {
        std::fprintf(
            stderr,
            "\rnewsdesk crawl: %llu requests, %llu hosts, %llu pages, %llu stored, "
            "%llu failed   ",
            static_cast<unsigned long long>(s.requests), static_cast<unsigned long long>(s.hosts),
            static_cast<unsigned long long>(s.fetched), static_cast<unsigned long long>(s.added),
            static_cast<unsigned long long>(s.failed));
      };
    }
    options_.stop = &g_stop;
    Result<std::unique_ptr<Crawler>> crawler = Crawler::Create(store->get(), options_);
    if (!crawler.ok()) {
      PrintError(crawler.status());
      return kExitCannotRun;
    }
    struct sigaction action {};
    action.sa_handler = OnSignal;
    action.sa_flags = SA_RESETHAND;  // a second Ctrl-C ends it at once
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    int exit = kExitOk;
    for (int round = 1; !g_stop.load(); ++round) {
      auto start = std::chrono::steady_clock::now();
      Result<CrawlSummary> summary = (*crawler)->Round();
      if (options_.progress) std::fprintf(stderr, "\n");
      if (!summary.ok()) {
        PrintError(summary.status());
        (*crawler)->Close();
        return kExitCannotRun;
      }
      Report(round, *summary);
      if (summary->failed > 0) exit = std::max<int>(exit, kExitSomeFailed);
      if (!g_stop.load() && !AfterRound(store->get())) exit = kExitCannotRun;
      if (every_seconds_ <= 0 || (rounds_ > 0 && round >= rounds_)) break;
      auto next = start + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                              std::chrono::duration<double>(every_seconds_));
      while (!g_stop.load() && std::chrono::steady_clock::now() < next) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
      }
    }
    Status closed = (*crawler)->Close();
    if (!closed.ok()) {
      PrintError(closed);
      return kExitCannotRun;
    }
    if (g_stop.load()) std::fprintf(stderr, "newsdesk crawl: stopped; the WARC is closed\n");
    return exit;
  }

 private:
  bool ReadOptions() {
    options_.sources = urls_;
    if (!sources_path_.empty()) {
      Result<std::vector<std::string>> listed = ReadSources(sources_path_);
      if (!listed.ok()) {
        PrintError(listed.status());
        return false;
      }
      options_.sources.insert(options_.sources.end(), listed->begin(), listed->end());
    }
    if (options_.sources.empty()) {
      PrintError("no sources: give URLs or --sources FILE");
      return false;
    }
    if (!every_.empty()) {
      every_seconds_ = ParseDuration(every_);
      if (every_seconds_ <= 0) {
        PrintError("--every wants a duration such as 15m, 1h or 90s, not " + every_);
        return false;
      }
    }
    if (warc_dir_.empty()) {
      std::filesystem::path db(db_);
      warc_dir_ = (db.parent_path() / (db.stem().string() + "-warc")).string();
    }
    options_.warc_dir = warc_dir_ == "none" ? "" : warc_dir_;
    if (max_page_mb_ > 0) {
      options_.max_page_bytes = static_cast<std::size_t>(max_page_mb_ * 1024 * 1024);
    }
    options_.contact = contact_;
    if (!contact_.empty()) {
      options_.user_agent =
          "newsdesk/0.1 (+https://github.com/newsdesk/newsdesk; " + contact_ + ")";
    }
    if (!briefing_path_.empty()) {
      std::string ext = std::filesystem::path(briefing_path_).extension().string();
      if (ext == ".html" || ext == ".htm") {
        briefing_format_ = BriefingFormat::kHtml;
      } else if (ext == ".md") {
        briefing_format_ = BriefingFormat::kMarkdown;
      } else if (ext == ".json") {
        briefing_format_ = BriefingFormat::kJson;
      } else if (ext == ".xml" || ext == ".rss") {
        briefing_format_ = BriefingFormat::kRss;
      } else {
        PrintError("--briefing wants a .html, .md, .json or .xml file, not " + briefing_path_);
        return false;
      }
    }
    return true;
  }

  void Report(int round, const CrawlSummary& s) {
    std::fprintf(
        stderr,
        "newsdesk crawl: round %d: %llu requests to %llu hosts (%llu not modified, %llu "
        "redirects, %llu retries), %llu feeds, %llu sitemaps; %llu pages fetched: %llu "
        "new, %llu updated, %llu copies, %llu not articles; %llu known, %llu too old, "
        "%llu disallowed, %llu failed; %.1f MB in %.1f s (%.1f s waiting for extraction)%s%s\n",
        round, U(s.requests), U(s.hosts), U(s.not_modified), U(s.redirects), U(s.retries),
        U(s.feeds), U(s.sitemaps), U(s.fetched), U(s.added), U(s.updated), U(s.duplicates),
        U(s.not_articles), U(s.known), U(s.too_old), U(s.disallowed), U(s.failed),
        static_cast<double>(s.bytes) / 1e6, s.seconds, s.waited_for_store,
        s.warc_file.empty() ? "" : "; WARC ", s.warc_file.c_str());
    for (const std::string& error : s.errors) std::fprintf(stderr, "  %s\n", error.c_str());
  }

  static unsigned long long U(uint64_t v) { return static_cast<unsigned long long>(v); }

  // Stories, then the briefing, of the archive's latest day. False when the archive fails.
  bool AfterRound(Store* store) {
    if (!briefing_path_.empty()) {
      BriefingOptions options;
      Result<ArchiveBriefingSummary> b = BriefArchive(store, options);
      if (!b.ok()) {
        if (b.status().code() == StatusCode::kNotFound) return true;  // nothing dated yet
        PrintError(b.status());
        return b.status().code() != StatusCode::kIoError;
      }
      std::fprintf(stderr, "newsdesk crawl: %zu stories in the briefing of %s -> %s\n",
                   b->briefing.stories.size(), b->briefing.date.c_str(), briefing_path_.c_str());
      return WriteFileReplacing(briefing_path_, RenderBriefing(b->briefing, briefing_format_, {}));
    }
    if (no_stories_) return true;
    Result<std::string> day = store->LatestDay();
    if (!day.ok() || day->empty()) return day.ok();
    StoryUpdateOptions update;
    update.since = *day;
    update.until = *day;
    Result<StoryUpdateSummary> stories = UpdateStories(store, update);
    if (!stories.ok()) {
      PrintError(stories.status());
      return false;
    }
    std::fprintf(stderr, "newsdesk crawl: stories of %s: %llu articles placed, %llu new stories\n",
                 day->c_str(), U(stories->placed), U(stories->new_stories));
    return true;
  }

  std::vector<std::string> urls_;
  std::string sources_path_;
  std::string db_;
  std::string warc_dir_;
  std::string every_;
  double every_seconds_ = 0;
  int rounds_ = 0;
  double max_page_mb_ = 0;  // 0: CrawlOptions' default
  std::string contact_;
  std::string briefing_path_;
  BriefingFormat briefing_format_ = BriefingFormat::kHtml;
  bool no_stories_ = false;
  bool no_progress_ = false;
  CrawlOptions options_;
};

}  // namespace

std::unique_ptr<Command> MakeCrawlCommand() { return std::make_unique<CrawlCommand>(); }

}  // namespace newsdesk::cli
