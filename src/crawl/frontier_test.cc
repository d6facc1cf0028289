#include "crawl/frontier.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace newsdesk::crawl {
namespace {

using namespace std::chrono_literals;

CrawlTask Task(TaskKind kind, std::string url) {
  CrawlTask t;
  t.kind = kind;
  t.url = std::move(url);
  return t;
}

// Drives a frontier on a fake clock: starts what may start, "fetches" it at once, and records
// (time, url) of every start.
struct Driver {
  explicit Driver(FrontierOptions options = {}) : frontier(std::move(options)) {}

  // Runs until nothing is queued; `answer` decides what each fetch did (true: ok).
  void Run(const std::function<bool(const CrawlTask&)>& answer = {}) {
    for (int steps = 0; steps < 10000 && !frontier.empty(); ++steps) {
      CrawlClock::time_point wake;
      std::optional<CrawlTask> task = frontier.Next(now, &wake, &dropped);
      if (!task) {
        if (wake == CrawlClock::time_point::max()) break;
        now = std::max(now, wake);
        continue;
      }
      starts.emplace_back(now, task->url);
      if (task->kind == TaskKind::kRobots) frontier.SetRobots(task->origin, robots);
      bool ok = answer ? answer(*task) : true;
      now += 100ms;  // the response takes 0.1 s
      frontier.Finished(*task, now, ok, &dropped);
      if (!ok && !frontier.Retry(*task, now, -1)) given_up.push_back(task->url);
    }
  }

  std::vector<CrawlClock::time_point> StartsOf(std::string_view prefix) const {
    std::vector<CrawlClock::time_point> out;
    for (const auto& [t, url] : starts) {
      if (url.starts_with(prefix)) out.push_back(t);
    }
    return out;
  }

  Frontier frontier;
  Robots robots;
  CrawlClock::time_point now{};
  std::vector<std::pair<CrawlClock::time_point, std::string>> starts;
  std::vector<DroppedTask> dropped;
  std::vector<std::string> given_up;
};

TEST(FrontierTest, RobotsTxtComesFirstAndEachUrlOnce) {
  Driver d;
  EXPECT_TRUE(d.frontier.Add(Task(TaskKind::kFeed, "https://a.example/feed.xml")));
  EXPECT_TRUE(d.frontier.Add(Task(TaskKind::kArticle, "https://a.example/news/1")));
  EXPECT_FALSE(d.frontier.Add(Task(TaskKind::kArticle, "https://a.example/news/1")));
  EXPECT_FALSE(d.frontier.Add(Task(TaskKind::kArticle, "https://A.example/news/1#top")));
  EXPECT_FALSE(d.frontier.Add(Task(TaskKind::kArticle, "ftp://a.example/x")));
  d.Run();
  ASSERT_EQ(d.starts.size(), 3u);
  EXPECT_EQ(d.starts[0].second, "https://a.example/robots.txt");
  EXPECT_EQ(d.starts[1].second, "https://a.example/feed.xml");  // listings before articles
  EXPECT_EQ(d.starts[2].second, "https://a.example/news/1");
}

TEST(FrontierTest, RobotsCacheKeepsAFileForItsMaxAge) {
  RobotsCache cache(24h);
  const CrawlClock::time_point t0{};
  cache.Put("https://a.example", Robots::DisallowAll(), t0);
  const Robots* kept = cache.Find("https://a.example", t0 + 23h);
  ASSERT_NE(kept, nullptr);
  EXPECT_FALSE(kept->Allowed("newsdesk", "/news/1"));
  EXPECT_EQ(cache.Find("https://a.example", t0 + 24h), nullptr);  // RFC 9309: not past 24 hours
  EXPECT_EQ(cache.Find("https://b.example", t0), nullptr);
  cache.Put("https://b.example", Robots::AllowAll(), t0 + 25h);  // lets the stale one go
  EXPECT_EQ(cache.size(), 1u);
}

TEST(FrontierTest, AnOriginInTheRobotsCacheIsNotAskedAgainAndItsRulesHold) {
  RobotsCache cache;
  cache.Put("https://a.example", ParseRobots("User-agent: *\nDisallow: /private\n"),
            CrawlClock::now());
  FrontierOptions options;
  options.robots_cache = &cache;
  Driver d(options);
  d.frontier.Add(Task(TaskKind::kFeed, "https://a.example/feed.xml"));
  d.frontier.Add(Task(TaskKind::kArticle, "https://a.example/private/1"));
  d.frontier.Add(Task(TaskKind::kFeed, "https://b.example/feed.xml"));
  d.Run();
  std::vector<std::string> urls;
  for (const auto& start : d.starts) urls.push_back(start.second);
  std::sort(urls.begin(), urls.end());  // the two servers go on side by side
  EXPECT_EQ(urls,
            (std::vector<std::string>{"https://a.example/feed.xml", "https://b.example/feed.xml",
                                      "https://b.example/robots.txt"}));
  ASSERT_EQ(d.dropped.size(), 1u);
  EXPECT_EQ(d.dropped[0].task.url, "https://a.example/private/1");
}

TEST(FrontierTest, OneHostRestsBetweenRequestsWhileOthersGoOn) {
  FrontierOptions options;
  options.min_delay_seconds = 1.0;
  Driver d(options);
  for (int i = 0; i < 3; ++i) {
    d.frontier.Add(Task(TaskKind::kArticle, "https://a.example/" + std::to_string(i)));
    d.frontier.Add(Task(TaskKind::kArticle, "http://b.example:8080/" + std::to_string(i)));
  }
  d.Run();
  for (std::string_view host : {"https://a.example/", "http://b.example:8080/"}) {
    std::vector<CrawlClock::time_point> starts = d.StartsOf(host);
    ASSERT_EQ(starts.size(), 4u) << host;  // robots.txt and three articles
    for (std::size_t i = 1; i < starts.size(); ++i) {
      EXPECT_GE(starts[i] - starts[i - 1], 1s) << host << " request " << i;
    }
  }
  // The two hosts were fetched side by side: b did not wait for a to finish.
  EXPECT_LT(d.StartsOf("http://b.example:8080/").front(), d.StartsOf("https://a.example/")[1]);
}

TEST(FrontierTest, CrawlDelayIsHonouredAndCapped) {
  FrontierOptions options;
  options.min_delay_seconds = 0.5;
  options.max_crawl_delay_seconds = 5;
  Driver d(options);
  d.robots = ParseRobots("User-agent: *\nCrawl-delay: 3\n");
  d.frontier.Add(Task(TaskKind::kArticle, "https://a.example/1"));
  d.frontier.Add(Task(TaskKind::kArticle, "https://a.example/2"));
  d.Run();
  std::vector<CrawlClock::time_point> starts = d.StartsOf("https://a.example/");
  ASSERT_EQ(starts.size(), 3u);
  EXPECT_GE(starts[1] - starts[0], 3s);  // from the first request after robots.txt
  EXPECT_GE(starts[2] - starts[1], 3s);
  EXPECT_EQ(d.frontier.DelayOf("https://a.example"), 3.0);

  Driver greedy(options);
  greedy.robots = ParseRobots("User-agent: *\nCrawl-delay: 86400\n");
  greedy.frontier.Add(Task(TaskKind::kArticle, "https://c.example/1"));
  greedy.Run();
  EXPECT_EQ(greedy.frontier.DelayOf("https://c.example"), 5.0);
}

TEST(FrontierTest, DisallowedTasksAreDroppedNeverStarted) {
  Driver d;
  d.robots = ParseRobots("User-agent: newsdesk\nDisallow: /private/\n");
  d.frontier.Add(Task(TaskKind::kArticle, "https://a.example/private/secret"));
  d.frontier.Add(Task(TaskKind::kArticle, "https://a.example/news/open"));
  d.Run();
  for (const auto& [t, url] : d.starts) EXPECT_EQ(url.find("/private/"), std::string::npos);
  ASSERT_EQ(d.dropped.size(), 1u);
  EXPECT_EQ(d.dropped[0].task.url, "https://a.example/private/secret");
  EXPECT_EQ(d.dropped[0].reason, "disallowed by robots.txt");
  EXPECT_EQ(d.StartsOf("https://a.example/news/open").size(), 1u);
}

TEST(FrontierTest, FailuresAreRetriedWithGrowingWaitsThenGivenUp) {
  FrontierOptions options;
  options.min_delay_seconds = 0;
  options.max_retries = 3;
  options.backoff_seconds = 1;
  options.failures_to_pause = 100;
  Driver d(options);
  d.frontier.Add(Task(TaskKind::kArticle, "https://a.example/flaky"));
  d.Run([](const CrawlTask& t) { return t.kind == TaskKind::kRobots; });
  std::vector<CrawlClock::time_point> starts = d.StartsOf("https://a.example/flaky");
  ASSERT_EQ(starts.size(), 4u);  // the first try and three retries
  EXPECT_GE(starts[1] - starts[0], 1s);
  EXPECT_GE(starts[2] - starts[1], 2s);
  EXPECT_GE(starts[3] - starts[2], 4s);
  EXPECT_EQ(d.given_up, std::vector<std::string>{"https://a.example/flaky"});
}

TEST(FrontierTest, RetryAfterIsHonouredAndTooLongOneGivesUp) {
  FrontierOptions options;
  options.min_delay_seconds = 0;
  options.max_retry_after_seconds = 60;
  Frontier f(options);
  CrawlClock::time_point now{};
  f.Add(Task(TaskKind::kArticle, "https://a.example/busy"));
  CrawlClock::time_point wake;
  std::vector<DroppedTask> dropped;
  std::optional<CrawlTask> robots = f.Next(now, &wake, &dropped);
  ASSERT_TRUE(robots);
  f.SetRobots(robots->origin, Robots());
  f.Finished(*robots, now, true, &dropped);
  std::optional<CrawlTask> task = f.Next(now, &wake, &dropped);
  ASSERT_TRUE(task);
  f.Finished(*task, now, false, &dropped);
  ASSERT_TRUE(f.Retry(*task, now, 30));
  EXPECT_FALSE(f.Next(now + 29s, &wake, &dropped));
  EXPECT_EQ(wake, now + 30s);
  std::optional<CrawlTask> again = f.Next(now + 30s, &wake, &dropped);
  ASSERT_TRUE(again);
  f.Finished(*again, now + 30s, false, &dropped);
  EXPECT_FALSE(f.Retry(*again, now + 30s, 3600));  // an hour: not this round
  EXPECT_TRUE(f.empty());
}

TEST(FrontierTest, AHostThatKeepsFailingIsPausedNotHammered) {
  FrontierOptions options;
  options.min_delay_seconds = 0;
  options.failures_to_pause = 3;
  options.max_retries = 0;
  Driver d(options);
  for (int i = 0; i < 10; ++i) {
    d.frontier.Add(Task(TaskKind::kArticle, "https://down.example/" + std::to_string(i)));
  }
  d.frontier.Add(Task(TaskKind::kArticle, "https://up.example/1"));
  d.Run([](const CrawlTask& t) {
    return t.kind == TaskKind::kRobots || t.url.starts_with("https://up.");
  });
  EXPECT_EQ(d.StartsOf("https://down.example/").size(), 4u);  // robots.txt + 3 failures
  EXPECT_EQ(d.dropped.size(), 7u);
  for (const DroppedTask& t : d.dropped) {
    EXPECT_EQ(t.reason, "host paused after 3 failures in a row");
  }
  EXPECT_EQ(d.StartsOf("https://up.example/1").size(), 1u);
  EXPECT_FALSE(d.frontier.Add(Task(TaskKind::kArticle, "https://down.example/new")));
}

TEST(FrontierTest, HttpAndHttpsOfOneServerShareItsPace) {
  FrontierOptions options;
  options.min_delay_seconds = 1.0;
  Driver d(options);
  d.frontier.Add(Task(TaskKind::kArticle, "http://a.example/1"));
  d.frontier.Add(Task(TaskKind::kArticle, "https://a.example/2"));
  d.frontier.Add(Task(TaskKind::kArticle, "https://a.example:8443/3"));  // another server
  d.Run();
  std::vector<CrawlClock::time_point> same;
  for (const auto& [t, url] : d.starts) {
    if (url.find(":8443") == std::string::npos) same.push_back(t);
  }
  ASSERT_EQ(same.size(), 4u);  // two robots.txt (one per origin) and two articles
  for (std::size_t i = 1; i < same.size(); ++i) EXPECT_GE(same[i] - same[i - 1], 1s) << i;
  EXPECT_LT(d.StartsOf("https://a.example:8443/").front(), same[1]);  // not held up by them
}

TEST(FrontierTest, ARetryAfterRestsTheWholeServer) {
  FrontierOptions options;
  options.min_delay_seconds = 0;
  Frontier f(options);
  CrawlClock::time_point now{};
  f.Add(Task(TaskKind::kArticle, "https://a.example/busy"));
  f.Add(Task(TaskKind::kArticle, "https://a.example/other"));
  CrawlClock::time_point wake;
  std::vector<DroppedTask> dropped;
  std::optional<CrawlTask> robots = f.Next(now, &wake, &dropped);
  f.SetRobots(robots->origin, Robots());
  f.Finished(*robots, now, true, &dropped);
  std::optional<CrawlTask> busy = f.Next(now, &wake, &dropped);
  ASSERT_TRUE(busy);
  f.Finished(*busy, now, false, &dropped);
  ASSERT_TRUE(f.Retry(*busy, now, 20));              // 429, Retry-After: 20
  EXPECT_FALSE(f.Next(now + 19s, &wake, &dropped));  // "other" waits too
  EXPECT_EQ(wake, now + 20s);
  EXPECT_TRUE(f.Next(now + 20s, &wake, &dropped));
}

TEST(FrontierTest, AnUnreachableRobotsTxtDropsTheOriginsTasksForNow) {
  Frontier f(FrontierOptions{});
  CrawlClock::time_point now{};
  f.Add(Task(TaskKind::kArticle, "https://a.example/1"));
  CrawlClock::time_point wake;
  std::vector<DroppedTask> dropped;
  std::optional<CrawlTask> robots = f.Next(now, &wake, &dropped);
  f.Finished(*robots, now, false, &dropped);
  f.SetRobotsUnreachable(robots->origin);
  EXPECT_FALSE(f.Next(now + 10s, &wake, &dropped));
  ASSERT_EQ(dropped.size(), 1u);
  EXPECT_EQ(dropped[0].why, DropReason::kRobotsUnreachable);
  EXPECT_TRUE(f.empty());
}

TEST(FrontierTest, OriginsAreSchemeHostAndPort) {
  EXPECT_EQ(UrlOrigin("HTTPS://News.Example/a?b"), "https://news.example");
  EXPECT_EQ(UrlOrigin("http://news.example:80/a"), "http://news.example");
  EXPECT_EQ(UrlOrigin("https://news.example:443"), "https://news.example");
  EXPECT_EQ(UrlOrigin("http://127.0.0.1:8080/x"), "http://127.0.0.1:8080");
  EXPECT_EQ(UrlOrigin("http://user:pw@news.example/"), "http://news.example");
  EXPECT_EQ(UrlOrigin("http://[::1]:8080/"), "http://[::1]:8080");
  EXPECT_EQ(UrlOrigin("mailto:x@news.example"), "");
}

}  // namespace
}  // namespace newsdesk::crawl
