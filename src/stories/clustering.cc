// Story clustering: online centroid clustering over days, with a k-means step and merges per day.
// See clustering.h.
#include "stories/clustering.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <numeric>
#include <unordered_map>

#include "stories/term_slots.h"

namespace newsdesk::stories {
namespace {

// Fewer articles than this in a window (a small language, a first run) are counted as this many
// for IDF: with two articles, the words they share would otherwise weigh least of all, and the
// two reports of one event would not meet.
constexpr double kMinIdfDocs = 20;

// A story's centroid is the sum of its members' vectors, kept as parallel arrays (term, weight)
// with a term -> slot map; a slot is never moved or reused for another term, so the inverted index
// can point straight at a weight.
struct Story {
  TermSlots slot;  // term -> index into terms/weights
  std::vector<uint32_t> terms;
  std::vector<float> weights;
  double norm2 = 0;  // |sum|^2
  int size = 0;
  int last_day = 0;
  int merged_into = -1;  // >= 0 once merged away
  bool fixed = false;    // an earlier story: keeps its articles and is never merged away
};

using Vector = std::vector<TermWeight>;

// What the candidate scan reads of each story, packed apart from the rest so that the scan's
// random reads touch one small record: the day it was last open (INT_MIN once merged away), its
// weights, and |sum|^2.
struct Hot {
  int open_day = 0;
  const float* weights = nullptr;
  double norm2 = 0;
};

struct Posting {
  uint32_t story;
  uint32_t slot;
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
  // The most similar open story for vector `v` on `day`, and the cosine; -1 when none.
  // The most similar open story for unit vector `v` on `day` (other than `exclude`), and the
  // cosine; -1 when none. `keys`: the terms of `v` to look candidates up by, with their weights.
  std::pair<int, double> FindBest(const Vector& v, const Vector& keys, int day, int exclude = -1);
  double Cosine(const Vector& v, const Story& story) const;
  void AddWeight(int s, uint32_t term, float w);
  void SyncHot(int s) {
    const Story& st = stories_[s];
    hot_[s] = {st.merged_into >= 0 ? INT_MIN : st.last_day, st.weights.data(), st.norm2};
  }
  void Add(uint32_t a, int s);
  void Remove(uint32_t a, int s);
  int NewStory(uint32_t a);
  void MergeDay(const std::vector<uint32_t>& day_articles, int day);
  int Root(int s);

  const std::vector<ClusterArticle>& articles_;
  const ClusterParams& params_;
  const std::function<void(int, int)>& progress_;
  std::vector<Vector> vectors_;                 // TF-IDF, unit length
  std::vector<Vector> keys_;                    // each article's candidate terms, with weights
  std::vector<std::vector<Posting>> postings_;  // term -> (story, slot) of the stories holding it
  std::vector<float> partial_;                  // per story, FindBest's scratch
  std::vector<uint32_t> touched_;
  std::vector<Story> stories_;
  std::vector<Hot> hot_;  // per story, kept in step by SyncHot
  std::vector<int> assign_;
  std::vector<uint32_t> seen_stamp_;
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
  keys_.resize(articles_.size());
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
      Vector& v = vectors_[a];
      candidates.clear();
      double norm2 = 0;
      for (const TermWeight& t : articles_[a].terms) {
        double f = std::max<double>(1, df[t.term]);
        float w = t.weight * static_cast<float>(std::log((n + 1) / f));
        if (w <= 0) continue;
        v.push_back({t.term, w});
        norm2 += static_cast<double>(w) * w;
        if (f > 1 && f <= std::max(2.0, params_.key_share * n)) candidates.push_back({w, t.term});
      }
      if (norm2 > 0) {
        float inv = static_cast<float>(1 / std::sqrt(norm2));
        for (TermWeight& t : v) t.weight *= inv;
      }
      std::sort(candidates.begin(), candidates.end(), [](auto x, auto y) {
        return x.first > y.first || (x.first == y.first && x.second < y.second);
      });
      for (const auto& c : candidates) {
        if (keys_[a].size() >= static_cast<std::size_t>(params_.candidate_terms)) break;
        keys_[a].push_back({c.second, c.first / static_cast<float>(std::sqrt(norm2))});
      }
    }
  }
  postings_.assign(max_term, {});
}

int Clusterer::Root(int s) {
  while (stories_[s].merged_into >= 0) s = stories_[s].merged_into;
  return s;
}

double Clusterer::Cosine(const Vector& v, const Story& story) const {
  if (story.norm2 <= 0) return 0;
  double dot = 0;
  for (const TermWeight& t : v) {
    uint32_t slot = story.slot.Find(t.term);
    if (slot != TermSlots::kNone) dot += static_cast<double>(t.weight) * story.weights[slot];
  }
  return dot / std::sqrt(story.norm2);
}

std::pair<int, double> Clusterer::FindBest(const Vector& v, const Vector& keys, int day,
                                           int exclude) {
  ++stamp_;
  touched_.clear();
  // Partial dot products over the key terms, straight from the postings.
  for (auto [term, q] : keys) {
    std::vector<Posting>& list = postings_[term];
    std::size_t kept = 0;
    const int first_open_day = day - params_.window_days;
    for (Posting p : list) {
      const Hot& hot = hot_[p.story];
      if (hot.open_day < first_open_day) continue;
      list[kept++] = p;
      if (seen_stamp_[p.story] != stamp_) {
        seen_stamp_[p.story] = stamp_;
        partial_[p.story] = 0;
        touched_.push_back(p.story);
      }
      partial_[p.story] += q * hot.weights[p.slot];
    }
    list.resize(kept);
  }
  // Full cosines for the best partial ones (partial dot / |sum|).
  for (uint32_t s : touched_) {
    partial_[s] = static_cast<float>(partial_[s] / std::sqrt(std::max(hot_[s].norm2, 1e-12)));
  }
  auto by_partial = [&](uint32_t x, uint32_t y) {
    return partial_[x] > partial_[y] || (partial_[x] == partial_[y] && x < y);
  };
  std::size_t k = std::min(touched_.size(), kFullScores);
  std::partial_sort(touched_.begin(), touched_.begin() + k, touched_.end(), by_partial);
  int best = -1;
  double best_score = -1;
  for (std::size_t i = 0; i < k; ++i) {
    uint32_t s = touched_[i];
    if (stories_[s].size == 0 || static_cast<int>(s) == exclude) continue;
    double score = Cosine(v, stories_[s]);
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
  uint32_t slot =
      story.slot.FindOrInsert(term, static_cast<uint32_t>(story.terms.size()), &inserted);
  if (inserted) {
    story.terms.push_back(term);
    story.weights.push_back(0);
    postings_[term].push_back({static_cast<uint32_t>(s), slot});
  }
  float& weight = story.weights[slot];
  double before = weight;
  weight = std::max(0.0F, weight + w);
  story.norm2 += static_cast<double>(weight) * weight - before * before;
  SyncHot(s);
}

void Clusterer::Add(uint32_t a, int s) {
  for (const TermWeight& t : vectors_[a]) AddWeight(s, t.term, t.weight);
  Story& story = stories_[s];
  ++story.size;
  story.last_day = std::max(story.last_day, articles_[a].day);
  assign_[a] = s;
  SyncHot(s);
}

void Clusterer::Remove(uint32_t a, int s) {
  for (const TermWeight& t : vectors_[a]) AddWeight(s, t.term, -t.weight);
  Story& story = stories_[s];
  if (--story.size == 0) {
    std::fill(story.weights.begin(), story.weights.end(), 0.0F);
    story.norm2 = 0;
  }
  story.norm2 = std::max(story.norm2, 0.0);
  assign_[a] = -1;
  SyncHot(s);
}

int Clusterer::NewStory(uint32_t a) {
  stories_.emplace_back();
  seen_stamp_.push_back(0);
  partial_.push_back(0);
  hot_.emplace_back();
  int s = static_cast<int>(stories_.size() - 1);
  stories_[s].last_day = articles_[a].day;
  Add(a, s);
  return s;
}

void Clusterer::MergeDay(const std::vector<uint32_t>& day_articles, int day) {
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
    auto [best, score] = FindBest(centroid, keys, day, s);
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
    stories_[from] = Story{};
    stories_[from].merged_into = into;
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
    for (uint32_t a : day_articles) {
      auto [best, score] = FindBest(vectors_[a], keys_[a], day);
      if (best >= 0 && score >= params_.join) {
        Add(a, best);
      } else {
        NewStory(a);
      }
    }
    for (int pass = 0; pass < params_.refine_passes; ++pass) {
      for (uint32_t a : day_articles) {
        int s = assign_[a];
        Remove(a, s);
        auto [best, score] = FindBest(vectors_[a], keys_[a], day);
        Add(a, best >= 0 && score >= params_.join ? best : s);
      }
    }
    MergeDay(day_articles, day);
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
    result.centrality[a] = static_cast<float>(Cosine(vectors_[original], stories_[s]));
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
