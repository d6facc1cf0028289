// HTTP payloads: Content-Encoding (gzip, deflate, br) with chunking, bounds and faults.
#include <gtest/gtest.h>

#include <string>

#include "newsdesk/warc.h"
#include "warc_fixture.h"

namespace newsdesk {
namespace {

using testing::Brotli;
using testing::Chunked;
using testing::Deflate;
using testing::Gzip;
using testing::HttpBlockWithHeaders;

const std::string kPage =
    "<html><head><title>Harbour</title></head><body><p>The council voted on Tuesday.</p></body>"
    "</html>";

std::string Decode(const std::string& body, const std::string& coding, Status* status = nullptr,
                   std::size_t max_bytes = 1 << 20, bool* truncated = nullptr) {
  std::string out;
  Status s = DecodeContentEncoding(body, coding, max_bytes, &out, truncated);
  if (status)
    *status = s;
  else
    EXPECT_TRUE(s.ok()) << s.ToString();
  return out;
}

TEST(HttpResponse, ContentEncodingIsReportedLowerCased) {
  auto r = ParseHttpResponse(
      HttpBlockWithHeaders(Gzip(kPage), {"Content-Type: text/html", "Content-Encoding: GZIP"}));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->content_encoding, "gzip");
  EXPECT_EQ(Decode(r->body, r->content_encoding), kPage);
  auto plain = ParseHttpResponse(HttpBlockWithHeaders(kPage, {"Content-Encoding: identity"}));
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(plain->content_encoding, "");
}

TEST(HttpResponse, GzipUnderChunkedTransferEncoding) {
  auto r = ParseHttpResponse(HttpBlockWithHeaders(
      Chunked(Gzip(kPage), 7), {"Transfer-Encoding: chunked", "Content-Encoding: gzip"}));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(Decode(r->body, r->content_encoding), kPage);
}

TEST(ContentEncoding, GzipDeflateBrotliAndLists) {
  EXPECT_EQ(Decode(Gzip(kPage), "gzip"), kPage);
  EXPECT_EQ(Decode(Gzip(kPage), "x-gzip"), kPage);
  EXPECT_EQ(Decode(Deflate(kPage, false), "deflate"), kPage);  // zlib-wrapped, as RFC 9110 says
  EXPECT_EQ(Decode(Deflate(kPage, true), "deflate"), kPage);   // raw, as many servers send it
  EXPECT_EQ(Decode(Brotli(kPage), "br"), kPage);
  EXPECT_EQ(Decode(Brotli(Gzip(kPage)), "gzip, br"), kPage);  // undone last first
  EXPECT_EQ(Decode(Gzip(kPage.substr(0, 40)) + Gzip(kPage.substr(40)), "gzip"), kPage);
  EXPECT_EQ(Decode(kPage, ""), kPage);
}

TEST(ContentEncoding, PayloadStoredDecodedIsKeptAsIs) {
  // Crawlers often store the decoded payload and keep the Content-Encoding header.
  EXPECT_EQ(Decode(kPage, "gzip"), kPage);
  EXPECT_EQ(Decode("\n  " + kPage, "deflate"), "\n  " + kPage);
  EXPECT_EQ(Decode(kPage, "br"), kPage);
}

TEST(ContentEncoding, UnsupportedCodingIsNamed) {
  EXPECT_EQ(UnsupportedContentEncoding("gzip"), "");
  EXPECT_EQ(UnsupportedContentEncoding("br, identity"), "");
  EXPECT_EQ(UnsupportedContentEncoding("gzip, compress"), "compress");
  EXPECT_EQ(UnsupportedContentEncoding("zstd"), "zstd");
  Status s;
  Decode("\x28\xB5\x2F\xFD", "zstd", &s);
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
}

TEST(ContentEncoding, DecompressionBombStopsAtTheLimit) {
  std::string zeros(std::size_t{8} << 20, '\0');  // 8 MiB of zeros: about 8 KiB compressed
  for (const auto& [body, coding] :
       {std::pair{Gzip(zeros), "gzip"}, std::pair{Deflate(zeros, false), "deflate"},
        std::pair{Brotli(zeros), "br"}}) {
    ASSERT_LT(body.size(), 64u << 10) << coding;
    Status s;
    std::string out = Decode(body, coding, &s, 1 << 20);
    EXPECT_EQ(s.code(), StatusCode::kLimitExceeded) << coding;
    EXPECT_LE(out.size(), std::size_t{1} << 20) << coding;
  }
}

TEST(ContentEncoding, ClippedStreamKeepsWhatDecodes) {
  std::string big;
  for (int i = 0; i < 200; ++i) big += "<p>Paragraph " + std::to_string(i) + " of the story.</p>";
  std::string gz = Gzip(big);
  Status s;
  bool truncated = false;
  std::string out = Decode(gz.substr(0, gz.size() / 2), "gzip", &s, 1 << 20, &truncated);
  EXPECT_TRUE(s.ok()) << s.ToString();
  EXPECT_TRUE(truncated);
  EXPECT_FALSE(out.empty());
  EXPECT_EQ(big.compare(0, out.size(), out), 0);
}

TEST(ContentEncoding, CorruptStreamIsAnError) {
  Status s;
  std::string gz = Gzip(kPage);
  for (std::size_t i = 12; i < gz.size() - 8; ++i) gz[i] = static_cast<char>(gz[i] ^ 0x5A);
  Decode(gz, "gzip", &s);
  EXPECT_EQ(s.code(), StatusCode::kCorruptInput);
  Decode("\x01\x02\x03 not brotli", "br", &s);
  EXPECT_EQ(s.code(), StatusCode::kCorruptInput);
}

}  // namespace
}  // namespace newsdesk
