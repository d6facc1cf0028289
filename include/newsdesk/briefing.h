// newsdesk/briefing.h: the day's biggest stories, each summarised from its own articles and shown
// from every outlet's side; rendered as an HTML page (also an e-mail body), Markdown, JSON, JSON
// lines and RSS 2.0.
//
// BuildBriefing groups the articles into stories (newsdesk/stories.h) unless the stories are
// given, keeps the best stories of the day (or of a range of days), and for each one:
//   - headline: the member headline that best states the event (close to the story's centre;
//     questions, exclamations, quoted headlines and headlines that are only an outlet's name are
//     marked down);
//   - summary: up to `summary_sentences` sentences taken word for word from the story's articles
//     (from an article's text; from its description when it has no text), each with the id of
//     its article: central to the story, early in their article, no two saying the same thing,
//     leads first, then by position in their article and the order the articles appeared;
//     datelines are cut from a sentence's start, bylines, promotions and cut-off sentences are
//     never picked;
//   - perspectives: one per outlet: its headline, its lead sentence and its angle (the sentence
//     it says that the other outlets' articles say least), with the link, and the outlet's lean
//     when an outlet table is given (nothing about lean is invented without one);
//   - quotes: who said what ("...," X said; X said that ...; according to X), with the article;
//   - timeline: articles and outlets per day (per hour when the articles carry times);
//   - related: the other stories of the briefing that share its names.
// Every text in a Briefing is taken from the articles; renderers escape it for their format.
//
// All functions are thread-safe (no shared state).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "newsdesk/status.h"
#include "newsdesk/stories.h"

namespace newsdesk {

// What is known about an outlet: its lean and country, as a TSV file gives them.
struct OutletInfo {
  std::string key;      // the host ("bbc.co.uk") or the name ("BBC News") as the file gives it
  std::string lean;     // free text ("left", "center", "right", "state-owned"); may be empty
  std::string country;  // may be empty
  std::vector<std::string> extra;  // the line's further columns
};

// Outlets by host or name. Lookup: the article's host and each of its parent domains
// ("www.news.bbc.co.uk" finds "bbc.co.uk"), then its outlet name, case-insensitively.
class OutletTable {
 public:
  // Parses TSV text: one outlet a line, columns key, lean, country, then free columns; empty
  // lines and lines starting with '#' are skipped, and so is a first line whose first column is
  // "outlet", "host" or "name" (a header). Fails with kInvalidArgument (with the line number) on
  // a line without a key.
  static Result<OutletTable> Parse(std::string_view tsv);
  // Reads and parses a file. Fails with kNotFound / kIoError when it cannot be read.
  static Result<OutletTable> Load(const std::string& path);

  // The outlet of an article with this URL and outlet name; null when the table has neither.
  const OutletInfo* Find(std::string_view url, std::string_view name) const;
  std::size_t size() const { return outlets_.size(); }

 private:
  std::vector<OutletInfo> outlets_;
  std::vector<std::pair<std::string, std::size_t>> by_key_;  // folded key -> index, sorted
};

// One summary sentence and the article it is taken from.
struct SummarySentence {
  std::string text;
  std::string article;  // article id
};

// One outlet's telling of a story.
struct Perspective {
  std::string outlet;   // the article's sitename, else its host
  std::string article;  // the id of the outlet's article shown (its most central one)
  std::string url;
  std::string title;
  std::string lead;   // its first sentence (a dateline cut off)
  std::string angle;  // its most distinctive sentence against the rest of the story; may be empty
  std::string lean;   // from the outlet table; empty without one
  int articles = 1;   // the outlet's articles in the story
};

// A quote and who said it.
struct Quote {
  std::string text;     // the words quoted or reported, as the article gives them
  std::string speaker;  // the name (or description) the article attributes them to
  std::string article;  // article id
  std::string outlet;
};

// Articles that appeared in one period of the story.
struct TimelinePoint {
  std::string when;  // YYYY-MM-DD, or YYYY-MM-DDTHH:00 when the articles carry times
  int articles = 0;
  int outlets = 0;  // distinct outlets among them
};

// Another story of the briefing that shares names with this one.
struct RelatedStory {
  std::string story;
  std::string title;
  std::vector<std::string> names;  // the names shared, as written in the articles
};

// How many outlets of each lean cover the story (only with an outlet table).
struct LeanCount {
  std::string lean;  // "" for the outlets the table does not know
  int outlets = 0;
};

struct BriefingStory {
  std::string story;  // the story id (newsdesk/stories.h)
  std::string title;
  std::vector<SummarySentence> summary;
  std::vector<std::string> articles;  // every article id, earliest first
  std::vector<Perspective> perspectives;
  std::vector<LeanCount> coverage;  // empty without an outlet table
  std::vector<Quote> quotes;
  std::vector<TimelinePoint> timeline;
  std::vector<RelatedStory> related;
  std::string first_seen;
  std::string last_seen;
  double score = 0;
  std::string language;
};

struct Briefing {
  std::string date;                    // the day briefed (YYYY-MM-DD); with a range, its last day
  std::string since;                   // the range's first day; equal to `date` for one day
  std::vector<BriefingStory> stories;  // best first
};

struct BriefingOptions {
  // The day briefed (YYYY-MM-DD). Default: the latest day among the articles.
  std::string date;
  // A range of days instead of one: stories with an article from `since` to `date` (both
  // inclusive). Default: empty (one day).
  std::string since;
  // The stories kept, best first; 0 keeps every story. Default: 10.
  int top = 10;
  // Keep only stories in this language (ISO 639-1). Default: all.
  std::string language;
  // The most sentences a summary has. Default: 5.
  int summary_sentences = 5;
  // The most quotes shown per story. Default: 3.
  int quotes = 3;
  // Outlets' leans; null: none (no lean is shown). Not owned; must outlive the call.
  const OutletTable* outlets = nullptr;
  // Stories already made (as `newsdesk stories` writes them): used instead of grouping. Articles
  // in no given story are left out. Not owned; null: group the articles.
  const std::vector<Story>* stories = nullptr;
  // Called as stories are grouped and then summarised, with (done, total); may be empty.
  std::function<void(int, int)> progress;
};

// Builds the briefing. Fails with kInvalidArgument when an article has no id or two share one, a
// date is malformed, or `since` is after `date`; kNotFound when no article falls on the days asked
// for.
Result<Briefing> BuildBriefing(const std::vector<StoryArticle>& articles,
                               const BriefingOptions& options);

enum class BriefingFormat {
  kHtml,      // a complete page, inline CSS, no script: also an e-mail body
  kMarkdown,  // also the e-mail's plain-text part
  kJson,      // {"date", "since", "stories": [...]}, the fields of README "newsdesk briefing"
  kJsonl,     // one story object a line (with "date"), as eval_stories.py reads it
  kRss,       // RSS 2.0, one item per story
};

// "html", "markdown" (or "md"), "json", "jsonl", "rss" -> format; kInvalidArgument otherwise.
Result<BriefingFormat> ParseBriefingFormat(std::string_view name);

struct BriefingRenderOptions {
  // The briefing's name, in the page title and the feed's channel. Default: "newsdesk briefing".
  std::string title = "newsdesk briefing";
  // Where the briefing is published (the feed's channel link, a base for story links); may be
  // empty.
  std::string link;
  // HTML only: a link for each story's title, "{id}" standing for the story id ("/story/{id}");
  // empty: titles are not links.
  std::string story_link;
  // HTML only: where a search form in the page's header sends its query (GET, field "q");
  // empty: no form.
  std::string search_action;
};

// The briefing in `format`. Every text is escaped for the format (HTML, XML, JSON, Markdown).
std::string RenderBriefing(const Briefing& briefing, BriefingFormat format,
                           const BriefingRenderOptions& options = {});

}  // namespace newsdesk
