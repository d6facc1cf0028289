// newsdesk/stories.h: articles from many outlets grouped into stories (one story = one event), and
// the stories ranked by how big they are.
//
// GroupStories reads each article's headline, URL slug and lead (description, else the start of
// the text); near-duplicate copies (the same wire text run by several outlets) are folded into
// their original first; then articles are grouped a day at a time, in date order, against the
// stories of the last days (src/stories/clustering.h says how). Stories form within a language.
// The result does not depend on the order of the input. Every article is in exactly one story (an
// article alone is a story of one).
//
// Ranking (Story::score), as of a day D (StoriesOptions::date, default the latest day given):
//   score = (2 * log2(1 + outlets) + log2(1 + articles on D) + copies / 4) * 0.5^(days since last)
// where `outlets` counts the distinct outlets with an article of their own in the story (an outlet
// that only ran a near-duplicate copy adds copies/4, not an outlet: twenty sites running one wire
// text are one report), "articles on
// D" is the velocity (what happened today), and the last factor halves a story's score for each day
// it has been quiet before D. Stories are returned best first (ties: more articles, then id).
//
// All functions are thread-safe (no shared state).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "newsdesk/article.h"
#include "newsdesk/status.h"

namespace newsdesk {

// One article as story grouping reads it: `id` and `title` are required, the rest is used when
// present.
struct StoryArticle {
  std::string id;
  std::string title;
  std::string text;         // the article's text (only its start is read)
  std::string description;  // the page's summary; read instead of the text when present
  std::string url;
  std::string sitename;  // the outlet; else the URL's host
  std::string date;      // YYYY-MM-DD, or ISO 8601 with a time (the day is what counts)
  std::string language;  // ISO 639-1; articles without one are grouped among themselves
  // The id of the article this one is a near-duplicate copy of, when known (the archive's links);
  // empty: found from the text.
  std::string copy_of;
  // The id of a story the article is already in (from an earlier run): it stays there, and the
  // story keeps that id. Empty for a new article.
  std::string story;
};

struct Story {
  std::string id;     // stable: the given StoryArticle::story when it had one, else derived from
                      // the story's first article ("s" + 16 hex digits)
  std::string title;  // the headline of the article closest to the story's centre
  std::vector<std::string> articles;  // article ids, earliest first (date, then id)
  std::vector<std::string> outlets;   // distinct outlets (copies' too), in the order they joined
  int size = 0;                       // articles.size()
  int copies = 0;                     // articles that are near-duplicate copies of another
  std::string first_seen;             // earliest article day (YYYY-MM-DD)
  std::string last_seen;              // latest article day
  double score = 0;                   // see the ranking formula above
  std::string language;
};

struct StoriesOptions {
  // Rank as of this day (YYYY-MM-DD); empty: the latest day among the articles. With `only_date`,
  // keep only stories with an article on that day.
  std::string date;
  bool only_date = false;
  // Keep only stories in this language (ISO 639-1); empty: all. Grouping is the same either way.
  std::string language;
  // Keep the best `top` stories; 0: all.
  int top = 0;
  // Called after each day is grouped with (days done, days in all); may be empty.
  std::function<void(int, int)> progress;
};

// The ranking formula above: (2 log2(1 + outlets) + log2(1 + articles on D) + copies / 4) *
// 0.5^quiet_days. The one place it is computed (GroupStories, the briefing's given stories, the
// server's story lists).
double StoryScore(int outlets, int articles_on_day, int copies, int quiet_days);

// An article as grouping reads it: the fields of `article`, its URL (`url`, else the page's
// canonical URL) and `id`.
StoryArticle ToStoryArticle(std::string id, Article&& article);

// Groups and ranks. Fails with kInvalidArgument when an article has no id or two share one, or a
// date is given in another form than YYYY-MM-DD.
Result<std::vector<Story>> GroupStories(const std::vector<StoryArticle>& articles,
                                        const StoriesOptions& options);

}  // namespace newsdesk
