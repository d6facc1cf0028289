#include <gtest/gtest.h>

#include "newsdesk/warc.h"
#include "warc_fixture.h"

namespace newsdesk {
namespace {

using testing::HttpBlock;
using testing::WarcEntry;
using testing::WarcRecords;

std::string Join(const std::vector<std::string>& parts) {
  std::string s;
  for (const auto& p : parts) s += p;
  return s;
}

std::vector<WarcRecord> ReadAll(const std::string& path, WarcReaderOptions options = {}) {
  auto reader = WarcReader::Open(path, options);
  EXPECT_TRUE(reader.ok());
  std::vector<WarcRecord> records;
  WarcRecord r;
  while ((*reader)->Next(&r)) records.push_back(r);
  return records;
}

const std::vector<WarcEntry> kThree = {
    {"response", "https://a.example/1", HttpBlock("<p>one</p>")},
    {"request", "https://a.example/2", "GET / HTTP/1.1\r\n\r\n"},
    {"response", "https://a.example/3", HttpBlock("<p>three</p>")},
};

TEST(WarcReader, PlainGzipPerRecordAndWholeFileGzipReadAlike) {
  std::vector<std::string> plain = WarcRecords(kThree, false);
  std::vector<std::string> members = WarcRecords(kThree, true);
  for (const std::string& bytes : {Join(plain), Join(members), testing::Gzip(Join(plain))}) {
    auto records = ReadAll(testing::WriteTempFile("three.warc", bytes));
    ASSERT_EQ(records.size(), 3u);
    for (const auto& r : records) EXPECT_TRUE(r.status.ok()) << r.status.ToString();
    EXPECT_EQ(records[0].type, "response");
    EXPECT_EQ(records[0].target_uri, "https://a.example/1");
    EXPECT_EQ(records[0].record_id, "urn:uuid:rec-0");
    EXPECT_EQ(records[0].date, "2024-03-14T12:00:00Z");
    EXPECT_EQ(records[1].type, "request");
    EXPECT_NE(records[2].block.find("<p>three</p>"), std::string::npos);
  }
}

TEST(WarcReader, OffsetsAreWhereRecordsStart) {
  std::vector<std::string> members = WarcRecords(kThree, true);
  auto records = ReadAll(testing::WriteTempFile("offsets.warc.gz", Join(members)));
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0].offset, 0u);
  EXPECT_EQ(records[1].offset, members[0].size());
  EXPECT_EQ(records[2].offset, members[0].size() + members[1].size());
  std::vector<std::string> plain = WarcRecords(kThree, false);
  auto plain_records = ReadAll(testing::WriteTempFile("offsets.warc", Join(plain)));
  EXPECT_EQ(plain_records[1].offset, plain[0].size());
}

TEST(WarcReader, ClippedLastRecordIsAnError) {
  std::string bytes = Join(WarcRecords(kThree, false));
  auto records =
      ReadAll(testing::WriteTempFile("clipped.warc", bytes.substr(0, bytes.size() - 10)));
  ASSERT_EQ(records.size(), 3u);
  EXPECT_TRUE(records[1].status.ok());
  EXPECT_EQ(records[2].status.code(), StatusCode::kCorruptInput);
  EXPECT_NE(records[2].status.ToString().find("clipped"), std::string::npos);
}

TEST(WarcReader, WrongContentLengthLosesOnlyThatRecord) {
  std::vector<WarcEntry> entries = kThree;
  entries[0].content_length = static_cast<long long>(entries[0].block.size()) - 5;
  auto records =
      ReadAll(testing::WriteTempFile("wrong-length.warc", Join(WarcRecords(entries, false))));
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0].status.code(), StatusCode::kCorruptInput);
  EXPECT_TRUE(records[1].status.ok());
  EXPECT_TRUE(records[2].status.ok());
  EXPECT_EQ(records[2].target_uri, "https://a.example/3");
}

TEST(WarcReader, OnlyTheContentLengthFieldItselfGivesTheLength) {
  // Other fields whose names start with "Content-Length" (as some re-writing tools add) are not
  // the block's length.
  const std::string block = HttpBlock("<p>resized</p>");
  std::string record =
      "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://a.example/r\r\n"
      "Content-Length: " +
      std::to_string(block.size()) + "\r\nContent-Length-Original: 3\r\n\r\n" + block + "\r\n\r\n";
  std::vector<std::string> plain = WarcRecords(kThree, false);
  auto records = ReadAll(testing::WriteTempFile("length-like-field.warc", record + plain[2]));
  ASSERT_EQ(records.size(), 2u);
  EXPECT_TRUE(records[0].status.ok()) << records[0].status.ToString();
  EXPECT_EQ(records[0].block, block);
  EXPECT_TRUE(records[1].status.ok()) << records[1].status.ToString();
  EXPECT_EQ(records[1].target_uri, "https://a.example/3");
}

TEST(WarcReader, CorruptGzipMemberInTheMiddle) {
  std::vector<std::string> members = WarcRecords(kThree, true);
  std::string& bad = members[1];
  for (std::size_t i = bad.size() / 3; i < bad.size() / 3 + 12; ++i) bad[i] ^= 0x5A;
  auto records = ReadAll(testing::WriteTempFile("corrupt-member.warc.gz", Join(members)));
  ASSERT_GE(records.size(), 3u);
  EXPECT_TRUE(records.front().status.ok());
  bool saw_error = false;
  for (const auto& r : records) saw_error |= !r.status.ok();
  EXPECT_TRUE(saw_error);
  EXPECT_TRUE(records.back().status.ok());
  EXPECT_EQ(records.back().target_uri, "https://a.example/3");
}

TEST(WarcReader, OversizedRecordIsSkippedWithAnError) {
  std::vector<WarcEntry> entries = kThree;
  entries[0].block = HttpBlock(std::string(100000, 'x'));
  WarcReaderOptions options;
  options.max_record_bytes = 1000;
  auto records =
      ReadAll(testing::WriteTempFile("big.warc", Join(WarcRecords(entries, false))), options);
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0].status.code(), StatusCode::kLimitExceeded);
  EXPECT_TRUE(records[2].status.ok());
}

TEST(WarcReader, GarbageBetweenRecordsIsSkipped) {
  std::vector<std::string> plain = WarcRecords(kThree, false);
  std::string bytes = plain[0] + "garbage that is not a record\r\n" + plain[1] + plain[2];
  auto records = ReadAll(testing::WriteTempFile("garbage.warc", bytes));
  ASSERT_EQ(records.size(), 4u);
  EXPECT_FALSE(records[1].status.ok());
  EXPECT_TRUE(records[3].status.ok());
}

// Twelve responses, each with a body that names it.
std::vector<WarcEntry> Twelve() {
  std::vector<WarcEntry> entries;
  for (int i = 0; i < 12; ++i) {
    std::string n = std::to_string(i);
    entries.push_back({"response", "https://b.example/" + n,
                       HttpBlock("<p>page " + n + "</p>" + std::string(300, ' '))});
  }
  return entries;
}

// Every record but `bad` is read whole, in order, with its own URI.
void ExpectIntactBut(const std::vector<WarcRecord>& records, std::size_t bad) {
  ASSERT_EQ(records.size(), 12u);
  for (std::size_t i = 0; i < records.size(); ++i) {
    if (i == bad) {
      EXPECT_EQ(records[i].status.code(), StatusCode::kCorruptInput);
      continue;
    }
    EXPECT_TRUE(records[i].status.ok()) << i << ": " << records[i].status.ToString();
    EXPECT_EQ(records[i].target_uri, "https://b.example/" + std::to_string(i));
    EXPECT_NE(records[i].block.find("<p>page " + std::to_string(i) + "</p>"), std::string::npos);
  }
}

TEST(WarcReader, TooLongContentLengthInGzipMembersEndsAtTheMember) {
  std::vector<WarcEntry> entries = Twelve();
  entries[4].content_length = static_cast<long long>(entries[4].block.size()) + 5000;
  std::vector<std::string> members = WarcRecords(entries, true);
  auto records = ReadAll(testing::WriteTempFile("too-long-length.warc.gz", Join(members)));
  // The member boundary is the record's end: the record is read whole (its data is all there),
  // with a warning that its Content-Length lied, and every record after it is intact.
  ExpectIntactBut(records, 12);
  EXPECT_EQ(records[4].block, entries[4].block);
  EXPECT_NE(records[4].warning.find("longer than the record's gzip member"), std::string::npos);
  EXPECT_TRUE(records[3].warning.empty());
  EXPECT_EQ(records[5].offset,
            Join({members[0], members[1], members[2], members[3], members[4]}).size());
}

TEST(WarcReader, TooLongContentLengthUncompressedReadsOnAfterTheHeader) {
  std::vector<WarcEntry> entries = Twelve();
  entries[4].content_length = static_cast<long long>(entries[4].block.size()) + 5000;
  std::string plain = Join(WarcRecords(entries, false));
  // The next record's header inside the claimed block ends the record: it is read whole, with a
  // warning, and the next record is read from its header.
  for (auto records :
       {ReadAll(testing::WriteTempFile("too-long-length.warc", plain)),
        ReadAll(testing::WriteTempFile("too-long-length-whole.warc.gz", testing::Gzip(plain)))}) {
    ExpectIntactBut(records, 12);
    EXPECT_EQ(records[4].block, entries[4].block);
    EXPECT_NE(records[4].warning.find("into the next record's header"), std::string::npos);
  }
  // Too long past the end of the file: no header to stop at; the record is clipped, the rest read.
  entries = Twelve();
  entries[11].content_length = static_cast<long long>(entries[11].block.size()) + 5000;
  ExpectIntactBut(
      ReadAll(testing::WriteTempFile("too-long-last.warc", Join(WarcRecords(entries, false)))), 11);
}

TEST(WarcReader, RecordCutInTheMiddleLosesOnlyItself) {
  std::vector<std::string> plain = WarcRecords(Twelve(), false);
  plain[6].resize(plain[6].size() / 2 + 3);  // inside the block, not at a line start
  ExpectIntactBut(ReadAll(testing::WriteTempFile("cut-record.warc", Join(plain))), 6);
  ExpectIntactBut(
      ReadAll(testing::WriteTempFile("cut-record-whole.warc.gz", testing::Gzip(Join(plain)))), 6);
  // Cut inside its header, at a line end or mid-line: the next record's header follows.
  plain = WarcRecords(Twelve(), false);
  plain[6].resize(plain[6].find("Content-Length"));
  ExpectIntactBut(ReadAll(testing::WriteTempFile("cut-header.warc", Join(plain))), 6);
  plain = WarcRecords(Twelve(), false);
  plain[6].resize(plain[6].find("Content-Length") + 10);
  ExpectIntactBut(ReadAll(testing::WriteTempFile("cut-header-line.warc", Join(plain))), 6);
}

TEST(WarcReader, JunkBetweenGzipMembersIsARecordOfItsOwn) {
  std::vector<std::string> members = WarcRecords(Twelve(), true);
  std::string junk = "not gzip at all, \x1f but no header";
  members[7] = junk + members[7];
  auto records = ReadAll(testing::WriteTempFile("junk-between-members.warc.gz", Join(members)));
  ASSERT_EQ(records.size(), 13u);
  EXPECT_EQ(records[7].status.code(), StatusCode::kCorruptInput);
  EXPECT_NE(records[7].status.ToString().find("junk"), std::string::npos);
  EXPECT_EQ(records[7].offset, Join({members[0], members[1], members[2], members[3], members[4],
                                     members[5], members[6]})
                                   .size());
  records.erase(records.begin() + 7);
  ExpectIntactBut(records, 99);
}

TEST(WarcReader, WholeFileGzipRecordsHaveDistinctPositions) {
  std::vector<std::string> plain = WarcRecords(Twelve(), false);
  auto records = ReadAll(testing::WriteTempFile("whole.warc.gz", testing::Gzip(Join(plain))));
  ASSERT_EQ(records.size(), 12u);
  EXPECT_EQ(WarcRecordPosition(records[0]), "0");
  EXPECT_EQ(WarcRecordPosition(records[1]), "0+" + std::to_string(plain[0].size()));
  for (std::size_t i = 1; i < records.size(); ++i)
    EXPECT_GT(records[i].offset_in_member, records[i - 1].offset_in_member);
  // One member per record: the member's offset alone, as before.
  auto members =
      ReadAll(testing::WriteTempFile("members.warc.gz", Join(WarcRecords(Twelve(), true))));
  EXPECT_EQ(WarcRecordPosition(members[1]).find('+'), std::string::npos);
}

// Reads at most `limit` records: a reader that stops making progress fails the test, not hangs it.
std::vector<WarcRecord> ReadAtMost(const std::string& path, std::size_t limit) {
  auto reader = WarcReader::Open(path);
  EXPECT_TRUE(reader.ok());
  std::vector<WarcRecord> records;
  WarcRecord r;
  while (records.size() < limit && (*reader)->Next(&r)) records.push_back(r);
  return records;
}

TEST(WarcReader, JunkAfterAnEarlierErrorInTheSameGzipMemberIsReported) {
  // One gzip member for the whole file: every record has the member's offset (and its own
  // offset_in_member). A record with a bad Content-Length, then, five records on, a junk line: both
  // are reported. (The junk line was dropped unreported when it shared the gzip member offset of
  // the last error.)
  std::vector<std::string> plain = WarcRecords(Twelve(), false);
  std::size_t at = plain[2].find("Content-Length: ");
  ASSERT_NE(at, std::string::npos);
  plain[2].replace(at, plain[2].find("\r\n", at) - at, "Content-Length: many");
  plain[7] = "garbage that is not a record\r\n" + plain[7];
  for (const std::string& bytes : {Join(plain), testing::Gzip(Join(plain))}) {
    auto records = ReadAtMost(testing::WriteTempFile("junk-after-error.warc", bytes), 100);
    ASSERT_EQ(records.size(), 13u);
    EXPECT_NE(records[2].status.ToString().find("no valid Content-Length"), std::string::npos)
        << records[2].status.ToString();
    EXPECT_NE(records[7].status.ToString().find("no WARC record header"), std::string::npos)
        << records[7].status.ToString();
    records.erase(records.begin() + 7);
    ExpectIntactBut(records, 2);
  }
}

TEST(WarcReader, OverlongFirstLineIsSkippedOnce) {
  // A record whose version line runs on past the longest header line with no line break: reported
  // once, and reading moves on. (Resync used to stop at the line's own "WARC/1." again and again;
  // the reader recursed until the stack overflowed.)
  std::vector<std::string> plain = WarcRecords(Twelve(), false);
  std::string bytes = Join(plain) + "WARC/1.0" + std::string(100000, 'x');
  auto records = ReadAtMost(testing::WriteTempFile("overlong-line.warc", bytes), 100);
  ASSERT_EQ(records.size(), 13u);
  EXPECT_EQ(records[12].status.code(), StatusCode::kCorruptInput);
  records.pop_back();
  ExpectIntactBut(records, 99);
}

TEST(WarcReader, MissingFileIsNotFound) {
  auto reader = WarcReader::Open("/nonexistent/x.warc.gz");
  EXPECT_EQ(reader.status().code(), StatusCode::kNotFound);
}

TEST(HttpResponse, StatusCharsetAndChunkedBody) {
  auto r = ParseHttpResponse(
      "HTTP/1.1 200 OK\r\nContent-Type: text/HTML; Charset=\"ISO-8859-1\"\r\n"
      "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->content_type, "text/html");
  EXPECT_EQ(r->charset, "iso-8859-1");
  EXPECT_EQ(r->body, "hello world");
}

TEST(HttpResponse, ChunkedHeaderOnAnAlreadyDechunkedBody) {
  auto r = ParseHttpResponse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n<p>plain</p>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->body, "<p>plain</p>");
}

TEST(HttpResponse, NotHttp) { EXPECT_FALSE(ParseHttpResponse("<html>").ok()); }

}  // namespace
}  // namespace newsdesk
