// newsdesk: the command-line front door. Each command is a file of its own (<name>_command.cc:
// its options, flags and run function); this file only registers them.
//
//   newsdesk extract [FILE...] [--format text|markdown|html|json|jsonl] [--url URL] [--explain]
//   newsdesk batch INPUT... [-o OUT.jsonl] [-j N] [--resume] ...
//   newsdesk site-profile -o SITE.profile INPUT...     (learn a site's repeated lines)
//   newsdesk ingest --db news.db INPUT...               (store articles in the archive)
//   newsdesk search --db news.db "query" [--since DATE] [--outlet HOST] [--lang xx] ...
//
// Exit statuses (command.h): 0 done, 1 some documents failed, 2 could not run.
#include <CLI/CLI.hpp>
#include <memory>
#include <vector>

#include "command.h"

int main(int argc, char** argv) {
  using newsdesk::cli::Command;
  CLI::App app{"newsdesk: clean, structured news from raw web pages"};
  app.require_subcommand(1);
  std::vector<std::unique_ptr<Command>> commands;
  commands.push_back(newsdesk::cli::MakeExtractCommand());
  commands.push_back(newsdesk::cli::MakeBatchCommand());
  commands.push_back(newsdesk::cli::MakeSiteProfileCommand());
  commands.push_back(newsdesk::cli::MakeIngestCommand());
  commands.push_back(newsdesk::cli::MakeSearchCommand());
  commands.push_back(newsdesk::cli::MakeStoriesCommand());
  commands.push_back(newsdesk::cli::MakeBriefingCommand());
  commands.push_back(newsdesk::cli::MakeServeCommand());
  commands.push_back(newsdesk::cli::MakeCrawlCommand());
  std::vector<CLI::App*> subcommands;
  for (auto& command : commands) subcommands.push_back(command->Register(app));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version exit 0; a bad option or value is "nothing could be done" (2), the
    // same status as every other refusal, not CLI11's own codes.
    return app.exit(e) == 0 ? newsdesk::cli::kExitOk : newsdesk::cli::kExitCannotRun;
  }
  for (std::size_t i = 0; i < commands.size(); ++i) {
    if (subcommands[i]->parsed()) return commands[i]->Run();
  }
  return newsdesk::cli::kExitCannotRun;
}
