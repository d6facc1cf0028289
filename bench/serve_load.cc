// Load on a running `newsdesk serve`: N keep-alive connections (one thread each) request the
// given paths in turn for S seconds; prints requests/s, p50/p99/max latency and errors per path.
//   serve_load HOST PORT SECONDS CONNECTIONS PATH...
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

int main(int argc, char** argv) {
  if (argc < 6) {
    std::fprintf(stderr, "usage: serve_load HOST PORT SECONDS CONNECTIONS PATH...\n");
    return 2;
  }
  const std::string host = argv[1];
  const int port = std::atoi(argv[2]);
  const int seconds = std::atoi(argv[3]);
  const int connections = std::atoi(argv[4]);
  const std::vector<std::string> paths(argv + 5, argv + argc);
  struct PathStats {
    std::vector<double> ms;
    long errors = 0;
  };
  std::vector<PathStats> stats(paths.size());
  std::mutex mutex;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  std::vector<std::thread> threads;
  for (int c = 0; c < connections; ++c) {
    threads.emplace_back([&, c] {
      httplib::Client client(host, port);
      client.set_keep_alive(true);
      client.set_tcp_nodelay(true);
      client.set_read_timeout(10, 0);
      std::vector<PathStats> mine(paths.size());
      std::size_t k = static_cast<std::size_t>(c) % paths.size();
      while (std::chrono::steady_clock::now() < deadline) {
        auto start = std::chrono::steady_clock::now();
        auto res = client.Get(paths[k].c_str());
        double ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count();
        if (!res || res->status != 200) {
          ++mine[k].errors;
        } else {
          mine[k].ms.push_back(ms);
        }
        k = (k + 1) % paths.size();
      }
      std::lock_guard<std::mutex> lock(mutex);
      for (std::size_t p = 0; p < paths.size(); ++p) {
        stats[p].ms.insert(stats[p].ms.end(), mine[p].ms.begin(), mine[p].ms.end());
        stats[p].errors += mine[p].errors;
      }
    });
  }
  for (auto& t : threads) t.join();
  long total = 0;
  long errors = 0;
  for (std::size_t p = 0; p < paths.size(); ++p) {
    auto& ms = stats[p].ms;
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) {
      return ms.empty() ? 0.0 : ms[static_cast<std::size_t>(q * (ms.size() - 1))];
    };
    std::printf(
        "serve_load %-24s %8.0f requests/s  p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms  errors %ld\n",
        paths[p].c_str(), double(ms.size()) / seconds, at(0.5), at(0.99),
        ms.empty() ? 0.0 : ms.back(), stats[p].errors);
    total += static_cast<long>(ms.size());
    errors += stats[p].errors;
  }
  std::printf("serve_load all: %.0f requests/s with %d connections for %d s, %ld errors\n",
              double(total) / seconds, connections, seconds, errors);
  return errors == 0 ? 0 : 1;
}
