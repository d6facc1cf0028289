// Story clustering: articles -> stories (one story = one event), online over days.
//
// Articles already in a story (ClusterArticle::fixed) stay in it: each such story is built first
// from its articles and is open to new ones like any other; it is never merged into another.
// Articles are taken a day at a time, in date order (within a day, in id order, so the input's
// order never changes the result). Each article is a TF-IDF vector of its terms (terms.h), IDF
// counted per language over the articles given. An article joins the story whose centroid (the
// sum of its articles' vectors) is most similar by cosine, if that similarity passes the join
// threshold, among the stories of its language seen in the last kWindowDays days; else it starts
// a story. Candidate stories come from an inverted index (term -> stories), so the cost grows with
// the articles, not their square. After a day is placed, each of its articles is placed again
// against the day's final centroids (a k-means step), which undoes the early choices the order
// forced; then stories whose centroids are close enough are merged.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "stories/terms.h"

namespace newsdesk::stories {

struct ClusterParams {
  // Cosine (article vs. story centroid) at or above which an article joins a story.
  double join = 0.2;
  // Cosine (centroid vs. centroid) at or above which two stories merge.
  double merge = 0.3;
  // Days back a story stays open for new articles.
  int window_days = 2;
  // Re-placement passes over each day's articles.
  int refine_passes = 2;
  // Terms used to find candidate stories: the article's heaviest this many.
  int candidate_terms = 8;
  // A term that more than this share of the window's articles carry says little about which story
  // an article is in ("says", "new"): it still weighs in the cosine (by its low IDF), but is never
  // used to look for candidates, whose lists would be as long as the day.
  double key_share = 0.05;
  // Days over which a term's rarity (IDF) is counted: the article's day and the days before.
  int idf_days = 30;
};

struct ClusterArticle {
  int day = 0;                        // days since 1970-01-01
  uint32_t order = 0;                 // tie-break within a day (rank of the id)
  uint32_t language = 0;              // an interned language
  std::span<const TermWeight> terms;  // from TermExtractor (the caller's, kept during clustering)
  int32_t copy_of = -1;               // index of the article this one is a near-duplicate copy of
  int32_t fixed = -1;                 // >= 0: already in that earlier story (a group number); stays
};

struct Clustering {
  // The story of each article, in input order: 0..stories-1, numbered in order of first article.
  std::vector<uint32_t> story;
  // Each article's cosine with its story's final centroid: how central it is (a copy has its
  // original's).
  std::vector<float> centrality;
  uint32_t stories = 0;
};

// `progress`, when set, is called after each day with (days done, days in all).
Clustering ClusterArticles(const std::vector<ClusterArticle>& articles, const ClusterParams& params,
                           const std::function<void(int, int)>& progress = {});

}  // namespace newsdesk::stories
