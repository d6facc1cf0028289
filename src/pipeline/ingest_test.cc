#include "pipeline/ingest.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <map>
#include <set>

#include "pipeline/line_reader.h"
#include "stories/near_duplicates_fixture.h"

namespace newsdesk {
namespace {

class IngestTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char dir[] = "/tmp/newsdesk-ingest-XXXXXX";
    ASSERT_NE(mkdtemp(dir), nullptr);
    dir_ = dir;
    auto s = Store::Open(dir_ + "/news.db");
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(s.value());
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }
  // id -> duplicate_of (0 for originals), read from the file.
  std::map<int64_t, int64_t> Links() {
    std::map<int64_t, int64_t> links;
    sqlite3* db = nullptr;
    sqlite3_open((dir_ + "/news.db").c_str(), &db);
    sqlite3_stmt* s = nullptr;
    sqlite3_prepare_v2(db, "SELECT id, coalesce(duplicate_of, 0) FROM articles", -1, &s, nullptr);
    while (sqlite3_step(s) == SQLITE_ROW)
      links[sqlite3_column_int64(s, 0)] = sqlite3_column_int64(s, 1);
    sqlite3_finalize(s);
    sqlite3_close(db);
    return links;
  }
  std::string dir_;
  std::unique_ptr<Store> store_;
};

ArticleRecord Record(std::string url, std::string title, std::string text, std::string date) {
  ArticleRecord r;
  r.article.url = std::move(url);
  r.article.title = std::move(title);
  r.article.text = std::move(text);
  r.article.date = std::move(date);
  return r;
}

TEST(LooksLikeArticleJsonlTest, ByContent) {
  EXPECT_TRUE(LooksLikeArticleJsonl("{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\"}\n"));
  EXPECT_TRUE(LooksLikeArticleJsonl("\n  {\"id\":\"a\",\"text\":\"cut by the peek"));
  EXPECT_FALSE(LooksLikeArticleJsonl("<!doctype html><html>"));
  EXPECT_FALSE(LooksLikeArticleJsonl("WARC/1.0\r\n"));
  EXPECT_FALSE(LooksLikeArticleJsonl("{not json}\n"));
  EXPECT_FALSE(LooksLikeArticleJsonl("Plain text {\"a\":1}\n"));
  EXPECT_FALSE(LooksLikeArticleJsonl(""));
}

TEST_F(IngestTest, JsonlTwiceChangesNothing) {
  std::string path = dir_ + "/in.jsonl";
  std::FILE* f = std::fopen(path.c_str(), "w");
  std::fputs("{\"id\":\"1\",\"url\":\"https://a.example/1\",\"title\":\"One\",\"text\":\"x\"}\n",
             f);
  std::fputs("{\"id\":\"2\",\"skipped\":\"not HTML\"}\n", f);
  std::fputs("{\"id\":\"3\",\"error\":\"io error\"}\n", f);
  std::fputs("not json\n\n", f);
  std::fputs("{\"id\":\"4\",\"url\":\"https://a.example/4\",\"title\":\"Four\",\"text\":\"y\"}", f);
  std::fclose(f);
  IngestOptions options;
  options.progress = false;
  auto first = Ingest(store_.get(), {path, dir_ + "/missing.jsonl"}, options);
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_EQ(first->articles, 2u);
  EXPECT_EQ(first->added, 2u);
  EXPECT_EQ(first->skipped, 1u);
  EXPECT_EQ(first->failed, 3u);  // the error line, the line that is not JSON, the missing file
  auto second = Ingest(store_.get(), {path}, options);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->added, 0u);
  EXPECT_EQ(second->unchanged, 2u);
  EXPECT_EQ(store_->Counts()->articles, 2);
}

TEST_F(IngestTest, TransactionsOfBatchRows) {
  IngestOptions options;
  options.rows_per_transaction = 3;
  options.progress = false;
  Ingester ingester(store_.get(), options);
  ASSERT_TRUE(ingester.Start().ok());
  for (int i = 0; i < 7; ++i) {
    std::string n = std::to_string(i);
    ASSERT_TRUE(ingester.Add(Record("https://a.example/" + n, "T" + n, "x" + n, "")).ok());
  }
  // Two batches of 3 are committed; the seventh waits for Finish. Abort drops only it.
  ingester.Abort();
  EXPECT_EQ(store_->Counts()->articles, 6);
}

// The near-duplicate fixture set (stories/near_duplicates_fixture.h) through the ingest path,
// shuffled: every copy must end linked to its group's original (the earliest-dated article,
// whatever the order of arrival), and no hard negative linked to anything.
TEST_F(IngestTest, NearDuplicateLinksOnTheFixtureSet) {
  std::vector<stories::fixture::Article> set = stories::fixture::MakeFixtureSet();
  stories::fixture::Shuffle(&set, 42);
  IngestOptions options;
  options.progress = false;
  Ingester ingester(store_.get(), options);
  ASSERT_TRUE(ingester.Start().ok());
  std::map<int64_t, const stories::fixture::Article*> by_id;
  for (std::size_t i = 0; i < set.size(); ++i) {
    const auto& a = set[i];
    bool original = a.kind == stories::fixture::Kind::kOriginal;
    std::string url = "https://" + a.outlet + "/" + std::to_string(i);
    ASSERT_TRUE(
        ingester.Add(Record(url, a.title, a.text, original ? "2024-05-01" : "2024-05-02")).ok());
    by_id[static_cast<int64_t>(by_id.size() + 1)] = &a;
  }
  ASSERT_TRUE(ingester.Finish().ok());
  std::map<int64_t, int64_t> links = Links();
  ASSERT_EQ(links.size(), set.size());
  // Pairs: predicted = same original; true = same group.
  auto root = [&](int64_t id) { return links[id] ? links[id] : id; };
  int64_t tp = 0, fp = 0, fn = 0;
  for (auto [a, fa] : by_id) {
    for (auto [b, fb] : by_id) {
      if (b <= a) continue;
      bool predicted = root(a) == root(b);
      bool truth = fa->group == fb->group;
      tp += predicted && truth;
      fp += predicted && !truth;
      fn += !predicted && truth;
    }
  }
  double precision = tp + fp ? double(tp) / (tp + fp) : 1.0;
  double recall = tp + fn ? double(tp) / (tp + fn) : 1.0;
  std::printf(
      "ingest near-duplicates on the fixture set (%zu articles): precision %.3f recall "
      "%.3f (copy pairs)\n",
      set.size(), precision, recall);
  EXPECT_GE(precision, 0.98);
  EXPECT_GE(recall, 0.95);
  // Originals are the roots: no original is linked to anything.
  int originals_linked = 0;
  for (auto [id, a] : by_id) {
    if (a->kind == stories::fixture::Kind::kOriginal && links[id] != 0) ++originals_linked;
  }
  EXPECT_EQ(originals_linked, 0);
  EXPECT_EQ(ingester.summary().duplicates, static_cast<uint64_t>(store_->Counts()->duplicates));

  // A second run over a reopened store loads the sketches and links a new copy at once.
  store_.reset();
  store_ = std::move(Store::Open(dir_ + "/news.db").value());
  Ingester again(store_.get(), options);
  ASSERT_TRUE(again.Start().ok());
  const auto* original = by_id.begin()->second;
  ASSERT_TRUE(again
                  .Add(Record("https://late.example/copy", "Late copy",
                              "Advertisement\n\n" + original->text, "2024-05-03"))
                  .ok());
  ASSERT_TRUE(again.Finish().ok());
  EXPECT_EQ(again.summary().duplicates, 1u);
}

}  // namespace
}  // namespace newsdesk
