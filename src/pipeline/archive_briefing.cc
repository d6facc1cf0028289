// The archive's briefing: grow the stories, read their articles' text, brief. See
// newsdesk/archive_briefing.h.
#include "newsdesk/archive_briefing.h"

#include <string>
#include <unordered_map>
#include <vector>

#include "newsdesk/story_update.h"
#include "stories/story_builder.h"

namespace newsdesk {

Result<ArchiveBriefingSummary> BriefArchive(Store* store, BriefingOptions options) {
  // Without a day, the archive's latest: only that day (and its context) is read and grouped,
  // not the whole archive.
  if (options.date.empty()) {
    Result<std::string> latest = store->LatestDay();
    if (!latest.ok()) return latest.status();
    options.date = *latest;
  }
  StoryUpdateOptions update;
  update.since = options.since.empty() ? options.date : options.since;
  update.until = options.date;
  update.stories.date = options.date;
  update.stories.progress = options.progress;
  Result<StoryUpdateSummary> updated = UpdateStories(store, update);
  if (!updated.ok()) return updated.status();

  // The articles of the window and of the stories' earlier days, as grouping read them.
  std::string context_since;
  if (!update.since.empty()) {
    context_since = stories::DayString(*stories::DayNumber(update.since) - kStoryContextDays);
  }
  std::vector<StoryArticle> articles;
  std::unordered_map<int64_t, std::size_t> by_id;
  Status st =
      store->ForEachStoryArticle(context_since, update.until, [&](const StoryArticleRow& r) {
        StoryArticle a;
        a.id = std::to_string(r.id);
        a.title = r.title;
        a.text = r.lead;  // until the full text is read below
        a.url = r.url;
        a.sitename = r.outlet;
        a.date = r.date;
        a.language = r.language;
        by_id.emplace(r.id, articles.size());
        articles.push_back(std::move(a));
      });
  if (!st.ok()) return st;
  // The full text of the stories' articles: what summaries, angles and quotes are read from.
  std::vector<int64_t> wanted;
  for (const Story& s : updated->stories) {
    for (const std::string& id : s.articles) wanted.push_back(std::stoll(id));
  }
  st = store->ForEachArticleText(wanted, [&](int64_t id, std::string_view text) {
    auto it = by_id.find(id);
    if (it != by_id.end() && !text.empty()) articles[it->second].text.assign(text);
  });
  if (!st.ok()) return st;

  options.stories = &updated->stories;
  Result<Briefing> briefing = BuildBriefing(articles, options);
  if (!briefing.ok()) return briefing.status();
  ArchiveBriefingSummary summary;
  summary.placed = updated->placed;
  summary.new_stories = updated->new_stories;
  summary.briefing = std::move(*briefing);
  return summary;
}

}  // namespace newsdesk
