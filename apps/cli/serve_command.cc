// newsdesk serve: the archive over HTTP (API and pages) until SIGINT or SIGTERM.
#include <pthread.h>
#include <signal.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <thread>

#include "command.h"
#include "newsdesk/server.h"

namespace newsdesk::cli {
namespace {

class ServeCommand : public Command {
 public:
  CLI::App* Register(CLI::App& app) override {
    CLI::App* c = app.add_subcommand(
        "serve", "Serve the archive: the briefing, stories, search and a JSON API over HTTP.");
    c->add_option("--db", options_.db, "the archive (newsdesk ingest writes it)")->required();
    c->add_option("--host", options_.host, "the address to listen on")->capture_default_str();
    c->add_option("--port", options_.port, "the port (0: any free one, printed)")
        ->capture_default_str()
        ->check(CLI::Range(0, 65535));
    c->add_option("--threads", options_.threads,
                  "worker threads, one per open connection (0: 8 per core, at least 128)")
        ->check(CLI::NonNegativeNumber);
    c->add_option("--token-file", token_file_,
                  "a file holding the token that POST /api/articles needs; without it the "
                  "server is read-only");
    c->add_flag("--quiet", quiet_, "no line per request on stderr");
    c->footer(
        "Listens on 127.0.0.1 unless --host says otherwise. One line per request on stderr. "
        "SIGINT or SIGTERM stops it after the requests in flight. Routes: README, \"newsdesk "
        "serve\". Exit status 2 when the archive cannot be opened or the port bound.");
    return c;
  }

  int Run() override {
    if (!token_file_.empty()) {
      std::ifstream in(token_file_, std::ios::binary);
      if (!in || !std::getline(in, options_.token)) {
        PrintError("cannot read the token file " + token_file_);
        return kExitCannotRun;
      }
      while (!options_.token.empty() &&
             (options_.token.back() == '\r' || options_.token.back() == ' ')) {
        options_.token.pop_back();
      }
      if (options_.token.size() < 16) {
        PrintError("the token in " + token_file_ + " is shorter than 16 characters");
        return kExitCannotRun;
      }
    }
    if (!quiet_) {
      options_.log = [](std::string_view line) {
        std::fprintf(stderr, "%.*s\n", static_cast<int>(line.size()), line.data());
      };
    }
    // The signals are taken by one thread (sigwait), not by whichever thread they land on.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    Result<std::unique_ptr<Server>> server = Server::Start(options_);
    if (!server.ok()) {
      PrintError(server.status());
      return kExitCannotRun;
    }
    std::fprintf(stderr, "newsdesk serve: http://%s:%d/ (%s; Ctrl-C stops)\n",
                 options_.host.c_str(), (*server)->port(),
                 options_.token.empty() ? "read-only" : "POST /api/articles with the token");
    Server* raw = server->get();
    std::thread stopper([&signals, raw] {
      int signal = 0;
      sigwait(&signals, &signal);
      raw->Stop();
    });
    raw->Run();
    // Run returned: stopped by a signal (the stopper is done) or by a failure (wake it).
    pthread_kill(stopper.native_handle(), SIGTERM);
    stopper.join();
    std::fprintf(stderr, "newsdesk serve: stopped\n");
    return kExitOk;
  }

 private:
  ServerOptions options_;
  std::string token_file_;
  bool quiet_ = false;
};

}  // namespace

std::unique_ptr<Command> MakeServeCommand() { return std::make_unique<ServeCommand>(); }

}  // namespace newsdesk::cli
