#include "crawl/warc_writer.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "newsdesk/warc.h"

namespace newsdesk::crawl {
namespace {

namespace fs = std::filesystem;

class WarcWriterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char dir[] = "/tmp/newsdesk_warc_writer_XXXXXX";
    ASSERT_NE(mkdtemp(dir), nullptr);
    dir_ = dir;
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::vector<std::string> Files() const {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir_)) out.push_back(e.path().string());
    std::sort(out.begin(), out.end());
    return out;
  }

  std::vector<WarcRecord> ReadAll(const std::string& path) {
    auto reader = WarcReader::Open(path);
    EXPECT_TRUE(reader.ok());
    std::vector<WarcRecord> records;
    if (!reader.ok()) return records;
    WarcRecord r;
    while ((*reader)->Next(&r)) records.push_back(r);
    return records;
  }

  std::string dir_;
};

WarcExchange Exchange(std::string_view uri, std::string_view head, std::string_view payload) {
  WarcExchange e;
  e.target_uri = uri;
  e.ip = "127.0.0.1";
  e.request_head = "GET /a HTTP/1.1\r\nHost: news.example\r\nUser-Agent: newsdesk\r\n\r\n";
  e.response_head = head;
  e.payload = payload;
  e.date = std::chrono::system_clock::now();
  return e;
}

// The gzip members of a file, inflated one by one: each must hold exactly one record.
std::vector<std::string> Members(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), {});
  std::vector<std::string> members;
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    z_stream z{};
    EXPECT_EQ(inflateInit2(&z, 15 + 16), Z_OK);
    z.next_in = reinterpret_cast<Bytef*>(bytes.data() + pos);
    z.avail_in = static_cast<uInt>(bytes.size() - pos);
    std::string out;
    char buf[65536];
    int rc = Z_OK;
    while (rc == Z_OK) {
      z.next_out = reinterpret_cast<Bytef*>(buf);
      z.avail_out = sizeof buf;
      rc = inflate(&z, Z_NO_FLUSH);
      out.append(buf, sizeof buf - z.avail_out);
    }
    EXPECT_EQ(rc, Z_STREAM_END);
    pos += z.total_in;
    inflateEnd(&z);
    members.push_back(out);
    if (rc != Z_STREAM_END) break;
  }
  return members;
}

TEST_F(WarcWriterTest, WritesWarcinfoRequestAndResponseReadBackRecordByRecord) {
  WarcWriterOptions options;
  options.directory = dir_;
  auto writer = WarcWriter::Open(options);
  ASSERT_TRUE(writer.ok());
  std::string page = "<html><body><p>Harbour ferry returns</p></body></html>";
  auto where = (*writer)->Write(
      Exchange("https://news.example/a",
               "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
                   std::to_string(page.size()) + "\r\n\r\n",
               page));
  ASSERT_TRUE(where.ok()) << where.status().ToString();
  ASSERT_TRUE((*writer)->Close().ok());

  std::vector<std::string> files = Files();
  ASSERT_EQ(files.size(), 1u);
  EXPECT_TRUE(files[0].ends_with(".warc.gz"));
  EXPECT_EQ(where->path, files[0]);
  std::vector<WarcRecord> records = ReadAll(files[0]);
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0].type, "warcinfo");
  EXPECT_EQ(records[1].type, "request");
  EXPECT_EQ(records[2].type, "response");
  for (const WarcRecord& r : records) EXPECT_TRUE(r.status.ok()) << r.status.ToString();
  EXPECT_EQ(records[1].target_uri, "https://news.example/a");
  EXPECT_EQ(records[2].target_uri, "https://news.example/a");
  EXPECT_EQ(records[2].offset, where->offset);
  EXPECT_EQ(records[2].offset_in_member, 0u);  // each record starts its own member
  EXPECT_TRUE(records[1].block.starts_with("GET /a HTTP/1.1\r\n"));
  auto http = ParseHttpResponse(records[2].block);
  ASSERT_TRUE(http.ok());
  EXPECT_EQ(http->status, 200);
  EXPECT_EQ(http->charset, "utf-8");
  EXPECT_EQ(http->body, page);

  std::vector<std::string> members = Members(files[0]);
  ASSERT_EQ(members.size(), 3u);
  // The digests are those of the payload and of the block, as other tools check them.
  const std::string& response = members[2];
  std::size_t head_end = response.find("\r\n\r\n");
  std::string block = response.substr(head_end + 4, response.size() - head_end - 8);
  EXPECT_NE(response.find("WARC-Payload-Digest: " + WarcSha1(page) + "\r\n"), std::string::npos);
  EXPECT_NE(response.find("WARC-Block-Digest: " + WarcSha1(block) + "\r\n"), std::string::npos);
  EXPECT_NE(response.find("WARC-IP-Address: 127.0.0.1\r\n"), std::string::npos);
  // The request names its response.
  std::size_t id_at = response.find("WARC-Record-ID: ");
  std::string id = response.substr(id_at + 16, response.find("\r\n", id_at) - id_at - 16);
  EXPECT_NE(members[1].find("WARC-Concurrent-To: " + id), std::string::npos);
  EXPECT_NE(members[0].find("WARC-Filename: " + fs::path(files[0]).filename().string()),
            std::string::npos);
}

TEST_F(WarcWriterTest, Sha1IsBase32OfTheDigest) {
  // SHA-1("abc") = a9993e36 4706816a ba3e2571 7850c26c 9cd0d89d, in RFC 4648 base 32.
  EXPECT_EQ(WarcSha1("abc"), "sha1:VGMT4NSHA2AWVOR6EVYXQUGCNSONBWE5");
  EXPECT_EQ(WarcSha1("").size(), 5u + 32u);
}

TEST_F(WarcWriterTest, ChunkedResponsesAreStoredWithTheirRealLength) {
  std::string head = WarcResponseHead(
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/html\r\n\r\n", 42);
  EXPECT_EQ(head,
            "HTTP/1.1 200 OK\r\nX-Crawler-Transfer-Encoding: chunked\r\nContent-Type: "
            "text/html\r\nContent-Length: 42\r\n\r\n");
  // A head without the blank line, or with bare LFs, ends in one blank line all the same.
  EXPECT_EQ(WarcResponseHead("HTTP/1.1 304 Not Modified\nETag: \"x\"", 0),
            "HTTP/1.1 304 Not Modified\r\nETag: \"x\"\r\n\r\n");

  WarcWriterOptions options;
  options.directory = dir_;
  auto writer = WarcWriter::Open(options);
  ASSERT_TRUE(writer.ok());
  std::string page(5000, 'x');
  ASSERT_TRUE((*writer)
                  ->Write(Exchange("http://news.example/c",
                                   "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", page))
                  .ok());
  ASSERT_TRUE((*writer)->Close().ok());
  std::vector<WarcRecord> records = ReadAll(Files()[0]);
  ASSERT_EQ(records.size(), 3u);
  auto http = ParseHttpResponse(records[2].block);
  ASSERT_TRUE(http.ok()) << http.status().ToString();
  EXPECT_EQ(http->body, page);  // not de-chunked a second time
}

TEST_F(WarcWriterTest, RotatesPastTheSizeLimitWithoutSplittingARecord) {
  WarcWriterOptions options;
  options.directory = dir_;
  options.max_file_bytes = 2000;
  options.compression_level = 0;  // stored: sizes are predictable
  auto writer = WarcWriter::Open(options);
  ASSERT_TRUE(writer.ok());
  std::string page(1500, 'p');
  for (int i = 0; i < 5; ++i) {
    std::string uri = "http://news.example/" + std::to_string(i);
    ASSERT_TRUE((*writer)->Write(Exchange(uri, "HTTP/1.1 200 OK\r\n\r\n", page)).ok());
  }
  ASSERT_TRUE((*writer)->Close().ok());
  std::vector<std::string> files = Files();
  EXPECT_EQ(files.size(), 5u);  // each exchange passes the limit: the next opens a new file
  EXPECT_EQ((*writer)->files_written(), 5u);
  int responses = 0;
  for (const std::string& f : files) {
    std::vector<WarcRecord> records = ReadAll(f);
    ASSERT_EQ(records.size(), 3u) << f;
    EXPECT_EQ(records[0].type, "warcinfo");
    for (const WarcRecord& r : records) EXPECT_TRUE(r.status.ok());
    responses += records[2].type == "response";
  }
  EXPECT_EQ(responses, 5);
}

TEST_F(WarcWriterTest, NeverAppendsToAnEarlierFileAndNewlinesCannotSplitAHeader) {
  WarcWriterOptions options;
  options.directory = dir_;
  for (int run = 0; run < 2; ++run) {
    auto writer = WarcWriter::Open(options);
    ASSERT_TRUE(writer.ok());
    ASSERT_TRUE((*writer)
                    ->Write(Exchange("http://news.example/x\r\nWARC-Type: fake",
                                     "HTTP/1.1 200 OK\r\n\r\n", "x"))
                    .ok());
  }
  std::vector<std::string> files = Files();
  ASSERT_EQ(files.size(), 2u);
  for (const std::string& f : files) {
    std::vector<WarcRecord> records = ReadAll(f);
    ASSERT_EQ(records.size(), 3u);
    EXPECT_EQ(records[2].type, "response");
    EXPECT_EQ(records[2].target_uri.find('\n'), std::string::npos);
  }
}

TEST_F(WarcWriterTest, AnUnwritableDirectoryIsAClearError) {
  WarcWriterOptions options;
  options.directory = "/proc/newsdesk-no-such-dir/warc";
  auto writer = WarcWriter::Open(options);
  ASSERT_FALSE(writer.ok());
  EXPECT_EQ(writer.status().code(), StatusCode::kIoError);
  EXPECT_NE(writer.status().message().find("/proc/newsdesk-no-such-dir/warc"), std::string::npos);
}

TEST_F(WarcWriterTest, AFullDiskIsAnErrorNotSilence) {
  // A file size limit stands in for a full disk (it fails writes with EFBIG, even for root).
  WarcWriterOptions options;
  options.directory = dir_;
  auto writer = WarcWriter::Open(options);
  ASSERT_TRUE(writer.ok());
  std::string noise(200000, '\0');
  uint64_t x = 88172645463325252ULL;
  for (char& c : noise) {  // xorshift: bytes gzip cannot shrink
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    c = static_cast<char>(x);
  }
  rlimit old{};
  ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &old), 0);
  rlimit small = old;
  small.rlim_cur = 65536;
  auto previous = signal(SIGXFSZ, SIG_IGN);
  ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
  auto where = (*writer)->Write(Exchange("http://news.example/", "HTTP/1.1 200 OK\r\n\r\n", noise));
  setrlimit(RLIMIT_FSIZE, &old);
  signal(SIGXFSZ, previous);
  ASSERT_FALSE(where.ok());
  EXPECT_EQ(where.status().code(), StatusCode::kIoError);
  EXPECT_NE(where.status().message().find("cannot write"), std::string::npos);
}

}  // namespace
}  // namespace newsdesk::crawl
