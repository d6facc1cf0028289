#include "stories/near_duplicates.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <set>

#include "stories/near_duplicates_fixture.h"

namespace newsdesk::stories {
namespace {

using fixture::Article;
using fixture::Kind;

struct Sketched {
  Article article;
  Sketch sketch;
};

const std::vector<Sketched>& FixtureSet() {
  static const std::vector<Sketched> set = [] {
    std::vector<Sketched> out;
    for (Article& a : fixture::MakeFixtureSet()) {
      Sketch s = SketchOf(a.text);
      out.push_back({std::move(a), s});
    }
    return out;
  }();
  return set;
}

const Sketched& OriginalOf(int story) {
  for (const Sketched& s : FixtureSet()) {
    if (s.article.kind == Kind::kOriginal && s.article.story == story) return s;
  }
  std::abort();
}

// Every article of `kind` against its story's original: the resemblances, lowest first.
std::vector<double> ResemblancesToOriginal(Kind kind) {
  std::vector<double> out;
  for (const Sketched& s : FixtureSet()) {
    if (s.article.kind == kind)
      out.push_back(Resemblance(s.sketch, OriginalOf(s.article.story).sketch));
  }
  std::sort(out.begin(), out.end());
  return out;
}

void ExpectCopies(Kind kind) {
  std::vector<double> r = ResemblancesToOriginal(kind);
  ASSERT_FALSE(r.empty());
  std::printf("%-13s vs original: min %.3f  median %.3f  max %.3f\n", fixture::KindName(kind),
              r.front(), r[r.size() / 2], r.back());
  for (double x : r) EXPECT_TRUE(IsNearDuplicate(x)) << fixture::KindName(kind) << " " << x;
}

// A hard negative against every article of its story's group (the original and its copies).
void ExpectNotCopies(Kind kind) {
  double highest = 0;
  int count = 0;
  for (const Sketched& neg : FixtureSet()) {
    if (neg.article.kind != kind) continue;
    ++count;
    for (const Sketched& s : FixtureSet()) {
      if (s.article.group != neg.article.story) continue;
      double r = Resemblance(neg.sketch, s.sketch);
      highest = std::max(highest, r);
      EXPECT_FALSE(IsNearDuplicate(r))
          << fixture::KindName(kind) << " vs " << fixture::KindName(s.article.kind) << ": " << r;
    }
  }
  EXPECT_GT(count, 0);
  std::printf("%-13s vs its story's copies: highest %.3f (%d articles)\n", fixture::KindName(kind),
              highest, count);
}

TEST(NearDuplicates, NewHeadlineIsACopy) { ExpectCopies(Kind::kNewHeadline); }
TEST(NearDuplicates, AddedBoilerplateIsACopy) { ExpectCopies(Kind::kBoilerplate); }
TEST(NearDuplicates, CutEndingIsACopy) { ExpectCopies(Kind::kCutEnding); }
TEST(NearDuplicates, ReorderedParagraphsAreACopy) { ExpectCopies(Kind::kReordered); }
TEST(NearDuplicates, EditedWordsAreACopy) { ExpectCopies(Kind::kEditedWords); }
TEST(NearDuplicates, AllEditsTogetherAreACopy) { ExpectCopies(Kind::kCombined); }

TEST(NearDuplicates, OtherOutletsOwnArticleIsNotACopy) { ExpectNotCopies(Kind::kOwnArticle); }
TEST(NearDuplicates, FollowUpIsNotACopy) { ExpectNotCopies(Kind::kFollowUp); }
TEST(NearDuplicates, SameTemplateIsNotACopy) {
  ExpectNotCopies(Kind::kSameTemplate);
  // The templated originals (stories 0-3 earnings, 4-6 quakes, 7-9 results) among themselves.
  for (int a = 0; a < 10; ++a) {
    for (int b = a + 1; b < 10; ++b) {
      EXPECT_FALSE(IsNearDuplicate(Resemblance(OriginalOf(a).sketch, OriginalOf(b).sketch)))
          << a << " " << b;
    }
  }
}

struct PairCounts {
  int true_positives = 0, false_positives = 0, false_negatives = 0;
  double Precision() const {
    return true_positives / std::max(1.0, 1.0 * (true_positives + false_positives));
  }
  double Recall() const {
    return true_positives / std::max(1.0, 1.0 * (true_positives + false_negatives));
  }
};

// The articles arrive in a shuffled order; each is looked up in the index of the earlier ones,
// then added. A pair (earlier, later) is a near-duplicate when both have the same group.
PairCounts StreamPairs(uint64_t seed) {
  std::vector<Sketched> order = FixtureSet();
  std::vector<Article> articles;
  for (const Sketched& s : order) articles.push_back(s.article);
  fixture::Shuffle(&articles, seed);
  PairCounts counts;
  NearDuplicateIndex index;
  std::vector<int> group_of;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    Sketch sketch = SketchOf(articles[i].text);
    std::set<int64_t> found;
    for (const auto& [id, r] : index.Find(sketch)) found.insert(id);
    for (std::size_t j = 0; j < i; ++j) {
      bool truth = group_of[j] == articles[i].group;
      bool said = found.count(static_cast<int64_t>(j)) > 0;
      counts.true_positives += truth && said;
      counts.false_positives += !truth && said;
      counts.false_negatives += truth && !said;
      if (truth != said) {
        std::printf("  %s: %s (story %d) vs earlier article %zu\n",
                    said ? "false positive" : "missed", fixture::KindName(articles[i].kind),
                    articles[i].story, j);
      }
    }
    index.Add(static_cast<int64_t>(i), sketch);
    group_of.push_back(articles[i].group);
  }
  return counts;
}

TEST(NearDuplicates, PrecisionAndRecallOnTheFixtureSet) {
  PairCounts total;
  for (uint64_t seed : {1, 2, 3}) {
    PairCounts c = StreamPairs(seed);
    total.true_positives += c.true_positives;
    total.false_positives += c.false_positives;
    total.false_negatives += c.false_negatives;
  }
  std::printf(
      "near-duplicate pairs over %zu articles, 3 arrival orders: P %.4f R %.4f (TP %d FP %d FN "
      "%d)\n",
      FixtureSet().size(), total.Precision(), total.Recall(), total.true_positives,
      total.false_positives, total.false_negatives);
  EXPECT_GE(total.Precision(), 0.98);
  EXPECT_GE(total.Recall(), 0.95);
}

// The exact Jaccard similarity of two shingle sets.
double Jaccard(std::vector<uint64_t> a, std::vector<uint64_t> b) {
  std::sort(a.begin(), a.end());
  a.erase(std::unique(a.begin(), a.end()), a.end());
  std::sort(b.begin(), b.end());
  b.erase(std::unique(b.begin(), b.end()), b.end());
  std::vector<uint64_t> common;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(common));
  std::size_t all = a.size() + b.size() - common.size();
  return all == 0 ? 0.0 : static_cast<double>(common.size()) / static_cast<double>(all);
}

// How the shingle size was chosen: the exact Jaccard similarity of the lowest copy pair and of
// the highest non-copy pair, per shingle size; the gap between them is where a threshold can go.
TEST(NearDuplicates, ShingleSizeSweep) {
  const std::vector<Sketched>& set = FixtureSet();
  for (int words : {2, 3, 4, 5, 6}) {
    std::vector<std::vector<uint64_t>> shingles;
    for (const Sketched& s : set)
      shingles.push_back(internal::ShingleHashes(s.article.text, words));
    double lowest_copy = 1, highest_other = 0;
    std::vector<double> copies, others;
    for (std::size_t i = 0; i < set.size(); ++i) {
      for (std::size_t j = i + 1; j < set.size(); ++j) {
        double jac = Jaccard(shingles[i], shingles[j]);
        if (set[i].article.group == set[j].article.group) {
          lowest_copy = std::min(lowest_copy, jac);
          copies.push_back(jac);
        } else {
          highest_other = std::max(highest_other, jac);
          if (jac > 0.1) others.push_back(jac);
        }
      }
    }
    std::printf(
        "shingles of %d words: lowest copy pair %.3f, highest other pair %.3f; pairs missed / "
        "wrongly taken at",
        words, lowest_copy, highest_other);
    for (double t : {0.2, 0.25, 0.3, 0.35, 0.4, 0.45}) {
      auto below = std::count_if(copies.begin(), copies.end(), [&](double x) { return x < t; });
      auto above = std::count_if(others.begin(), others.end(), [&](double x) { return x >= t; });
      std::printf(" %.2f: %ld/%ld", t, static_cast<long>(below), static_cast<long>(above));
    }
    std::printf(" (of %zu copy pairs)\n", copies.size());
  }
}

TEST(NearDuplicates, FoldsCaseDiacriticsAndPunctuation) {
  EXPECT_EQ(internal::ShingleHashes("Café Zürich, ÉCOLE Łódź!", 1),
            internal::ShingleHashes("cafe zurich ecole lodz", 1));
  EXPECT_EQ(internal::ShingleHashes("МОСКВА Ёлка", 1), internal::ShingleHashes("москва елка", 1));
  EXPECT_EQ(internal::ShingleHashes("“Don’t” — the AP's 1,250.5 cars", 1),
            internal::ShingleHashes("dont the aps 12505 cars", 1));
  EXPECT_EQ(internal::ShingleHashes("新闻", 1).size(), 2u);  // a Chinese character is a word
  EXPECT_EQ(internal::ShingleHashes("one two three four five", 4).size(), 2u);
  EXPECT_NE(internal::ShingleHashes("one two", 1), internal::ShingleHashes("two one", 1));
}

std::string LongText() { return OriginalOf(12).article.text; }

TEST(NearDuplicates, SketchesAreDeterministic) {
  Sketch a = SketchOf(LongText()), b = SketchOf(LongText());
  ASSERT_TRUE(a.usable);
  EXPECT_EQ(a.values, b.values);
  EXPECT_EQ(Resemblance(a, b), 1.0);
  // Pinned: a change to the folding, the hashing or the parameters changes these values, and
  // then stored sketches are stale (bump kSketchVersion).
  Sketch pinned = SketchOf(
      "The quick brown fox jumps over the lazy dog near the river bank while the farmer watches "
      "from the old wooden gate and the children play in the long grass of the meadow behind the "
      "red barn all afternoon, until their mother calls them in for supper and the first stars "
      "come out over the hills beyond the village.");
  ASSERT_TRUE(pinned.usable);
  EXPECT_EQ(pinned.values[0], 95473393u);
  EXPECT_EQ(pinned.values[Sketch::kHashes - 1], 4555383u);
}

TEST(NearDuplicates, ShortTextsAreUnusable) {
  EXPECT_FALSE(SketchOf("").usable);  // a headline-only article
  EXPECT_FALSE(SketchOf("Subscribe to continue reading. Already a subscriber? Log in.").usable);
  EXPECT_FALSE(SketchOf("... — !!! ,,, 。").usable);
  Sketch unusable = SketchOf("");
  Sketch usable = SketchOf(LongText());
  EXPECT_EQ(Resemblance(unusable, unusable), 0.0);
  EXPECT_EQ(Resemblance(unusable, usable), 0.0);
  NearDuplicateIndex index;
  index.Add(1, unusable);
  EXPECT_EQ(index.size(), 0u);
  index.Add(2, usable);
  EXPECT_TRUE(index.Find(unusable).empty());
  EXPECT_EQ(index.Find(usable).size(), 1u);
}

TEST(NearDuplicates, EncodeDecodeRoundTrip) {
  Sketch s = SketchOf(LongText());
  std::string bytes = EncodeSketch(s);
  EXPECT_EQ(bytes.size(), 2u + 4u * Sketch::kHashes);
  std::optional<Sketch> back = DecodeSketch(bytes);
  ASSERT_TRUE(back.has_value());
  EXPECT_TRUE(back->usable);
  EXPECT_EQ(back->values, s.values);
  // Little-endian: the first value's low byte comes first.
  EXPECT_EQ(static_cast<unsigned char>(bytes[2]), s.values[0] & 0xFF);
  std::optional<Sketch> empty = DecodeSketch(EncodeSketch(Sketch{}));
  ASSERT_TRUE(empty.has_value());
  EXPECT_FALSE(empty->usable);
}

TEST(NearDuplicates, DecodeRejectsWhatIsNotASketch) {
  std::string bytes = EncodeSketch(SketchOf(LongText()));
  EXPECT_FALSE(DecodeSketch("").has_value());
  EXPECT_FALSE(DecodeSketch(bytes.substr(0, bytes.size() - 1)).has_value());
  EXPECT_FALSE(DecodeSketch(bytes + "x").has_value());
  std::string other_version = bytes;
  other_version[0] = static_cast<char>(other_version[0] + 1);
  EXPECT_FALSE(DecodeSketch(other_version).has_value());
  std::string bad_flag = bytes;
  bad_flag[1] = 7;
  EXPECT_FALSE(DecodeSketch(bad_flag).has_value());
  std::string unusable_with_values = bytes;
  unusable_with_values[1] = 0;
  EXPECT_FALSE(DecodeSketch(unusable_with_values).has_value());
}

TEST(NearDuplicates, IndexFindsMostSimilarFirstAndReplacesOnReAdd) {
  const Sketched& original = OriginalOf(15);
  NearDuplicateIndex index;
  for (const Sketched& s : FixtureSet()) {
    if (s.article.group == 15 && s.article.kind != Kind::kOriginal)
      index.Add(static_cast<int64_t>(s.article.kind), s.sketch);
  }
  std::vector<std::pair<int64_t, double>> found = index.Find(original.sketch);
  ASSERT_EQ(found.size(), 6u);
  for (std::size_t i = 1; i < found.size(); ++i) EXPECT_GE(found[i - 1].second, found[i].second);
  EXPECT_GE(found[0].second, 0.9);
  // Re-adding an id replaces its sketch; an unusable sketch removes it.
  index.Add(static_cast<int64_t>(Kind::kReordered), OriginalOf(30).sketch);
  EXPECT_EQ(index.Find(original.sketch).size(), 5u);
  index.Add(static_cast<int64_t>(Kind::kBoilerplate), Sketch{});
  EXPECT_EQ(index.Find(original.sketch).size(), 4u);
  EXPECT_EQ(index.size(), 5u);
  NearDuplicateIndex moved = std::move(index);
  EXPECT_EQ(moved.Find(original.sketch).size(), 4u);
}

TEST(NearDuplicates, SketchSpeed) {
  const std::vector<Sketched>& set = FixtureSet();
  auto start = std::chrono::steady_clock::now();
  std::size_t usable = 0;
  for (int round = 0; round < 5; ++round) {
    for (const Sketched& s : set) usable += SketchOf(s.article.text).usable;
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%zu sketches in %.3f s: %.0f sketches/s\n", 5 * set.size(), seconds,
              5 * set.size() / seconds);
  EXPECT_EQ(usable, 5 * set.size());
}

}  // namespace
}  // namespace newsdesk::stories
