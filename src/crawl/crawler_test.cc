// One crawl round against local servers (cpp-httplib on 127.0.0.1, free ports) the test starts,
// with a sink that records what the round hands it: robots.txt status rules, dates, caps, known
// URLs, non-HTML pages, and the round's requests.
#include "crawl/crawler.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <set>
#include <thread>

namespace newsdesk::crawl {
namespace {

// A server on a free loopback port, logging each request's path.
class Host {
 public:
  Host() {
    server.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response&) {
      std::lock_guard<std::mutex> lock(mu);
      paths.push_back(req.path);
      const_cast<httplib::Request&>(req).headers.erase("Accept-Encoding");
      return httplib::Server::HandlerResponse::Unhandled;
    });
  }
  void Start() {
    port = server.bind_to_any_port("127.0.0.1");
    thread = std::thread([this] { server.listen_after_bind(); });
    for (int i = 0; i < 5000 && !server.is_running(); ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
  }
  ~Host() {
    server.stop();
    if (thread.joinable()) thread.join();
  }
  std::string Url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port) + path;
  }
  std::vector<std::string> Paths() {
    std::lock_guard<std::mutex> lock(mu);
    return paths;
  }

  httplib::Server server;
  std::thread thread;
  int port = 0;
  std::mutex mu;
  std::vector<std::string> paths;
};

std::string Rss(const std::vector<std::pair<std::string, std::string>>& items) {
  std::string out = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>";
  for (const auto& [url, date] : items) {
    out += "<item><title>x</title><link>" + url + "</link><pubDate>" + date + "</pubDate></item>";
  }
  return out + "</channel></rss>";
}

class RecordingSink : public CrawlSink {
 public:
  std::vector<bool> Known(const std::vector<std::string>& urls) override {
    std::vector<bool> out;
    for (const std::string& u : urls) out.push_back(known.count(u) != 0);
    return out;
  }
  Validators GetValidators(const std::string&) override { return {}; }
  Status Checked(const std::string& url, std::string_view kind, int, const Validators&) override {
    checked.emplace_back(url, std::string(kind));
    return Status::Ok();
  }
  Status Page(FetchedPage page) override {
    pages.push_back(std::move(page));
    return Status::Ok();
  }
  std::vector<std::string> ToRetry() override { return retry; }
  Status Failed(const CrawlTask& task, int status, const std::string& why, bool later) override {
    failed.push_back(task.url + " " + std::to_string(status) + " " + why +
                     (later ? " (later)" : ""));
    return Status::Ok();
  }

  std::set<std::string> known;
  std::vector<std::string> retry;
  std::vector<std::pair<std::string, std::string>> checked;
  std::vector<FetchedPage> pages;
  std::vector<std::string> failed;
};

CrawlerOptions FastOptions() {
  CrawlerOptions o;
  o.frontier.min_delay_seconds = 0;
  o.frontier.backoff_seconds = 0.05;
  o.frontier.max_retries = 1;
  o.fetch.timeout_ms = 5000;
  return o;
}

Result<CrawlRoundSummary> Crawl(const std::vector<std::string>& sources,
                                const CrawlerOptions& options, CrawlSink* sink) {
  auto fetcher = Fetcher::Create(options.fetch);
  EXPECT_TRUE(fetcher.ok());
  return CrawlRound(sources, options, fetcher->get(), nullptr, sink);
}

void ServePage(httplib::Server& s, const std::string& path) {
  s.Get(path, [](const httplib::Request&, httplib::Response& res) {
    res.set_content("<html><body><p>text</p></body></html>", "text/html");
  });
}

TEST(CrawlerTest, AnUnreachableRobotsTxtMeansWaitAMissingOneAllowsAll) {
  Host down, open;
  down.server.Get("/robots.txt",
                  [](const httplib::Request&, httplib::Response& res) { res.status = 503; });
  down.server.Get("/feed.xml", [&down](const httplib::Request&, httplib::Response& res) {
    res.set_content(Rss({{down.Url("/a"), ""}}), "application/rss+xml");
  });
  ServePage(down.server, "/a");
  open.server.Get("/robots.txt",
                  [](const httplib::Request&, httplib::Response& res) { res.status = 404; });
  open.server.Get("/feed.xml", [&open](const httplib::Request&, httplib::Response& res) {
    res.set_content(Rss({{open.Url("/a"), ""}}), "application/rss+xml");
  });
  ServePage(open.server, "/a");
  down.Start();
  open.Start();
  RecordingSink sink;
  auto summary = Crawl({down.Url("/feed.xml"), open.Url("/feed.xml")}, FastOptions(), &sink);
  ASSERT_TRUE(summary.ok()) << summary.status().ToString();
  // robots.txt answered 503 twice (the first try and one retry): nothing else was asked.
  EXPECT_EQ(down.Paths(), (std::vector<std::string>{"/robots.txt", "/robots.txt"}));
  EXPECT_EQ(open.Paths(), (std::vector<std::string>{"/robots.txt", "/feed.xml", "/a"}));
  ASSERT_EQ(sink.pages.size(), 1u);
  EXPECT_EQ(sink.pages[0].url, open.Url("/a"));
  EXPECT_EQ(sink.checked,
            (std::vector<std::pair<std::string, std::string>>{{open.Url("/feed.xml"), "feed"}}));
  EXPECT_GE(summary->failed, 1u);  // the unreachable robots.txt is a failure, said in errors
  ASSERT_FALSE(summary->errors.empty());
  EXPECT_NE(summary->errors[0].find("robots.txt unreachable"), std::string::npos);
}

// Rounds that share a RobotsCache ask for robots.txt once; the file's Sitemap lines are still
// followed each round.
TEST(CrawlerTest, RoundsSharingARobotsCacheAskForRobotsTxtOnce) {
  Host h;
  h.server.Get("/robots.txt", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("User-agent: *\nDisallow: /private\nSitemap: /news-sitemap.xml\n",
                    "text/plain");
  });
  h.server.Get("/news-sitemap.xml", [&h](const httplib::Request&, httplib::Response& res) {
    res.set_content(
        "<?xml version=\"1.0\"?><urlset "
        "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>" +
            h.Url("/private/a") + "</loc></url><url><loc>" + h.Url("/b") + "</loc></url></urlset>",
        "application/xml");
  });
  h.server.Get("/feed.xml", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(Rss({}), "application/rss+xml");
  });
  ServePage(h.server, "/b");
  h.Start();
  RobotsCache cache;
  CrawlerOptions options = FastOptions();
  options.frontier.robots_cache = &cache;
  auto count = [&h](const std::string& path) {
    auto paths = h.Paths();
    return std::count(paths.begin(), paths.end(), path);
  };
  for (int round = 1; round <= 2; ++round) {
    RecordingSink sink;
    auto summary = Crawl({h.Url("/feed.xml")}, options, &sink);
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(count("/robots.txt"), 1) << "round " << round;
    EXPECT_EQ(count("/news-sitemap.xml"), round) << "round " << round;
    EXPECT_EQ(count("/b"), round) << "round " << round;
    EXPECT_EQ(count("/private/a"), 0) << "round " << round;  // the cached rules hold
  }
}

TEST(CrawlerTest, ARobotsTxtRedirectLoopAllowsAllAndTheRoundEnds) {
  Host h;
  h.server.Get("/robots.txt", [](const httplib::Request&, httplib::Response& res) {
    res.set_redirect("/robots2.txt", 302);
  });
  h.server.Get("/robots2.txt", [](const httplib::Request&, httplib::Response& res) {
    res.set_redirect("/robots.txt", 302);
  });
  h.server.Get("/feed.xml", [&h](const httplib::Request&, httplib::Response& res) {
    res.set_content(Rss({{h.Url("/a"), ""}}), "application/rss+xml");
  });
  ServePage(h.server, "/a");
  h.Start();
  RecordingSink sink;
  auto summary = Crawl({h.Url("/feed.xml")}, FastOptions(), &sink);
  ASSERT_TRUE(summary.ok());
  EXPECT_EQ(h.Paths(),
            (std::vector<std::string>{"/robots.txt", "/robots2.txt", "/feed.xml", "/a"}));
  EXPECT_EQ(sink.pages.size(), 1u);
}

TEST(CrawlerTest, OldKnownAndOverTheCapItemsAreNotFetched) {
  Host h;
  h.server.Get("/feed.xml", [&h](const httplib::Request&, httplib::Response& res) {
    res.set_content(Rss({{h.Url("/new1"), "Tue, 01 Dec 2026 08:00:00 GMT"},
                         {h.Url("/old"), "Mon, 02 Mar 2020 08:00:00 GMT"},
                         {h.Url("/kept"), "Tue, 01 Dec 2026 07:00:00 GMT"},
                         {h.Url("/new2"), ""},
                         {h.Url("/new3"), ""}}),
                    "application/rss+xml");
  });
  for (const char* p : {"/new1", "/old", "/kept", "/new2", "/new3"}) ServePage(h.server, p);
  h.Start();
  RecordingSink sink;
  sink.known.insert(h.Url("/kept"));
  CrawlerOptions options = FastOptions();
  options.since = "2026-11-29";
  options.max_articles_per_host = 2;
  auto summary = Crawl({h.Url("/feed.xml")}, options, &sink);
  ASSERT_TRUE(summary.ok());
  EXPECT_EQ(h.Paths(), (std::vector<std::string>{"/robots.txt", "/feed.xml", "/new1", "/new2"}));
  EXPECT_EQ(summary->too_old, 1u);
  EXPECT_EQ(summary->known, 1u);
  EXPECT_EQ(summary->articles, 2u);
}

TEST(CrawlerTest, NonHtmlAndErrorPagesAreFailuresNotArticles) {
  Host h;
  h.server.Get("/feed.xml", [&h](const httplib::Request&, httplib::Response& res) {
    res.set_content(Rss({{h.Url("/img"), ""}, {h.Url("/gone"), ""}, {h.Url("/retry"), ""}}),
                    "application/rss+xml");
  });
  h.server.Get("/img", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(std::string("\x89PNG\r\n", 6), "image/png");
  });
  h.server.Get("/gone", [](const httplib::Request&, httplib::Response& res) { res.status = 410; });
  h.Start();
  RecordingSink sink;
  sink.retry.push_back(h.Url("/retry"));  // failed for a while last round: asked again
  ServePage(h.server, "/retry");
  auto summary = Crawl({h.Url("/feed.xml")}, FastOptions(), &sink);
  ASSERT_TRUE(summary.ok());
  ASSERT_EQ(sink.pages.size(), 1u);
  EXPECT_EQ(sink.pages[0].url, h.Url("/retry"));
  std::sort(sink.failed.begin(), sink.failed.end());
  EXPECT_EQ(sink.failed, (std::vector<std::string>{h.Url("/gone") + " 410 HTTP 410",
                                                   h.Url("/img") + " 200 not HTML (image/png)"}));
  std::vector<std::string> paths = h.Paths();
  EXPECT_EQ(std::count(paths.begin(), paths.end(), "/retry"), 1);  // listed and retried: once
}

TEST(CrawlerTest, AStopRequestEndsTheRoundWithoutNewRequests) {
  Host h;
  std::atomic<bool> stop{true};
  ServePage(h.server, "/");
  h.Start();
  RecordingSink sink;
  CrawlerOptions options = FastOptions();
  options.stop = &stop;
  auto summary = Crawl({h.Url("/")}, options, &sink);
  ASSERT_TRUE(summary.ok());
  EXPECT_TRUE(h.Paths().empty());
  EXPECT_EQ(summary->requests, 0u);
}

}  // namespace
}  // namespace newsdesk::crawl
