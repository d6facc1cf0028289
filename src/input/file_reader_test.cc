#include "input/file_reader.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace newsdesk {
namespace {

std::string GzipOf(const std::string& data) {
  z_stream zs{};
  deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, data.size()) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = data.size();
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = out.size();
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

TEST(FileReader, DocumentIdStripsCompressionThenType) {
  EXPECT_EQ(DocumentId("dir/at.Site_2024.html.gz"), "at.Site_2024");
  EXPECT_EQ(DocumentId("page.htm"), "page");
  EXPECT_EQ(DocumentId("notes.txt.gz"), "notes");
  EXPECT_EQ(DocumentId("plain"), "plain");
}

TEST(FileReader, GzipMembersAreInflatedInTurn) {
  std::string two = GzipOf("<p>one</p>") + GzipOf("<p>two</p>");
  Result<std::string> r = Gunzip(two, 1 << 20);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(*r, "<p>one</p><p>two</p>");
}

TEST(FileReader, TruncatedAndCorruptGzipAreErrors) {
  std::string gz = GzipOf(std::string(10000, 'x') + "tail");
  Result<std::string> cut = Gunzip(std::string_view(gz).substr(0, gz.size() / 2), 1 << 20);
  EXPECT_EQ(cut.status().code(), StatusCode::kCorruptInput);
  std::string bad = gz;
  bad[12] ^= 0x55;
  bad[13] ^= 0x55;
  Result<std::string> corrupt = Gunzip(bad, 1 << 20);
  EXPECT_FALSE(corrupt.ok());
}

TEST(FileReader, GzipBombStopsAtTheLimit) {
  std::string gz = GzipOf(std::string(8 << 20, '\0'));
  Result<std::string> r = Gunzip(gz, 1 << 20);
  EXPECT_EQ(r.status().code(), StatusCode::kLimitExceeded);
}

TEST(FileReader, MissingFileIsNotFound) {
  Result<std::string> r = ReadDocument("/nonexistent/file.html", 1 << 20);
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
}

TEST(FileReader, ReadsGzipFilesByMagicBytes) {
  auto path = std::filesystem::temp_directory_path() / "newsdesk_reader_test.html.gz";
  {
    std::ofstream f(path, std::ios::binary);
    f << GzipOf("<p>compressed page</p>");
  }
  Result<std::string> r = ReadDocument(path.string(), 1 << 20);
  std::filesystem::remove(path);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "<p>compressed page</p>");
}

}  // namespace
}  // namespace newsdesk
