#include "newsdesk/article_reader.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace newsdesk {
namespace {

class ArticleReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char dir[] = "/tmp/newsdesk-article-reader-XXXXXX";
    ASSERT_NE(mkdtemp(dir), nullptr);
    dir_ = dir;
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // `n` article lines of varied length.
  static std::string Lines(int n) {
    std::string out;
    for (int i = 0; i < n; ++i) {
      out += "{\"id\":\"a" + std::to_string(i) + "\",\"title\":\"Headline " +
             std::string(static_cast<std::size_t>(i % 97), 'x') + "\",\"text\":\"\"}\n";
    }
    return out;
  }

  // The estimates ReadArticleJsonl gives for the file at `path`, and the articles it reads.
  static std::vector<uint64_t> Estimates(const std::string& path, uint64_t* articles) {
    std::vector<uint64_t> estimates;
    ArticleReadOptions options;
    options.progress = false;
    options.expected_lines = [&](uint64_t lines) { estimates.push_back(lines); };
    ArticleReadCounts counts;
    Status st = ReadArticleJsonl(
        path, options, [](ArticleRecord&&) {}, &counts);
    EXPECT_TRUE(st.ok()) << st.ToString();
    *articles = counts.articles;
    return estimates;
  }

  static void WriteGzip(const std::string& path, const std::string& lines) {
    gzFile gz = gzopen(path.c_str(), "wb");
    gzwrite(gz, lines.data(), static_cast<unsigned>(lines.size()));
    gzclose(gz);
  }

  // Reads `path`: all `n` articles, and one estimate of the lines within a quarter of `n`.
  static void ExpectAllReadAndOneCloseEstimate(const std::string& path, uint64_t n) {
    uint64_t articles = 0;
    std::vector<uint64_t> estimates = Estimates(path, &articles);
    EXPECT_EQ(articles, n);
    ASSERT_EQ(estimates.size(), 1U);
    EXPECT_GT(estimates[0], n * 3 / 4);
    EXPECT_LT(estimates[0], n * 5 / 4);
  }

  std::string dir_;
};

TEST_F(ArticleReaderTest, EstimatesTheLinesOfAPlainFileOnce) {
  std::string path = dir_ + "/a.jsonl";
  std::FILE* f = std::fopen(path.c_str(), "w");
  std::fputs(Lines(30000).c_str(), f);
  std::fclose(f);
  ExpectAllReadAndOneCloseEstimate(path, 30000);
}

TEST_F(ArticleReaderTest, EstimatesTheLinesOfAGzipFileOnce) {
  std::string path = dir_ + "/a.jsonl.gz";
  WriteGzip(path, Lines(30000));
  ExpectAllReadAndOneCloseEstimate(path, 30000);
}

// A gzip file of one member larger than ByteSource's fast path for members (16 MB) is read whole
// (its trailer gives the size); every line comes back.
TEST_F(ArticleReaderTest, ReadsALargeOneMemberGzipFile) {
  std::string path = dir_ + "/big.jsonl.gz";
  std::string lines = Lines(200000);  // about 21 MB
  ASSERT_GT(lines.size(), std::size_t{16} << 20);
  WriteGzip(path, lines);
  ExpectAllReadAndOneCloseEstimate(path, 200000);
}

// Two members, the last one larger than the file: the file looks like one member, is not, and
// still reads whole. A file cut short gives the lines before the cut.
TEST_F(ArticleReaderTest, ReadsTwoMembersAndATruncatedFile) {
  std::string path = dir_ + "/two.jsonl.gz";
  std::string first = Lines(3000);
  std::string second = Lines(20000);
  for (const std::string* part : {&first, &second}) {
    gzFile gz = gzopen(path.c_str(), part == &first ? "wb" : "ab");
    gzwrite(gz, part->data(), static_cast<unsigned>(part->size()));
    gzclose(gz);
  }
  uint64_t articles = 0;
  Estimates(path, &articles);
  EXPECT_EQ(articles, 23000U);

  std::string cut = dir_ + "/cut.jsonl.gz";
  gzFile gz = gzopen(cut.c_str(), "wb");
  gzwrite(gz, second.data(), static_cast<unsigned>(second.size()));
  gzclose(gz);
  std::filesystem::resize_file(cut, std::filesystem::file_size(cut) / 2);
  ArticleReadOptions options;
  options.progress = false;
  ArticleReadCounts counts;
  Status st = ReadArticleJsonl(
      cut, options, [](ArticleRecord&&) {}, &counts);
  EXPECT_EQ(st.code(), StatusCode::kCorruptInput) << st.ToString();  // said, not silent
  EXPECT_GT(counts.articles, 5000U);  // the lines before the cut, as the streaming path gives them
  EXPECT_LT(counts.articles, 20000U);
  EXPECT_LE(counts.bad, 1U);  // the line the cut goes through
}

TEST_F(ArticleReaderTest, NoEstimateForAFewLines) {
  std::string path = dir_ + "/a.jsonl";
  std::FILE* f = std::fopen(path.c_str(), "w");
  std::fputs(Lines(1000).c_str(), f);
  std::fclose(f);
  uint64_t articles = 0;
  EXPECT_TRUE(Estimates(path, &articles).empty());
  EXPECT_EQ(articles, 1000U);
}

// A start that decodes far ahead of its lines (one article, 4,095 blank lines, then 15 MB of
// spaces in a member of a few KB) and a second member of 3 MB: the estimate stays within what the
// file can hold, not terabytes (the stories command reserves room for it: tests/cli_test.sh).
TEST_F(ArticleReaderTest, AnEstimateFromADeceptiveStartStaysBounded) {
  std::string path = dir_ + "/deceptive.jsonl.gz";
  std::string first = Lines(1) + std::string(4095, '\n') + std::string(std::size_t{15} << 20, ' ');
  std::string second;
  uint32_t x = 12345;
  for (std::size_t i = 0; i < (std::size_t{3} << 20); ++i) {  // hex digits that do not compress
    x = x * 1103515245U + 12345U;
    second.push_back("0123456789abcdef"[(x >> 16) & 15]);
  }
  WriteGzip(path, first);
  gzFile gz = gzopen(path.c_str(), "ab");
  gzwrite(gz, second.data(), static_cast<unsigned>(second.size()));
  gzclose(gz);
  uint64_t articles = 0;
  std::vector<uint64_t> estimates = Estimates(path, &articles);
  EXPECT_EQ(articles, 1U);
  ASSERT_EQ(estimates.size(), 1U);
  // No more than the file can hold: deflate decodes at most 1,032 bytes a byte, a line is 16+.
  EXPECT_LE(estimates[0], std::filesystem::file_size(path) * 1032 / 16);
}

}  // namespace
}  // namespace newsdesk
