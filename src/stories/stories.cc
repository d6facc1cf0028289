// GroupStories: articles -> terms -> near-duplicates folded -> clustering -> ranked stories.
#include "newsdesk/stories.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <unordered_map>

#include "stories/near_duplicates.h"
#include "stories/story_builder.h"
#include "util/hash.h"
#include "util/huge_pages.h"
#include "util/text_shape.h"
#include "util/url.h"

namespace newsdesk::stories {
namespace {

// Ranking weights (the formula is in newsdesk/stories.h): distinct outlets matter most (how many
// newsrooms thought it worth their own report), then today's articles (velocity); a copy shows
// reach, not reporting, so it counts a quarter; each quiet day halves the score.
constexpr double kOutletWeight = 2.0;
constexpr double kTodayWeight = 1.0;
constexpr double kCopyWeight = 0.25;
constexpr double kQuietDayFactor = 0.5;

// A story's title is the headline closest to its centre, but a short headline ("Google Glass",
// "A Heartbleed how-to") is close to any centre made of a few strong words and says little:
// headlines under kFullTitleWords words are marked down in proportion.
constexpr double kFullTitleWords = 7;

// Room made at once for the terms of each article (a headline and URL slug give about 10; more
// grows the array).
constexpr std::size_t kTermsPerArticle = 12;

float TitleFullness(std::string_view title) {
  return static_cast<float>(std::min(1.0, WordCount(title) / kFullTitleWords));
}

std::string StoryId(std::string_view first_article_id) {
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "s%016llx",
                static_cast<unsigned long long>(HashPair("story", first_article_id)));
  return buffer;
}

// Article ids -> their index in the input: open addressing over (hash, index) pairs, the ids
// compared where the articles hold them (std::unordered_map's node per id was 175,755 allocations
// on uci-dev).
class IdIndex {
 public:
  explicit IdIndex(const std::vector<StoryArticle>& articles) : articles_(articles) {
    std::size_t capacity = 16;
    while (capacity < 2 * articles.size()) capacity *= 2;
    ReserveHugePages(&entries_, capacity);  // probed at random
    entries_.assign(capacity, Entry{});
    mask_ = capacity - 1;
  }

  // Adds article `i` (at most articles.size() of them); false when one with its id is there.
  bool Add(uint32_t i) {
    uint64_t hash = HashPair(articles_[i].id, {});
    for (std::size_t k = hash & mask_;; k = (k + 1) & mask_) {
      Entry& e = entries_[k];
      if (e.hash == 0) {
        e = {hash, i};
        return true;
      }
      if (e.hash == hash && articles_[e.index].id == articles_[i].id) return false;
    }
  }

  // The index of the article with this id, or -1.
  int64_t Find(std::string_view id) const {
    uint64_t hash = HashPair(id, {});
    for (std::size_t k = hash & mask_;; k = (k + 1) & mask_) {
      const Entry& e = entries_[k];
      if (e.hash == 0) return -1;
      if (e.hash == hash && articles_[e.index].id == id) return e.index;
    }
  }

 private:
  struct Entry {
    uint64_t hash = 0;  // HashPair is never 0: 0 marks an empty entry
    uint32_t index = 0;
  };
  const std::vector<StoryArticle>& articles_;
  std::vector<Entry> entries_;
  std::size_t mask_ = 0;
};

// The articles in (day, id) order. The ids' first 16 bytes are compared as two big-endian numbers
// held in the sort keys (zero-padded, which orders as the bytes do), so that the sort reads the
// articles themselves only when those are equal.
std::vector<uint32_t> DayIdOrder(const std::vector<StoryArticle>& articles,
                                 const std::vector<int>& days) {
  struct Key {
    int day;
    uint32_t index;
    uint64_t prefix[2];
  };
  std::vector<Key> keys;
  ReserveHugePages(&keys, articles.size());  // sorted: moved about at random
  keys.resize(articles.size());
  for (uint32_t i = 0; i < keys.size(); ++i) {
    std::string_view id = articles[i].id;
    keys[i] = {days[i], i, {0, 0}};
    for (std::size_t b = 0; b < 16 && b < id.size(); ++b) {
      keys[i].prefix[b / 8] |= uint64_t{static_cast<unsigned char>(id[b])} << (56 - 8 * (b % 8));
    }
  }
  std::sort(keys.begin(), keys.end(), [&](const Key& x, const Key& y) {
    if (x.day != y.day) return x.day < y.day;
    if (x.prefix[0] != y.prefix[0]) return x.prefix[0] < y.prefix[0];
    if (x.prefix[1] != y.prefix[1]) return x.prefix[1] < y.prefix[1];
    return articles[x.index].id < articles[y.index].id;
  });
  std::vector<uint32_t> order(keys.size());
  for (std::size_t k = 0; k < keys.size(); ++k) order[k] = keys[k].index;
  return order;
}

// The near-duplicate original of each article (-1 for none), earliest first: an article is a copy
// of the earliest article (by day, then id) whose text it shares.
std::vector<int32_t> FindCopies(const std::vector<StoryArticle>& articles,
                                const std::vector<int>& days, const std::vector<uint32_t>& order) {
  std::vector<int32_t> copy_of(articles.size(), -1);
  NearDuplicateIndex index;
  for (uint32_t a : order) {
    Sketch sketch = SketchOf(articles[a].text);
    if (!sketch.usable) continue;
    auto found = index.Find(sketch);
    if (found.empty()) {
      index.Add(a, sketch);
      continue;
    }
    // The most similar indexed article; the index holds originals only, so chains do not form.
    int64_t original = found.front().first;
    if (articles[original].language == articles[a].language && days[original] <= days[a]) {
      copy_of[a] = static_cast<int32_t>(original);
    } else {
      index.Add(a, sketch);
    }
  }
  return copy_of;
}

// The clustering's input, article by article in (day, id) order: day, rank, language number, the
// copy link, the earlier story (a group number per given story id), and the terms, appended to
// `terms`, which the returned spans point into.
std::vector<ClusterArticle> ClusterInput(const std::vector<StoryArticle>& articles,
                                         const std::vector<int>& days,
                                         const std::vector<uint32_t>& order,
                                         const std::vector<int32_t>& copy_of,
                                         std::vector<TermWeight>* terms) {
  std::unordered_map<std::string_view, int32_t> groups;
  Vocabulary vocabulary;
  TermExtractor extractor;
  std::vector<ClusterArticle> input;
  ReserveHugePages(&input, articles.size());  // written in day order, not memory order
  input.resize(articles.size());
  ReserveHugePages(terms, articles.size() * kTermsPerArticle);
  std::vector<std::pair<std::size_t, std::size_t>> term_range(articles.size());
  std::unordered_map<std::string, uint32_t> languages;
  const std::string* last_language = nullptr;  // the last article's, and its number
  uint32_t language_number = UINT32_MAX;
  for (uint32_t rank = 0; rank < order.size(); ++rank) {
    // Day order is not the articles' order in memory: the fetches of the next articles' fields are
    // started ahead (their records two ahead, their headlines and URLs one ahead).
    if (rank + 2 < order.size()) __builtin_prefetch(&articles[order[rank + 2]]);
    if (rank + 1 < order.size()) {
      __builtin_prefetch(articles[order[rank + 1]].title.data());
      __builtin_prefetch(articles[order[rank + 1]].url.data());
    }
    uint32_t i = order[rank];
    const StoryArticle& a = articles[i];
    ClusterArticle& c = input[i];
    c.day = days[i];
    c.order = rank;
    if (language_number == UINT32_MAX || a.language != *last_language) {  // articles come in runs
      auto it = languages.try_emplace(a.language, static_cast<uint32_t>(languages.size())).first;
      last_language = &it->first;
      language_number = it->second;
    }
    c.language = language_number;
    c.copy_of = copy_of[i];
    if (!a.story.empty()) {
      c.fixed = groups.try_emplace(a.story, static_cast<int32_t>(groups.size())).first->second;
      c.copy_of = -1;  // an article already in a story stays in it, copy or not
    }
    std::string_view lead = a.description.empty() ? std::string_view(a.text) : a.description;
    std::size_t begin = terms->size();
    extractor.Extract({a.title, a.url, lead, a.language}, &vocabulary, terms);
    term_range[i] = {begin, terms->size() - begin};
  }
  for (std::size_t i = 0; i < input.size(); ++i) {
    input[i].terms =
        std::span<const TermWeight>(*terms).subspan(term_range[i].first, term_range[i].second);
  }
  return input;
}

}  // namespace

std::optional<int> DayNumber(std::string_view date) {
  if (date.size() < 10 || date[4] != '-' || date[7] != '-') return std::nullopt;
  auto digits = [&](std::size_t from, std::size_t n) -> int {
    int v = 0;
    for (std::size_t i = from; i < from + n; ++i) {
      if (date[i] < '0' || date[i] > '9') return -1;
      v = v * 10 + (date[i] - '0');
    }
    return v;
  };
  int y = digits(0, 4);
  int m = digits(5, 2);
  int d = digits(8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1) return std::nullopt;
  static constexpr int kMonthDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (d > kMonthDays[m - 1] || (m == 2 && d == 29 && !leap)) return std::nullopt;
  // Days from civil (proleptic Gregorian), after H. Hinnant's published algorithm.
  y -= m <= 2 ? 1 : 0;
  int era = (y >= 0 ? y : y - 399) / 400;
  int yoe = y - era * 400;
  int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::string DayString(int day) {
  int z = day + 719468;
  int era = (z >= 0 ? z : z - 146096) / 146097;
  int doe = z - era * 146097;
  int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int y = yoe + era * 400;
  int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int mp = (5 * doy + 2) / 153;
  int d = doy - (153 * mp + 2) / 5 + 1;
  int m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2 ? 1 : 0;
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", y, m, d);
  return buffer;
}

// Articles and terms grouped in one run at most: the clustering keeps article numbers and the
// positions of their terms (each article's vector and keys, at most twice its terms) in 32 bits.
constexpr std::size_t kMaxGroupedArticles = INT32_MAX;
constexpr std::size_t kMaxGroupedTerms = UINT32_MAX / 2;

Result<std::vector<Story>> GroupStoriesWith(const std::vector<StoryArticle>& articles,
                                            const StoriesOptions& options,
                                            const ClusterParams& params) {
  if (articles.size() > kMaxGroupedArticles) {  // the clustering's 32-bit offsets stay in range
    return Status::InvalidArgument(
        std::to_string(articles.size()) + " articles to group at once; at most " +
        std::to_string(kMaxGroupedArticles) + " (group them a part at a time: stories --db)");
  }
  // Ids and days.
  IdIndex by_id(articles);
  std::vector<int> days(articles.size(), 0);
  std::vector<bool> dated(articles.size(), false);
  int latest = 0;
  bool any_dated = false;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    const StoryArticle& a = articles[i];
    if (a.id.empty())
      return Status::InvalidArgument("article " + std::to_string(i + 1) + " has no id");
    if (!by_id.Add(static_cast<uint32_t>(i))) {
      return Status::InvalidArgument("two articles have the id \"" + a.id + "\"");
    }
    if (std::optional<int> day = DayNumber(a.date)) {
      days[i] = *day;
      dated[i] = true;
      latest = any_dated ? std::max(latest, *day) : *day;
      any_dated = true;
    }
  }
  // An undated article is taken as news of the latest day (a page fetched today without a date).
  for (std::size_t i = 0; i < articles.size(); ++i) {
    if (!dated[i]) days[i] = latest;
  }
  int as_of = latest;
  if (!options.date.empty()) {
    std::optional<int> day = DayNumber(options.date);
    if (!day || options.date.size() != 10) {
      return Status::InvalidArgument("date \"" + options.date + "\" is not YYYY-MM-DD");
    }
    as_of = *day;
  }
  // Input order never matters: everything below walks articles by (day, id).
  std::vector<uint32_t> order = DayIdOrder(articles, days);
  std::vector<int32_t> copy_of = FindCopies(articles, days, order);
  // Links given with the articles (the archive's) win over the ones found; each points at an
  // original (a chain of copies is followed to its start; a cycle is dropped).
  for (std::size_t i = 0; i < articles.size(); ++i) {
    if (articles[i].copy_of.empty()) continue;
    int64_t original = by_id.Find(articles[i].copy_of);
    if (original >= 0 && original != static_cast<int64_t>(i)) {
      copy_of[i] = static_cast<int32_t>(original);
    }
  }
  for (std::size_t i = 0; i < articles.size(); ++i) {
    int32_t original = copy_of[i];
    for (int step = 0; original >= 0 && copy_of[original] >= 0; ++step) {
      original = step < 64 ? copy_of[original] : -1;
      if (original == static_cast<int32_t>(i)) original = -1;
    }
    copy_of[i] = original;
  }
  // All articles' terms in one array (one allocation, not one per article), which the input's
  // spans point into.
  std::vector<TermWeight> terms;
  std::vector<ClusterArticle> input = ClusterInput(articles, days, order, copy_of, &terms);
  if (terms.size() > kMaxGroupedTerms) {  // 2 x: the clustering keeps each vector and its keys
    return Status::InvalidArgument(
        std::to_string(articles.size()) + " articles hold too many terms to group at once (" +
        std::to_string(terms.size()) + "); group them a part at a time (stories --db)");
  }
  Clustering clustering = ClusterArticles(input, params, options.progress);

  // Stories from the clustering, articles in (day, id) order.
  std::vector<Story> stories(clustering.stories);
  std::vector<int> first_day(clustering.stories, 0);
  std::vector<int> last_day(clustering.stories, 0);
  std::vector<int> today(clustering.stories, 0);
  std::vector<float> best_centrality(clustering.stories, -1);  // of the title so far
  std::vector<int> reporting(clustering.stories, 0);  // outlets with an article of their own
  for (uint32_t i : order) {
    uint32_t s = clustering.story[i];
    Story& story = stories[s];
    const StoryArticle& a = articles[i];
    if (story.articles.empty()) {
      story.id = StoryId(a.id);
      story.language = a.language;
      first_day[s] = days[i];
    }
    if (!a.story.empty()) story.id = a.story;  // an earlier story keeps its id
    story.articles.push_back(a.id);
    last_day[s] = days[i];
    if (days[i] == as_of) ++today[s];
    std::string host = a.sitename.empty() ? UrlHost(a.url) : std::string();
    std::string_view outlet = a.sitename.empty() ? std::string_view(host) : a.sitename;
    bool new_outlet = !outlet.empty() && std::find(story.outlets.begin(), story.outlets.end(),
                                                   outlet) == story.outlets.end();
    if (copy_of[i] >= 0) {
      ++story.copies;
    } else if (new_outlet) {
      ++reporting[s];
    }
    if (new_outlet) story.outlets.emplace_back(outlet);
    // The title's fullness is at most 1: a centrality not above the best so far cannot win.
    if (clustering.centrality[i] <= best_centrality[s] || a.title.empty()) continue;
    float title_score = clustering.centrality[i] * TitleFullness(a.title);
    if (title_score > best_centrality[s]) {
      best_centrality[s] = title_score;
      story.title = a.title;
    }
  }
  std::vector<Story> ranked;
  ranked.reserve(stories.size());
  for (uint32_t s = 0; s < stories.size(); ++s) {
    Story& story = stories[s];
    if (options.only_date && (first_day[s] > as_of || last_day[s] < as_of)) continue;
    if (options.only_date && today[s] == 0) continue;
    if (!options.language.empty() && story.language != options.language) continue;
    story.size = static_cast<int>(story.articles.size());
    story.first_seen = any_dated ? DayString(first_day[s]) : "";
    story.last_seen = any_dated ? DayString(last_day[s]) : "";
    int quiet_days = std::max(0, as_of - last_day[s]);
    story.score = StoryScore(static_cast<int>(reporting[s]), static_cast<int>(today[s]),
                             story.copies, quiet_days);
    ranked.push_back(std::move(story));
  }
  std::sort(ranked.begin(), ranked.end(), [](const Story& x, const Story& y) {
    if (x.score != y.score) return x.score > y.score;
    if (x.size != y.size) return x.size > y.size;
    return x.id < y.id;
  });
  if (options.top > 0 && ranked.size() > static_cast<std::size_t>(options.top)) {
    ranked.resize(static_cast<std::size_t>(options.top));
  }
  return ranked;
}

}  // namespace newsdesk::stories

namespace newsdesk {

Result<std::vector<Story>> GroupStories(const std::vector<StoryArticle>& articles,
                                        const StoriesOptions& options) {
  return stories::GroupStoriesWith(articles, options, stories::ClusterParams{});
}

double StoryScore(int outlets, int articles_on_day, int copies, int quiet_days) {
  return (stories::kOutletWeight * std::log2(1.0 + outlets) +
          stories::kTodayWeight * std::log2(1.0 + articles_on_day) +
          stories::kCopyWeight * copies) *
         std::pow(stories::kQuietDayFactor, std::max(0, quiet_days));
}

StoryArticle ToStoryArticle(std::string id, Article&& a) {
  StoryArticle s;
  s.id = std::move(id);
  s.title = std::move(a.title);
  s.text = std::move(a.text);
  s.description = std::move(a.description);
  s.url = a.url.empty() ? std::move(a.canonical_url) : std::move(a.url);
  s.sitename = std::move(a.sitename);
  s.date = std::move(a.date);
  s.language = std::move(a.language);
  return s;
}

}  // namespace newsdesk
