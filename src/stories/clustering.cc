// Story clustering: online centroid clustering over days, with a k-means step and merges per day.
// See clustering.h.
#include "stories/clustering.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <numeric>
#include <span>
#include <unordered_map>

#include "stories/term_slots.h"
#include "util/huge_pages.h"

namespace newsdesk::stories {
namespace {

// Fewer articles than this in a window (a small language, a first run) are counted as this many
// for IDF: with two articles, the words they share would otherwise weigh least of all, and the
// two reports of one event would not meet.
constexpr double kMinIdfDocs = 20;

// A story's centroid is the sum of its members' vectors, kept as parallel arrays (term, weight) in
// the order the terms came (a slot is never moved or reused for another term), with a term -> slot
// map that holds a copy of each weight for the cosines.
struct Story {
  TermSlots slot;  // term -> index into terms/weights, and the weight
  std::vector<uint32_t> terms;
  std::vector<float> weights;
  // Where each slot's posting sits in its term's list (parallel to terms), while `indexed`.
  std::vector<uint32_t> posting_at;
  double norm2 = 0;  // |sum|^2
  int size = 0;
  int last_day = 0;
  int merged_into = -1;  // >= 0 once merged away
  bool fixed = false;    // an earlier story: keeps its articles and is never merged away
  bool indexed = true;   // its terms are in the postings (false once closed or merged away)
};

using Vector = std::vector<TermWeight>;
using Terms = std::span<const TermWeight>;

// What the candidate scan reads and writes of each story, packed apart from the rest so that the
// scan's one random access per posting touches one small record: the scan that last touched it,
// its partial dot product in that scan, and |sum| (at least 1e-6), kept by SyncHot.
struct Hot {
  uint32_t stamp = 0;
  float partial = 0;
  double norm = 0;
};

// What FindBest looks for: a unit vector, its key terms (the ones candidates are found by) with
// their weights, and |v| over its other terms (the most those add to a cosine: Cauchy-Schwarz).
// With `self` >= 0, `v` is a member of story `self`, which is scored without it: by `self_dot`
// (v . sum), `self_keys` (the keys' share of it) and `self_norm2` (|v|^2), as
// |sum - v|^2 = |sum|^2 - 2 v.sum + |v|^2.
struct Query {
  Terms v;
  Terms keys;
  float rest = 0;
  int exclude = -1;
  int self = -1;
  double self_dot = 0;
  double self_norm2 = 0;
  float self_keys = 0;
};

// Slack on the bound FindBest stops at: the partial sums run in float, over key weights that are
// the vector's rounded once more.
constexpr double kBoundSlack = 1e-4;

// A story holding a term, with the story's weight of it (a copy of Story::weights[slot], kept in
// step by AddWeight, so that the scan reads the weight where it reads the posting). Only open
// stories are in the lists: a story's postings are dropped when it closes or is merged away, and
// the order of a list does not matter (a story's partial sum runs in the order of the keys).
struct Posting {
  uint32_t story;
  float weight;
};

// Candidates whose partial similarity (over the article's key terms) is among the best this many
// get their full cosine computed.
constexpr std::size_t kFullScores = 8;

class Clusterer {
 public:
  Clusterer(const std::vector<ClusterArticle>& articles, const ClusterParams& params,
            const std::function<void(int, int)>& progress)
      : articles_(articles), params_(params), progress_(progress) {}

  Clustering Run();

 private:
  void BuildVectors(const std::vector<uint32_t>& order);
  // The most similar open story for `query` and the cosine, when that cosine is at least `floor`;
  // else any story below it, or -1. The open stories are those of the day CloseStories was last
  // called for.
  std::pair<int, double> FindBest(const Query& query, double floor);
  double Dot(Terms v, const Story& story) const;
  double Cosine(Terms v, const Story& story) const;
  // Article `a`'s TF-IDF vector (unit length), and its candidate terms with their weights.
  Terms VectorOf(uint32_t a) const { return Slice(vectors_[a].begin, vectors_[a].size); }
  Terms KeysOf(uint32_t a) const { return Slice(vectors_[a].keys, vectors_[a].key_count); }
  Query QueryOf(uint32_t a) const { return {VectorOf(a), KeysOf(a), vectors_[a].rest}; }
  // Article `a`, in story `s`, placed again against the other stories and `s` without it: moved
  // when another story is more similar (and similar enough).
  void Replace(uint32_t a, int s);
  // The candidates' scores, best kept first; ties: the lower story number.
  std::pair<int, double> BestOf(const Query& query, std::span<const std::pair<float, uint32_t>> top,
                                double floor) const;
  Terms Slice(uint32_t begin, uint32_t size) const { return Terms(terms_.data() + begin, size); }
  void AddWeight(int s, uint32_t term, float w);
  void SyncHot(int s) { hot_[s].norm = std::sqrt(std::max(stories_[s].norm2, 1e-12)); }
  // Drops the postings of story `s` (closed, or merged away).
  void Unindex(int s);
  // Drops the postings of the stories no longer open on `day`.
  void CloseStories(int day);
  void Add(uint32_t a, int s);
  void Remove(uint32_t a, int s);
  int NewStory(uint32_t a);
  void MergeDay(const std::vector<uint32_t>& day_articles);
  int Root(int s);

  const std::vector<ClusterArticle>& articles_;
  const ClusterParams& params_;
  const std::function<void(int, int)>& progress_;
  // Where each article's vector and keys are in terms_ (all articles' in one array: one
  // allocation, read in day order as they were written).
  struct Place {
    uint32_t begin = 0;
    uint32_t size = 0;
    uint32_t keys = 0;
    uint32_t key_count = 0;
    float rest = 0;  // |v| outside the keys
  };
  std::vector<Place> vectors_;
  std::vector<TermWeight> terms_;
  std::vector<std::vector<Posting>> postings_;  // term -> the open stories holding it
  std::vector<uint32_t> touched_;               // FindBest's scratch: the stories its scan touched
  std::vector<float> ratio_;                    // and their partial / |sum|
  std::vector<Story> stories_;
  std::vector<Hot> hot_;        // per story: FindBest's scratch and |sum| (SyncHot)
  std::vector<uint32_t> open_;  // the stories in the postings
  std::vector<int> assign_;
  uint32_t stamp_ = 0;
};

void Clusterer::BuildVectors(const std::vector<uint32_t>& order) {
  uint32_t max_term = 0;
  uint32_t max_language = 0;
  for (const ClusterArticle& a : articles_) {
    for (const TermWeight& t : a.terms) max_term = std::max(max_term, t.term + 1);
    max_language = std::max(max_language, a.language + 1);
  }
  // Document frequencies over a sliding window of days (`order` is by day): the window holds the
  // article's day and the idf_days - 1 days before it. A copy is its original's text: not counted.
  std::vector<uint32_t> df(max_term, 0);
  std::vector<uint32_t> docs(max_language, 0);
  auto count = [&](uint32_t a, int sign) {
    if (articles_[a].copy_of >= 0) return;
    docs[articles_[a].language] += sign;
    for (const TermWeight& t : articles_[a].terms) df[t.term] += sign;
  };
  vectors_.resize(articles_.size());
  std::size_t room = 0;  // for the vectors, and the keys (at most candidate_terms of the terms)
  for (const ClusterArticle& a : articles_) {
    room += a.terms.size() + std::min<std::size_t>(a.terms.size(), params_.candidate_terms);
  }
  ReserveHugePages(&terms_, room);  // read at random, article by article
  std::size_t window_start = 0;
  std::size_t i = 0;
  std::vector<std::pair<float, uint32_t>> candidates;
  while (i < order.size()) {
    int day = articles_[order[i]].day;
    std::size_t day_end = i;
    while (day_end < order.size() && articles_[order[day_end]].day == day)
      count(order[day_end++], 1);
    while (articles_[order[window_start]].day <= day - params_.idf_days)
      count(order[window_start++], -1);
    for (; i < day_end; ++i) {
      uint32_t a = order[i];
      double n = std::max<double>(docs[articles_[a].language], kMinIdfDocs);
      Place& place = vectors_[a];
      place.begin = static_cast<uint32_t>(terms_.size());
      candidates.clear();
      double norm2 = 0;
      for (const TermWeight& t : articles_[a].terms) {
        double f = std::max<double>(1, df[t.term]);
        float w = t.weight * static_cast<float>(std::log((n + 1) / f));
        if (w <= 0) continue;
        terms_.push_back({t.term, w});
        norm2 += static_cast<double>(w) * w;
        if (f > 1 && f <= std::max(2.0, params_.key_share * n)) candidates.push_back({w, t.term});
      }
      place.size = static_cast<uint32_t>(terms_.size() - place.begin);
      if (norm2 > 0) {
        float inv = static_cast<float>(1 / std::sqrt(norm2));
        for (std::size_t t = place.begin; t < terms_.size(); ++t) terms_[t].weight *= inv;
      }
      std::sort(candidates.begin(), candidates.end(), [](auto x, auto y) {
        return x.first > y.first || (x.first == y.first && x.second < y.second);
      });
      double unit2 = 0;  // |v|^2 after rounding
      for (std::size_t t = place.begin; t < terms_.size(); ++t) {
        unit2 += static_cast<double>(terms_[t].weight) * terms_[t].weight;
      }
      place.keys = static_cast<uint32_t>(terms_.size());
      double keys2 = 0;
      for (const auto& c : candidates) {
        if (place.key_count >= static_cast<std::size_t>(params_.candidate_terms)) break;
        terms_.push_back({c.second, c.first / static_cast<float>(std::sqrt(norm2))});
        keys2 += static_cast<double>(terms_.back().weight) * terms_.back().weight;
        ++place.key_count;
      }
      place.rest = static_cast<float>(std::sqrt(std::max(0.0, unit2 - keys2)));
    }
  }
  postings_.assign(max_term, {});
}

int Clusterer::Root(int s) {
  while (stories_[s].merged_into >= 0) s = stories_[s].merged_into;
  return s;
}

double Clusterer::Dot(Terms v, const Story& story) const {
  double dot = 0;
  // A term the story lacks adds +0.0 (weights are positive), which leaves the sum as it was.
  for (const TermWeight& t : v) dot += static_cast<double>(t.weight) * story.slot.WeightOf(t.term);
  return dot;
}

double Clusterer::Cosine(Terms v, const Story& story) const {
  if (story.norm2 <= 0) return 0;
  return Dot(v, story) / std::sqrt(story.norm2);
}

std::pair<int, double> Clusterer::FindBest(const Query& query, double floor) {
  const uint32_t stamp = ++stamp_;
  // Partial dot products over the key terms, straight from the postings (which hold the open
  // stories only). Without a branch: a story's first posting in this scan (its stamp is old)
  // starts its sum at 0 and leaves it in touched_ (a story is in a list once, so touched_ never
  // needs more room than there are stories, plus one: a posting of a story already seen still
  // writes its number at touched[n], the slot after the last story counted).
  if (touched_.size() < stories_.size() + 1) touched_.resize(stories_.size() + 1);
  uint32_t* touched = touched_.data();
  std::size_t n = 0;
  for (auto [term, q] : query.keys) {
    for (const Posting& p : postings_[term]) {
      Hot& hot = hot_[p.story];
      // All ones when this scan has seen the story, else 0 (the sum so far masked to +0.0F).
      const uint32_t seen = 0U - static_cast<uint32_t>(hot.stamp == stamp);
      hot.stamp = stamp;
      hot.partial =
          std::bit_cast<float>(std::bit_cast<uint32_t>(hot.partial) & seen) + q * p.weight;
      touched[n] = p.story;
      n += 1 + seen;  // + 1 for a first posting, + 0 (wrapping) for a story seen
    }
  }
  // The query's own story is scored without it: its share taken out of the partial sum and |sum|
  // (a story of one is then empty: nothing).
  Hot self_hot;
  if (query.self >= 0) {
    Hot& hot = hot_[query.self];
    self_hot = hot;
    const Story& story = stories_[query.self];
    hot.partial = story.size > 1 ? hot.partial - query.self_keys : 0.0F;
    hot.norm = std::sqrt(std::max(story.norm2 - 2 * query.self_dot + query.self_norm2, 1e-12));
  }
  // Full cosines for the best partial ones (partial dot / |sum|; ties: the lower story number):
  // the best kFullScores, best first, kept by insertion (most stories fail the first comparison).
  std::array<std::pair<float, uint32_t>, kFullScores> top;
  std::size_t k = 0;
  auto better = [](std::pair<float, uint32_t> x, std::pair<float, uint32_t> y) {
    return x.first > y.first || (x.first == y.first && x.second < y.second);
  };
  // The ratios first, in one pass without branches (the divisions overlap), then the selection.
  if (ratio_.size() < n) ratio_.resize(std::max(n, stories_.size()));
  float* ratio = ratio_.data();
  for (std::size_t j = 0; j < n; ++j) {
    const Hot& hot = hot_[touched[j]];
    ratio[j] = static_cast<float>(hot.partial / hot.norm);
  }
  for (std::size_t j = 0; j < n; ++j) {
    if (k == kFullScores && ratio[j] < top[k - 1].first) continue;
    std::pair<float, uint32_t> c(ratio[j], touched[j]);
    if (k == kFullScores && !better(c, top[k - 1])) continue;
    std::size_t i = k < kFullScores ? k++ : k - 1;
    for (; i > 0 && better(c, top[i - 1]); --i) top[i] = top[i - 1];
    top[i] = c;
  }
  std::pair<int, double> best = BestOf(query, std::span(top.data(), k), floor);
  if (query.self >= 0) hot_[query.self] = self_hot;
  return best;
}

std::pair<int, double> Clusterer::BestOf(const Query& query,
                                         std::span<const std::pair<float, uint32_t>> top,
                                         double floor) const {
  int best = -1;
  double best_score = -1;
  for (auto [ratio, s] : top) {
    // A candidate's cosine is at most its keys' share (the ratio) plus |v| over the other terms;
    // the candidates come best ratio first, so once that cannot reach the floor or beat the best,
    // no later one can.
    if (ratio + query.rest + kBoundSlack < std::max(floor, best_score)) break;
    const Story& story = stories_[s];
    if (story.size == 0 || static_cast<int>(s) == query.exclude) continue;
    double score = 0;
    if (static_cast<int>(s) == query.self) {
      if (story.size == 1) continue;
      score = (query.self_dot - query.self_norm2) / hot_[s].norm;
    } else {
      score = Cosine(query.v, story);
    }
    if (score > best_score || (score == best_score && static_cast<int>(s) < best)) {
      best_score = score;
      best = static_cast<int>(s);
    }
  }
  return {best, best_score};
}

// Adds `w` to the story's weight of `term`.
void Clusterer::AddWeight(int s, uint32_t term, float w) {
  Story& story = stories_[s];
  bool inserted = false;
  uint32_t slot = 0;
  float* weight_copy =
      story.slot.FindOrInsert(term, static_cast<uint32_t>(story.terms.size()), &inserted, &slot);
  if (inserted) {
    story.terms.push_back(term);
    story.weights.push_back(0);
    if (story.indexed) {
      story.posting_at.push_back(static_cast<uint32_t>(postings_[term].size()));
      postings_[term].push_back({static_cast<uint32_t>(s), 0.0F});
    }
  }
  float& weight = story.weights[slot];
  double before = weight;
  weight = std::max(0.0F, weight + w);
  *weight_copy = weight;
  if (story.indexed) postings_[term][story.posting_at[slot]].weight = weight;
  story.norm2 += static_cast<double>(weight) * weight - before * before;
}

void Clusterer::Unindex(int s) {
  Story& story = stories_[s];
  if (!story.indexed) return;
  for (std::size_t slot = 0; slot < story.terms.size(); ++slot) {
    uint32_t term = story.terms[slot];
    std::vector<Posting>& list = postings_[term];
    uint32_t at = story.posting_at[slot];
    list[at] = list.back();
    Story& moved = stories_[list[at].story];
    moved.posting_at[moved.slot.SlotOf(term)] = at;
    list.pop_back();
  }
  story.posting_at.clear();
  story.posting_at.shrink_to_fit();
  story.indexed = false;
}

void Clusterer::CloseStories(int day) {
  const int first_open_day = day - params_.window_days;
  std::size_t kept = 0;
  for (uint32_t s : open_) {
    if (stories_[s].merged_into < 0 && stories_[s].last_day >= first_open_day) {
      open_[kept++] = s;
    } else {
      Unindex(static_cast<int>(s));
    }
  }
  open_.resize(kept);
}

void Clusterer::Add(uint32_t a, int s) {
  for (const TermWeight& t : VectorOf(a)) AddWeight(s, t.term, t.weight);
  Story& story = stories_[s];
  ++story.size;
  story.last_day = std::max(story.last_day, articles_[a].day);
  assign_[a] = s;
  SyncHot(s);
}

void Clusterer::Remove(uint32_t a, int s) {
  for (const TermWeight& t : VectorOf(a)) AddWeight(s, t.term, -t.weight);
  Story& story = stories_[s];
  if (--story.size == 0) {
    std::fill(story.weights.begin(), story.weights.end(), 0.0F);
    story.slot.ZeroWeights();
    if (story.indexed) {
      for (std::size_t slot = 0; slot < story.terms.size(); ++slot) {
        postings_[story.terms[slot]][story.posting_at[slot]].weight = 0;
      }
    }
    story.norm2 = 0;
  }
  story.norm2 = std::max(story.norm2, 0.0);
  assign_[a] = -1;
  SyncHot(s);
}

void Clusterer::Replace(uint32_t a, int s) {
  Query query = QueryOf(a);
  query.self = s;
  query.self_dot = Dot(query.v, stories_[s]);
  for (const TermWeight& t : query.v) query.self_norm2 += static_cast<double>(t.weight) * t.weight;
  for (const TermWeight& t : query.keys) query.self_keys += t.weight * t.weight;
  auto [best, score] = FindBest(query, params_.join);
  if (best < 0 || best == s || score < params_.join) return;
  Remove(a, s);
  Add(a, best);
}

int Clusterer::NewStory(uint32_t a) {
  stories_.emplace_back();
  hot_.emplace_back();
  int s = static_cast<int>(stories_.size() - 1);
  open_.push_back(static_cast<uint32_t>(s));
  stories_[s].last_day = articles_[a].day;
  Add(a, s);
  return s;
}

void Clusterer::MergeDay(const std::vector<uint32_t>& day_articles) {
  std::vector<int> touched;
  for (uint32_t a : day_articles) touched.push_back(assign_[a]);
  std::sort(touched.begin(), touched.end());
  touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
  Vector centroid;
  Vector keys;
  for (int s : touched) {
    s = Root(s);
    const Story& story = stories_[s];
    if (story.size == 0 || story.norm2 <= 0) continue;
    // The story's centroid as a unit vector; its heaviest terms find the candidates.
    centroid.clear();
    float inv = static_cast<float>(1 / std::sqrt(story.norm2));
    for (std::size_t i = 0; i < story.terms.size(); ++i) {
      if (story.weights[i] > 0) centroid.push_back({story.terms[i], story.weights[i] * inv});
    }
    keys = centroid;
    std::size_t k = std::min<std::size_t>(keys.size(), params_.candidate_terms * 2);
    std::partial_sort(keys.begin(), keys.begin() + k, keys.end(), [](TermWeight x, TermWeight y) {
      return x.weight > y.weight || (x.weight == y.weight && x.term < y.term);
    });
    keys.resize(k);
    Query query{centroid, keys, 0, s};
    double rest2 = 0;
    for (const TermWeight& t : centroid) rest2 += static_cast<double>(t.weight) * t.weight;
    for (const TermWeight& t : keys) rest2 -= static_cast<double>(t.weight) * t.weight;
    query.rest = static_cast<float>(std::sqrt(std::max(0.0, rest2)));
    auto [best, score] = FindBest(query, params_.merge);
    if (best < 0 || score < params_.merge) continue;
    // Two earlier stories stay apart (their ids are known outside); one earlier story takes the
    // other in; else the smaller goes into the larger.
    if (story.fixed && stories_[best].fixed) continue;
    int into = stories_[best].size >= story.size ? best : s;
    if (story.fixed || stories_[best].fixed) into = story.fixed ? s : best;
    int from = into == best ? s : best;
    for (std::size_t i = 0; i < stories_[from].terms.size(); ++i) {
      AddWeight(into, stories_[from].terms[i], stories_[from].weights[i]);
    }
    Story& target = stories_[into];
    target.size += stories_[from].size;
    target.last_day = std::max(target.last_day, stories_[from].last_day);
    Unindex(from);
    stories_[from] = Story{};
    stories_[from].merged_into = into;
    stories_[from].indexed = false;
    SyncHot(from);
    SyncHot(into);
  }
  for (uint32_t a : day_articles) assign_[a] = Root(assign_[a]);
}

Clustering Clusterer::Run() {
  std::vector<uint32_t> order(articles_.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
    const ClusterArticle& a = articles_[x];
    const ClusterArticle& b = articles_[y];
    return a.day != b.day ? a.day < b.day : a.order < b.order;
  });
  BuildVectors(order);
  assign_.assign(articles_.size(), -1);
  // Earlier stories first, from their articles.
  std::unordered_map<int32_t, int> fixed_story;
  for (uint32_t a : order) {
    if (articles_[a].fixed < 0 || articles_[a].copy_of >= 0) continue;
    auto [it, inserted] = fixed_story.try_emplace(articles_[a].fixed, -1);
    if (inserted) {
      it->second = NewStory(a);
      stories_[it->second].fixed = true;
    } else {
      Add(a, it->second);
    }
  }
  int days_total = 0;
  int days_done = 0;
  for (std::size_t k = 0; k < order.size(); ++k) {
    if (k == 0 || articles_[order[k]].day != articles_[order[k - 1]].day) ++days_total;
  }
  std::size_t i = 0;
  std::vector<uint32_t> day_articles;
  while (i < order.size()) {
    int day = articles_[order[i]].day;
    day_articles.clear();
    for (; i < order.size() && articles_[order[i]].day == day; ++i) {
      const ClusterArticle& a = articles_[order[i]];
      if (a.copy_of < 0 && a.fixed < 0) day_articles.push_back(order[i]);
    }
    CloseStories(day);
    for (uint32_t a : day_articles) {
      auto [best, score] = FindBest(QueryOf(a), params_.join);
      if (best >= 0 && score >= params_.join) {
        Add(a, best);
      } else {
        NewStory(a);
      }
    }
    for (int pass = 0; pass < params_.refine_passes; ++pass) {
      for (uint32_t a : day_articles) Replace(a, assign_[a]);
    }
    MergeDay(day_articles);
    if (progress_) progress_(++days_done, days_total);
  }
  // Copies join their original's story; then story numbers in order of first appearance.
  Clustering result;
  result.story.resize(articles_.size());
  result.centrality.resize(articles_.size());
  std::unordered_map<int, uint32_t> number;
  for (uint32_t a : order) {
    int32_t original = articles_[a].copy_of >= 0 ? articles_[a].copy_of : static_cast<int32_t>(a);
    int s = assign_[original] >= 0 ? Root(assign_[original]) : NewStory(original);
    auto [it, inserted] = number.try_emplace(s, static_cast<uint32_t>(number.size()));
    result.story[a] = it->second;
    result.centrality[a] = static_cast<float>(Cosine(VectorOf(original), stories_[s]));
  }
  result.stories = static_cast<uint32_t>(number.size());
  return result;
}

}  // namespace

Clustering ClusterArticles(const std::vector<ClusterArticle>& articles, const ClusterParams& params,
                           const std::function<void(int, int)>& progress) {
  return Clusterer(articles, params, progress).Run();
}

}  // namespace newsdesk::stories
