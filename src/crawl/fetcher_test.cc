// The fetcher against a local server (cpp-httplib on 127.0.0.1, a free port) the test starts.
#include "crawl/fetcher.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <zlib.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "warc_fixture.h"

namespace newsdesk::crawl {
namespace {

using newsdesk::testing::Gzip;

class FetcherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_.Get("/page", [](const httplib::Request& req, httplib::Response& res) {
      res.set_header("ETag", "\"v1\"");
      if (req.get_header_value("If-None-Match") == "\"v1\"") {
        res.status = 304;
        return;
      }
      res.set_content("<html><body>ferry</body></html>", "text/html; charset=utf-8");
    });
    server_.Get("/gzip", [](const httplib::Request&, httplib::Response& res) {
      res.set_header("Content-Encoding", "gzip");
      res.set_content(Gzip("<html><body>compressed ferry</body></html>"), "text/html");
    });
    server_.Get("/moved", [](const httplib::Request&, httplib::Response& res) {
      res.set_redirect("/page", 301);
    });
    server_.Get("/big", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(std::string(200000, 'b'), "text/html");
    });
    server_.Get("/endless", [this](const httplib::Request&, httplib::Response& res) {
      res.set_chunked_content_provider("text/html", [this](size_t, httplib::DataSink& sink) {
        sink.write("<html>", 6);
        for (int i = 0; i < 100 && !stop_.load(); ++i) {
          std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        sink.done();
        return true;
      });
    });
    // httplib (built with zlib and brotli) would compress text responses itself: hide the
    // request's Accept-Encoding from it so that the bytes sent are the handlers' own.
    server_.set_pre_routing_handler([](const httplib::Request& req, httplib::Response&) {
      const_cast<httplib::Request&>(req).headers.erase("Accept-Encoding");
      return httplib::Server::HandlerResponse::Unhandled;
    });
    port_ = server_.bind_to_any_port("127.0.0.1");
    ASSERT_GT(port_, 0);
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    // stop() before the accept loop runs would be lost: wait for it (bounded).
    for (int i = 0; i < 5000 && !server_.is_running(); ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    ASSERT_TRUE(server_.is_running());
  }
  void TearDown() override {
    stop_.store(true);
    server_.stop();
    thread_.join();
  }

  std::string Url(std::string_view path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + std::string(path);
  }

  // Fetches `requests` and returns the responses, polling at most ~10 s.
  std::vector<FetchResponse> FetchAll(Fetcher* f, std::vector<FetchRequest> requests) {
    for (FetchRequest& r : requests) EXPECT_TRUE(f->Start(std::move(r)).ok());
    std::vector<FetchResponse> done;
    for (int i = 0; i < 200 && f->in_flight() > 0; ++i) f->Poll(50, &done);
    EXPECT_EQ(f->in_flight(), 0u);
    return done;
  }

  httplib::Server server_;
  std::thread thread_;
  std::atomic<bool> stop_{false};
  int port_ = 0;
};

std::unique_ptr<Fetcher> MakeFetcher(FetcherOptions options = {}) {
  auto f = Fetcher::Create(options);
  EXPECT_TRUE(f.ok());
  return f.ok() ? std::move(f).value() : nullptr;
}

TEST_F(FetcherTest, KeepsTheExchangeAsItWent) {
  FetcherOptions options;
  options.user_agent = "newsdesk/0.1 (+https://example.org/bot)";
  auto f = MakeFetcher(options);
  std::vector<FetchResponse> done =
      FetchAll(f.get(), {{1, Url("/page"), {}}, {2, Url("/gzip"), {}}});
  ASSERT_EQ(done.size(), 2u);
  for (const FetchResponse& r : done) {
    EXPECT_EQ(r.failure, FetchFailure::kNone) << r.error;
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.ip, "127.0.0.1");
    EXPECT_TRUE(r.request_head.starts_with("GET /")) << r.request_head;
    EXPECT_NE(r.request_head.find("User-Agent: newsdesk/0.1 (+https://example.org/bot)\r\n"),
              std::string::npos);
    EXPECT_NE(r.request_head.find("Accept-Encoding: gzip, deflate, br\r\n"), std::string::npos);
    EXPECT_TRUE(r.response_head.starts_with("HTTP/1.1 200")) << r.response_head;
    if (r.tag == 1) {
      EXPECT_EQ(r.body, "<html><body>ferry</body></html>");
      EXPECT_EQ(r.Header("etag"), "\"v1\"");
      EXPECT_EQ(r.Header("Content-Type"), "text/html; charset=utf-8");
    } else {
      EXPECT_EQ(r.Header("Content-Encoding"), "gzip");
      EXPECT_EQ(r.body, Gzip("<html><body>compressed ferry</body></html>"));  // not decoded
    }
  }
}

TEST_F(FetcherTest, SendsExtraHeadersAndFollowsNoRedirect) {
  auto f = MakeFetcher();
  std::vector<FetchResponse> done =
      FetchAll(f.get(), {{1, Url("/page"), {"If-None-Match: \"v1\""}}, {2, Url("/moved"), {}}});
  ASSERT_EQ(done.size(), 2u);
  for (const FetchResponse& r : done) {
    if (r.tag == 1) {
      EXPECT_EQ(r.status, 304);
      EXPECT_TRUE(r.body.empty());
    } else {
      EXPECT_EQ(r.status, 301);
      EXPECT_EQ(r.Header("Location"), "/page");
    }
  }
}

TEST_F(FetcherTest, ABodyPastTheLimitStopsTheTransfer) {
  FetcherOptions options;
  options.max_body_bytes = 50000;
  auto f = MakeFetcher(options);
  std::vector<FetchResponse> done = FetchAll(f.get(), {{1, Url("/big"), {}}});
  ASSERT_EQ(done.size(), 1u);
  EXPECT_EQ(done[0].failure, FetchFailure::kTooLarge);
  EXPECT_LE(done[0].body.size(), 50000u);
  EXPECT_NE(done[0].error.find("50000"), std::string::npos);
}

TEST_F(FetcherTest, AResponseThatNeverEndsTimesOut) {
  FetcherOptions options;
  options.timeout_ms = 500;
  auto f = MakeFetcher(options);
  auto start = std::chrono::steady_clock::now();
  std::vector<FetchResponse> done = FetchAll(f.get(), {{1, Url("/endless"), {}}});
  ASSERT_EQ(done.size(), 1u);
  EXPECT_EQ(done[0].failure, FetchFailure::kTimeout);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(4));
}

TEST_F(FetcherTest, NoServerAndBadUrlsAreErrorsNotCrashes) {
  auto f = MakeFetcher();
  EXPECT_EQ(f->Start({1, "file:///etc/passwd", {}}).code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(f->Start({2, "gopher://127.0.0.1/", {}}).code(), StatusCode::kInvalidArgument);
  std::vector<FetchResponse> bad = FetchAll(f.get(), {{9, Url("/a page\x01"), {}}});
  ASSERT_EQ(bad.size(), 1u);
  EXPECT_EQ(bad[0].failure, FetchFailure::kBadUrl);  // not the server's fault: not retried
  // A port nobody listens on: bind one (without listening), read its number, close it.
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  socklen_t len = sizeof addr;
  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  int port = ntohs(addr.sin_port);
  close(fd);
  std::vector<FetchResponse> done =
      FetchAll(f.get(), {{3, "http://127.0.0.1:" + std::to_string(port) + "/", {}}});
  ASSERT_EQ(done.size(), 1u);
  EXPECT_EQ(done[0].failure, FetchFailure::kNetwork);
  EXPECT_FALSE(done[0].error.empty());
  EXPECT_EQ(done[0].status, 0);
}

}  // namespace
}  // namespace newsdesk::crawl
