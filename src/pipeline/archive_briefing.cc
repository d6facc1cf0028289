// The archive's briefing: the stored stories and their articles' text -> BuildBriefing; with
// BriefArchive, the stories grown first. See newsdesk/archive_briefing.h.
#include "newsdesk/archive_briefing.h"

#include <string>
#include <vector>

#include "newsdesk/story_update.h"

namespace newsdesk {
namespace {

// Fills `options.date` with the archive's latest day when it is empty.
Status DefaultDay(Store* store, BriefingOptions* options) {
  if (!options->date.empty()) return Status::Ok();
  Result<std::string> latest = store->LatestDay();
  if (!latest.ok()) return latest.status();
  options->date = *latest;
  return Status::Ok();
}

}  // namespace

Result<Briefing> ReadArchiveBriefing(Store* store, BriefingOptions options,
                                     std::optional<int64_t> story) {
  Status st = DefaultDay(store, &options);
  if (!st.ok()) return st;
  std::vector<StoredStory> stored;
  if (story) {
    Result<std::optional<StoredStory>> one = store->GetStory(*story);
    if (!one.ok()) return one.status();
    if (!one->has_value()) return Status::NotFound("no story " + std::to_string(*story));
    stored.push_back(std::move(one.value().value()));
    // One story is shown whatever its days: brief it as of its last day.
    options.date = stored[0].last_date.substr(0, 10);
    options.since = stored[0].first_date.substr(0, 10);
  } else {
    Result<std::vector<StoredStory>> window =
        store->Stories(options.since.empty() ? options.date : options.since, options.date);
    if (!window.ok()) return window.status();
    stored = std::move(window).value();
  }
  std::vector<Story> stories;
  std::vector<StoryArticle> articles;
  for (const StoredStory& s : stored) {
    Story story_row;
    story_row.id = std::to_string(s.id);
    story_row.title = s.title;
    for (int64_t id : s.articles) {
      Result<std::optional<StoredArticle>> a = store->GetArticle(id);
      if (!a.ok()) return a.status();
      if (!a->has_value()) continue;
      story_row.articles.push_back(std::to_string(id));
      StoredArticle& stored = a.value().value();
      articles.push_back(ToStoryArticle(std::to_string(stored.id), std::move(stored.article)));
    }
    stories.push_back(std::move(story_row));
  }
  if (articles.empty()) {
    return Status::NotFound(options.date.empty() ? "the archive has no stories yet"
                                                 : "no story in the archive on " + options.date);
  }
  options.stories = &stories;
  return BuildBriefing(articles, options);
}

Result<ArchiveBriefingSummary> BriefArchive(Store* store, BriefingOptions options) {
  // Without a day, the archive's latest: only that day (and its context) is read and grouped,
  // not the whole archive.
  Status st = DefaultDay(store, &options);
  if (!st.ok()) return st;
  StoryUpdateOptions update;
  update.since = options.since.empty() ? options.date : options.since;
  update.until = options.date;
  update.stories.date = options.date;
  update.stories.progress = options.progress;
  Result<StoryUpdateSummary> updated = UpdateStories(store, update);
  if (!updated.ok()) return updated.status();
  Result<Briefing> briefing = ReadArchiveBriefing(store, options);
  if (!briefing.ok()) return briefing.status();
  ArchiveBriefingSummary summary;
  summary.placed = updated->placed;
  summary.new_stories = updated->new_stories;
  summary.briefing = std::move(*briefing);
  return summary;
}

}  // namespace newsdesk
