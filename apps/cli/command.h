// A subcommand of the `newsdesk` tool: each lives in its own file (<name>_command.cc) with its
// options, its flags and its run function, and registers itself in main.cc.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "newsdesk/article_reader.h"
#include "newsdesk/json.h"
#include "newsdesk/site_profile.h"
#include "newsdesk/status.h"
#include "newsdesk/stories.h"

namespace newsdesk::cli {

// Exit statuses, the same for every command.
enum ExitCode : int {
  kExitOk = 0,          // everything asked for was done
  kExitSomeFailed = 1,  // the run finished, but some documents failed (error lines written)
  kExitCannotRun = 2,   // nothing or not all was done: bad options, unreadable profile,
                        // an output that cannot be written
};

class Command {
 public:
  virtual ~Command() = default;
  // Adds the subcommand, its options and flags to `app`; returns the subcommand.
  virtual CLI::App* Register(CLI::App& app) = 0;
  // Runs it after a successful parse; returns an ExitCode.
  virtual int Run() = 0;
};

std::unique_ptr<Command> MakeExtractCommand();
std::unique_ptr<Command> MakeBatchCommand();
std::unique_ptr<Command> MakeSiteProfileCommand();
std::unique_ptr<Command> MakeIngestCommand();
std::unique_ptr<Command> MakeSearchCommand();
std::unique_ptr<Command> MakeStoriesCommand();
std::unique_ptr<Command> MakeBriefingCommand();
std::unique_ptr<Command> MakeServeCommand();
std::unique_ptr<Command> MakeCrawlCommand();

// Helpers the commands share (cli_common.cc).

// "newsdesk: <message>" on stderr.
void PrintError(const std::string& message);
inline void PrintError(const Status& status) { PrintError(status.ToString()); }

// Loads a --site-profile file; on failure prints why and returns null.
std::shared_ptr<const SiteProfile> LoadSiteProfile(const std::string& path);

// Asks for transparent huge pages for the next `bytes` of malloc's heap, taken at once, and has
// malloc keep what is freed: what glibc's tunable glibc.malloc.hugetlb=1 does, without the
// environment variable, for a run that holds every article in memory in many small blocks (each
// 4 KB page a fault, and faults are dear in a VM: `stories` on uci-dev, 22,000 faults -> 1,800,
// 2.2 s -> 1.8 s on one core, peak 186 -> 196 MB). The heap past `bytes` grows as before.
// Process-wide and not thread-safe: call it before other threads start. No effect where glibc
// refuses (mallopt fails, as under AddressSanitizer) or Linux gives no huge pages.
void UseHugePagesForHeap(std::size_t bytes);
// What `stories` and `briefing` ask for: every article of a large input held at once (uci-dev,
// 175,755 headlines, peaks at about 180 MB); room not written costs no memory.
inline constexpr std::size_t kHeapForArticles = std::size_t{256} << 20;

// Reads article JSONL files (newsdesk/article_reader.h) into `out`, adding to `counts`; false
// (after saying why) when a file cannot be read at all. Bad lines are reported and counted.
bool ReadStoryArticles(const std::vector<std::string>& inputs, bool progress,
                       std::vector<StoryArticle>* out, ArticleReadCounts* counts);

// Writes `bytes` to `path` through a temporary file beside it, renamed over it: a failed write
// never leaves half a file. A path that is not a regular file (/dev/stdout, a pipe) is written in
// place. False (after saying why) when it cannot be written.
bool WriteFileReplacing(const std::string& path, const std::string& bytes);
// Writes `bytes` to stdout; false when the write failed (a full disk, a closed pipe).
bool WriteStdout(std::string_view bytes);

}  // namespace newsdesk::cli
