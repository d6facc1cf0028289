#include "newsdesk/batch.h"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "newsdesk/extract.h"
#include "newsdesk/io.h"
#include "test_util.h"
#include "warc_fixture.h"

namespace newsdesk {
namespace {

using testing::HttpBlock;
using testing::WarcEntry;

std::string Article(int n) {
  std::string p = "<p>Story number " + std::to_string(n) +
                  " tells how the council voted on Tuesday to build cycle lanes along the harbour "
                  "road, ending a long argument over the busiest street in town.</p>";
  return "<html><head><title>Story " + std::to_string(n) + "</title></head><body><article>" + p +
         p + "</article></body></html>";
}

// A WARC of `n` responses with a request before each, plus a non-HTML record.
std::string FixtureWarc(int n, const std::string& name) {
  std::vector<WarcEntry> entries;
  for (int i = 0; i < n; ++i) {
    entries.push_back(
        {"request", "https://news.example/" + std::to_string(i), "GET / HTTP/1.1\r\n\r\n"});
    entries.push_back(
        {"response", "https://news.example/" + std::to_string(i), HttpBlock(Article(i))});
  }
  entries.push_back(
      {"response", "https://news.example/logo.png", HttpBlock("\x89PNG", "image/png")});
  std::string bytes;
  for (const std::string& r : testing::WarcRecords(entries, true)) bytes += r;
  return testing::WriteTempFile(name, bytes);
}

std::vector<std::string> RunLines(const std::vector<std::string>& inputs, BatchOptions options,
                                  BatchSummary* summary = nullptr,
                                  const std::vector<std::string>& done = {}) {
  std::vector<std::string> lines;
  options.progress = false;
  auto s = RunBatch(inputs, options, done, [&](std::string_view line) {
    lines.emplace_back(line);
    return Status::Ok();
  });
  EXPECT_TRUE(s.ok());
  if (summary && s.ok()) *summary = *s;
  return lines;
}

TEST(Batch, OneLinePerRecordInInputOrderWhateverTheThreads) {
  std::string warc = FixtureWarc(40, "batch-order.warc.gz");
  BatchOptions one;
  one.threads = 1;
  BatchSummary summary;
  std::vector<std::string> single = RunLines({warc}, one, &summary);
  ASSERT_EQ(single.size(), 81u);  // 40 requests, 40 responses, 1 image
  EXPECT_EQ(summary.articles, 40u);
  EXPECT_EQ(summary.skipped, 41u);
  EXPECT_EQ(summary.errors, 0u);
  BatchOptions four;
  four.threads = 4;
  four.queue_documents = 3;
  EXPECT_EQ(RunLines({warc}, four), single);
  // Lines carry the WARC fields.
  EXPECT_NE(single[1].find("\"url\":\"https://news.example/0\""), std::string::npos);
  EXPECT_NE(single[1].find("\"warc_record_id\":\"urn:uuid:rec-1\""), std::string::npos);
  EXPECT_NE(single[1].find("\"source\":\"" + warc + "@"), std::string::npos);
  EXPECT_NE(single[0].find("\"skipped\""), std::string::npos);
}

TEST(Batch, UnorderedGivesTheSameLines) {
  std::string warc = FixtureWarc(20, "batch-unordered.warc.gz");
  BatchOptions ordered;
  ordered.threads = 2;
  std::vector<std::string> a = RunLines({warc}, ordered);
  BatchOptions unordered = ordered;
  unordered.ordered = false;
  std::vector<std::string> b = RunLines({warc}, unordered);
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  EXPECT_EQ(a, b);
}

TEST(Batch, BadInputsGiveErrorLinesAndTheRestRuns) {
  std::string page = testing::WriteTempFile("good-page.html", Article(7));
  BatchSummary summary;
  std::vector<std::string> lines =
      RunLines({page, "/nonexistent/page.html", page}, BatchOptions(), &summary);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_NE(lines[0].find("Story number 7"), std::string::npos);
  EXPECT_NE(lines[1].find("\"error\":\"not found"), std::string::npos);
  EXPECT_NE(lines[2].find("Story number 7"), std::string::npos);
  EXPECT_EQ(summary.errors, 1u);
}

TEST(Batch, ResumedRunEqualsAnUninterruptedOne) {
  std::string warc = FixtureWarc(30, "batch-resume.warc.gz");
  BatchOptions options;
  options.threads = 2;
  std::vector<std::string> full = RunLines({warc}, options);
  ASSERT_EQ(full.size(), 61u);

  // A run killed after 25 lines, in the middle of writing the 26th.
  std::string path = testing::WriteTempFile("resume.jsonl", "");
  {
    std::ofstream out(path, std::ios::binary);
    for (int i = 0; i < 25; ++i) out << full[i] << "\n";
    out << full[25].substr(0, full[25].size() / 2);
  }
  auto done = ReadDoneSources(path);
  ASSERT_TRUE(done.ok());
  EXPECT_EQ(done->size(), 25u);
  auto file = LineWriter::Open(path, /*append=*/true);
  ASSERT_TRUE(file.ok());
  BatchSummary summary;
  options.progress = false;
  auto s =
      RunBatch({warc}, options, *done, [&](std::string_view line) { return (*file)->Write(line); });
  ASSERT_TRUE(s.ok());
  ASSERT_TRUE((*file)->Close().ok());
  EXPECT_EQ(s->resumed, 25u);
  std::string expected;
  for (const std::string& l : full) expected += l + "\n";
  EXPECT_EQ(testing::ReadFileOrDie(path), expected);
}

TEST(Batch, FoldersAreReadRecursivelyWithAGlob) {
  std::string a = testing::WriteTempFile("glob-a.html", Article(1));
  std::string b = testing::WriteTempFile("glob-b.htm", Article(2));
  testing::WriteTempFile("glob-c.json", "{}");
  std::string dir = a.substr(0, a.rfind('/'));
  BatchOptions options;
  options.glob = "glob-*.htm*";
  std::vector<std::string> lines = RunLines({dir}, options);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_NE(lines[0].find("Story number 1"), std::string::npos);
  EXPECT_NE(lines[1].find("Story number 2"), std::string::npos);
}

TEST(Batch, HttpContentEncodingsAreDecoded) {
  using testing::HttpBlockWithHeaders;
  const std::string page = Article(3);
  const std::string type = "Content-Type: text/html; charset=utf-8";
  std::string bomb(std::size_t{4} << 20, ' ');  // 4 MiB of spaces, a few KiB compressed
  std::vector<WarcEntry> entries = {
      {"response", "https://news.example/gzip",
       HttpBlockWithHeaders(testing::Gzip(page), {type, "Content-Encoding: gzip"})},
      {"response", "https://news.example/deflate",
       HttpBlockWithHeaders(testing::Deflate(page, false), {type, "Content-Encoding: deflate"})},
      {"response", "https://news.example/raw-deflate",
       HttpBlockWithHeaders(testing::Deflate(page, true), {type, "Content-Encoding: deflate"})},
      {"response", "https://news.example/chunked-gzip",
       HttpBlockWithHeaders(testing::Chunked(testing::Gzip(page), 100),
                            {type, "Transfer-Encoding: chunked", "Content-Encoding: gzip"})},
      {"response", "https://news.example/br",
       HttpBlockWithHeaders(testing::Brotli(page), {type, "Content-Encoding: br"})},
      {"response", "https://news.example/stored-decoded",
       HttpBlockWithHeaders(page, {type, "Content-Encoding: gzip"})},
      {"response", "https://news.example/compress",
       HttpBlockWithHeaders("\x1F\x9D\x90<html>", {type, "Content-Encoding: compress"})},
      {"response", "https://news.example/bomb",
       HttpBlockWithHeaders(testing::Gzip("<html><body><p>" + bomb),
                            {type, "Content-Encoding: gzip"})},
  };
  std::string bytes;
  for (const std::string& r : testing::WarcRecords(entries, true)) bytes += r;
  std::string warc = testing::WriteTempFile("batch-content-encoding.warc.gz", bytes);

  // The text of the page as it is extracted uncompressed.
  Result<newsdesk::Article> plain = newsdesk::Extract(page, ExtractOptions());
  ASSERT_TRUE(plain.ok());
  BatchOptions options;
  options.max_document_bytes = std::size_t{1} << 20;
  BatchSummary summary;
  std::vector<std::string> lines = RunLines({warc}, options, &summary);
  ASSERT_EQ(lines.size(), entries.size());
  for (std::size_t i = 0; i < 6; ++i) {
    auto j = nlohmann::json::parse(lines[i]);
    ASSERT_TRUE(j.contains("text")) << lines[i];
    EXPECT_EQ(j["text"], plain->text) << entries[i].uri;
    EXPECT_EQ(j["title"], "Story 3") << entries[i].uri;
  }
  auto compress = nlohmann::json::parse(lines[6]);
  EXPECT_EQ(compress["skipped"], "Content-Encoding compress is not supported");
  auto limited = nlohmann::json::parse(lines[7]);
  ASSERT_TRUE(limited.contains("error")) << lines[7];
  EXPECT_NE(limited["error"].get<std::string>().find("limit exceeded"), std::string::npos)
      << lines[7];
  EXPECT_EQ(summary.articles, 6u);
  EXPECT_EQ(summary.skipped, 1u);
  EXPECT_EQ(summary.errors, 1u);
}

}  // namespace
}  // namespace newsdesk
