// BuildBriefing: stories -> the day's best -> headline, summary, perspectives, quotes, timeline,
// related. See newsdesk/briefing.h.
#include "newsdesk/briefing.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "briefing/story_text.h"
#include "stories/story_builder.h"

namespace newsdesk {
namespace {

using briefing::ArticleText;
using briefing::StoryText;
using briefing::TextModel;

// Related stories share names; a name in more than this share of the briefing's stories (a
// country, a president) relates everything and so nothing.
constexpr double kMaxRelatedNameShare = 0.34;
// A story lists at most this many related stories.
constexpr std::size_t kMaxRelated = 3;

std::string DayOf(const std::string& date) { return date.size() >= 10 ? date.substr(0, 10) : ""; }

// "YYYY-MM-DDTHH:00" when `date` carries an hour, else empty.
std::string HourOf(const std::string& date) {
  if (date.size() < 13 || (date[10] != 'T' && date[10] != ' ')) return "";
  if (date[11] < '0' || date[11] > '2' || date[12] < '0' || date[12] > '9') return "";
  return date.substr(0, 10) + "T" + date.substr(11, 2) + ":00";
}

std::vector<TimelinePoint> Timeline(const StoryText& story) {
  bool hourly = std::all_of(story.members.begin(), story.members.end(),
                            [](const ArticleText* m) { return !HourOf(m->article->date).empty(); });
  std::map<std::string, std::pair<int, std::set<std::string>>> points;
  for (const ArticleText* m : story.members) {
    std::string when = hourly ? HourOf(m->article->date) : DayOf(m->article->date);
    if (when.empty()) continue;
    auto& [count, outlets] = points[when];
    ++count;
    outlets.insert(m->outlet);
  }
  std::vector<TimelinePoint> out;
  for (const auto& [when, point] : points) {
    out.push_back({when, point.first, static_cast<int>(point.second.size())});
  }
  return out;
}

std::vector<LeanCount> Coverage(const std::vector<Perspective>& perspectives) {
  std::vector<LeanCount> out;
  for (const Perspective& p : perspectives) {
    auto it =
        std::find_if(out.begin(), out.end(), [&](const LeanCount& c) { return c.lean == p.lean; });
    if (it == out.end()) {
      out.push_back({p.lean, 1});
    } else {
      ++it->outlets;
    }
  }
  return out;
}

// Related stories: those sharing a name the briefing does not use everywhere. Two names, or one
// name of two words or more ("Ana Sorel", not "Sorel"), make a relation.
void Relate(const std::vector<std::vector<std::string>>& names, Briefing* briefing) {
  std::unordered_map<std::string, int> stories_with;
  for (const auto& n : names) {
    for (const std::string& name : n) ++stories_with[name];
  }
  std::size_t count = briefing->stories.size();
  int max_stories = std::max(2, static_cast<int>(std::floor(kMaxRelatedNameShare * count)));
  for (std::size_t a = 0; a < count; ++a) {
    std::vector<std::pair<double, RelatedStory>> related;
    for (std::size_t b = 0; b < count; ++b) {
      if (a == b) continue;
      RelatedStory r;
      double weight = 0;
      std::set_intersection(names[a].begin(), names[a].end(), names[b].begin(), names[b].end(),
                            std::back_inserter(r.names));
      std::erase_if(r.names, [&](const std::string& n) { return stories_with[n] > max_stories; });
      for (const std::string& n : r.names) weight += n.find(' ') != std::string::npos ? 2 : 1;
      if (weight < 2) continue;
      r.story = briefing->stories[b].story;
      r.title = briefing->stories[b].title;
      related.emplace_back(weight, std::move(r));
    }
    std::stable_sort(related.begin(), related.end(),
                     [](const auto& x, const auto& y) { return x.first > y.first; });
    for (std::size_t k = 0; k < related.size() && k < kMaxRelated; ++k) {
      briefing->stories[a].related.push_back(std::move(related[k].second));
    }
  }
}

// A story's names: those in at least two of its articles (one article: all of its names).
std::vector<std::string> StoryNames(const StoryText& story) {
  std::map<std::string, int> counts;
  for (const ArticleText* m : story.members) {
    for (const std::string& name : TextModel::Names(*m)) ++counts[name];
  }
  int min_count = story.members.size() > 1 ? 2 : 1;
  std::vector<std::string> out;
  for (const auto& [name, n] : counts) {
    if (n >= min_count) out.push_back(name);
  }
  return out;  // sorted (a map's order)
}

// A given story's score when it carries none: the ranking of newsdesk/stories.h from its
// articles up to the last day (copies are not known here, so every outlet counts).
double GivenStoryScore(const Story& s, const std::vector<StoryArticle>& articles,
                       const std::unordered_map<std::string_view, std::size_t>& by_id, int last) {
  if (s.score > 0) return s.score;
  std::set<std::string> outlets;
  int today = 0;
  int latest = INT32_MIN;
  for (const std::string& id : s.articles) {
    auto it = by_id.find(id);
    if (it == by_id.end()) continue;
    const StoryArticle& a = articles[it->second];
    int day = stories::DayNumber(a.date).value_or(last);
    if (day > last) continue;
    outlets.insert(briefing::OutletOf(a));
    today += day == last ? 1 : 0;
    latest = std::max(latest, day);
  }
  return StoryScore(static_cast<int>(outlets.size()), today, 0,
                    latest == INT32_MIN ? 0 : last - latest);
}

struct Window {
  int first = 0;
  int last = 0;
};

// The days asked for, checked.
Result<Window> WindowOf(const std::vector<StoryArticle>& articles, const BriefingOptions& o) {
  std::optional<int> latest;
  for (const StoryArticle& a : articles) {
    if (std::optional<int> d = stories::DayNumber(a.date))
      latest = std::max(latest.value_or(*d), *d);
  }
  Window w;
  if (!o.date.empty()) {
    std::optional<int> d = stories::DayNumber(o.date);
    if (!d || o.date.size() != 10)
      return Status::InvalidArgument("--date wants YYYY-MM-DD, not \"" + o.date + "\"");
    w.last = *d;
  } else if (latest) {
    w.last = *latest;
  } else {
    return Status::NotFound("no article carries a date: give --date");
  }
  w.first = w.last;
  if (!o.since.empty()) {
    std::optional<int> d = stories::DayNumber(o.since);
    if (!d || o.since.size() != 10)
      return Status::InvalidArgument("--since wants YYYY-MM-DD, not \"" + o.since + "\"");
    if (*d > w.last)
      return Status::InvalidArgument("--since " + o.since + " is after the day briefed");
    w.first = *d;
  }
  return w;
}

}  // namespace

Result<Briefing> BuildBriefing(const std::vector<StoryArticle>& articles,
                               const BriefingOptions& options) {
  Result<Window> window = WindowOf(articles, options);
  if (!window.ok()) return window.status();
  const Window w = *window;
  std::vector<Story> grouped;
  if (options.stories == nullptr) {
    StoriesOptions so;
    so.date = stories::DayString(w.last);
    so.language = options.language;
    so.progress = options.progress;
    Result<std::vector<Story>> r = GroupStories(articles, so);
    if (!r.ok()) return r.status();
    grouped = std::move(*r);
  }
  std::unordered_map<std::string_view, std::size_t> by_id;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    if (articles[i].id.empty())
      return Status::InvalidArgument("article " + std::to_string(i + 1) + " has no id");
    if (!by_id.emplace(articles[i].id, i).second) {
      return Status::InvalidArgument("two articles have the id \"" + articles[i].id + "\"");
    }
  }
  // The stories with an article in the window (an undated article counts as of the last day).
  const std::vector<Story>& all = options.stories != nullptr ? *options.stories : grouped;
  std::vector<std::pair<double, const Story*>> kept;
  for (const Story& s : all) {
    bool in_window = false;
    bool any = false;
    std::string_view language = s.language;  // a given story may not say: its first article's
    for (const std::string& id : s.articles) {
      auto it = by_id.find(id);
      if (it == by_id.end()) continue;
      any = true;
      if (language.empty()) language = articles[it->second].language;
      std::optional<int> d = stories::DayNumber(articles[it->second].date);
      int day = d.value_or(w.last);
      if (day >= w.first && day <= w.last) in_window = true;
    }
    if (!any || !in_window) continue;
    if (!options.language.empty() && language != options.language) continue;
    kept.emplace_back(
        options.stories != nullptr ? GivenStoryScore(s, articles, by_id, w.last) : s.score, &s);
  }
  if (kept.empty()) {
    return Status::NotFound("no article falls on " + stories::DayString(w.first) +
                            (w.first == w.last ? "" : " .. " + stories::DayString(w.last)));
  }
  std::stable_sort(kept.begin(), kept.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  if (options.top > 0 && static_cast<int>(kept.size()) > options.top) kept.resize(options.top);

  // Word rarity over the window's articles (and those of the stories kept).
  TextModel model;
  std::vector<bool> counted(articles.size(), false);
  for (std::size_t i = 0; i < articles.size(); ++i) {
    std::optional<int> d = stories::DayNumber(articles[i].date);
    int day = d.value_or(w.last);
    if (day >= w.first - 1 && day <= w.last) {
      model.Count(articles[i]);
      counted[i] = true;
    }
  }
  Briefing briefing;
  briefing.date = stories::DayString(w.last);
  briefing.since = stories::DayString(w.first);
  std::vector<std::vector<std::string>> names;
  int done = 0;
  for (const auto& [score, story] : kept) {
    // The story as it stood on the last day briefed: later articles are left out.
    std::vector<std::size_t> members;
    for (const std::string& id : story->articles) {
      auto it = by_id.find(id);
      if (it == by_id.end()) continue;
      std::optional<int> d = stories::DayNumber(articles[it->second].date);
      if (d && *d > w.last) continue;
      members.push_back(it->second);
    }
    std::stable_sort(members.begin(), members.end(), [&](std::size_t a, std::size_t b) {
      if (articles[a].date != articles[b].date) return articles[a].date < articles[b].date;
      return articles[a].id < articles[b].id;
    });
    std::vector<ArticleText> texts;
    texts.reserve(members.size());
    for (std::size_t i : members) {
      if (!counted[i]) model.Count(articles[i]);
    }
    for (std::size_t k = 0; k < members.size(); ++k) {
      texts.push_back(model.Read(articles[members[k]]));
      texts.back().order = static_cast<int>(k);
    }
    StoryText st;
    briefing::VectorSum centre;
    for (const ArticleText& t : texts) {
      st.members.push_back(&t);
      centre.Add(t.vector);
    }
    st.centroid = centre.Take();
    briefing::Normalize(&st.centroid);

    BriefingStory b;
    b.story = story->id;
    b.title = briefing::ChooseHeadline(st);
    if (b.title.empty()) b.title = story->title;
    b.summary = briefing::Summarise(st, options.summary_sentences);
    for (std::size_t i : members) b.articles.push_back(articles[i].id);
    b.perspectives = briefing::Perspectives(st, options.outlets);
    if (options.outlets != nullptr) b.coverage = Coverage(b.perspectives);
    b.quotes = briefing::KeyQuotes(st, options.quotes);
    b.timeline = Timeline(st);
    // The dates and language from the articles themselves (given stories may not carry them).
    for (std::size_t i : members) {
      std::string day = DayOf(articles[i].date);
      if (day.empty()) continue;
      if (b.first_seen.empty() || day < b.first_seen) b.first_seen = day;
      if (day > b.last_seen) b.last_seen = day;
    }
    b.score = score;
    b.language = story->language.empty() && !members.empty() ? articles[members[0]].language
                                                             : story->language;
    names.push_back(StoryNames(st));
    briefing.stories.push_back(std::move(b));
    if (options.progress) options.progress(++done, static_cast<int>(kept.size()));
  }
  Relate(names, &briefing);
  return briefing;
}

}  // namespace newsdesk
