// Stories in the archive: read the window, group the new articles, write stories and links.
#include "newsdesk/story_update.h"

#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "stories/story_builder.h"

namespace newsdesk {
namespace {

bool IsDayOrEmpty(std::string_view s) {
  return s.empty() || (s.size() == 10 && stories::DayNumber(s).has_value());
}

StoryArticle FromRow(const StoryArticleRow& row) {
  StoryArticle a;
  a.id = std::to_string(row.id);
  a.title = row.title;
  a.description = row.lead;
  a.url = row.url;
  a.sitename = row.outlet;
  a.date = row.date;
  a.language = row.language;
  if (row.duplicate_of != 0) a.copy_of = std::to_string(row.duplicate_of);
  if (row.story_id != 0) a.story = std::to_string(row.story_id);
  return a;
}

// The day of `date` (YYYY-MM-DD...) or "" when it has none.
std::string_view Day(std::string_view date) { return date.size() >= 10 ? date.substr(0, 10) : ""; }

}  // namespace

Result<StoryUpdateSummary> UpdateStories(Store* store, const StoryUpdateOptions& options) {
  if (!IsDayOrEmpty(options.since) || !IsDayOrEmpty(options.until)) {
    return Status::InvalidArgument("--since and --until want a day as YYYY-MM-DD");
  }
  std::string context_since;
  if (!options.since.empty()) {
    context_since = stories::DayString(*stories::DayNumber(options.since) - kStoryContextDays);
  }
  StoryUpdateSummary summary;
  std::vector<StoryArticle> articles;
  // The write lock first, then the read: another process grouping meanwhile (a crawl after its
  // round, a morning briefing) waits for this one instead of placing the same articles twice.
  Status st = store->Begin();
  if (!st.ok()) return st;
  st = store->ForEachStoryArticle(context_since, options.until, [&](const StoryArticleRow& row) {
    articles.push_back(FromRow(row));
  });
  if (!st.ok()) {
    (void)store->Rollback();
    return st;
  }
  summary.articles = articles.size();
  // In the window: what is shown, and the new articles that get placed.
  auto in_window = [&](const StoryArticle& a) {
    std::string_view day = Day(a.date);
    return day.empty() || options.since.empty() || day >= options.since;
  };
  std::unordered_map<std::string_view, const StoryArticle*> by_id;
  for (const StoryArticle& a : articles) by_id.emplace(a.id, &a);

  // Every story is grouped and written; the choice of those shown comes after.
  StoriesOptions grouping;
  grouping.date = options.stories.date;
  grouping.progress = options.stories.progress;
  Result<std::vector<Story>> grouped = GroupStories(articles, grouping);
  if (!grouped.ok()) {
    (void)store->Rollback();
    return grouped.status();
  }

  std::vector<Story> shown;
  for (Story& story : grouped.value()) {
    // Which articles are new to the story, and whether the story is new.
    bool earlier = false;
    bool any_in_window = false;
    bool on_date = options.stories.date.empty();
    std::vector<int64_t> fresh;
    for (const std::string& id : story.articles) {
      const StoryArticle* a = by_id.at(id);
      earlier |= !a->story.empty();
      any_in_window |= in_window(*a);
      on_date |= Day(a->date) == options.stories.date;
      if (a->story.empty()) fresh.push_back(std::stoll(a->id));
    }
    StoryRow row{0, story.title, story.first_seen, story.last_seen};
    if (earlier) {
      row.id = std::stoll(story.id);
      if (!fresh.empty()) {
        st = store->UpdateStory(row);
        ++summary.grown_stories;
      }
    } else {
      Result<int64_t> id = store->AddStory(row);
      st = id.status();
      if (id.ok()) {
        row.id = *id;
        story.id = std::to_string(*id);
        ++summary.new_stories;
      }
    }
    for (int64_t article : fresh) {
      if (st.ok()) st = store->SetArticleStory(article, row.id);
    }
    if (!st.ok()) {
      (void)store->Rollback();
      return st;
    }
    summary.placed += fresh.size();
    bool language_ok =
        options.stories.language.empty() || story.language == options.stories.language;
    if (any_in_window && (on_date || !options.stories.only_date) && language_ok) {
      shown.push_back(std::move(story));
    }
  }
  st = store->Commit();
  if (!st.ok()) {
    (void)store->Rollback();
    return st;
  }
  if (options.stories.top > 0 && shown.size() > static_cast<std::size_t>(options.stories.top)) {
    shown.resize(static_cast<std::size_t>(options.stories.top));
  }
  summary.stories = std::move(shown);
  return summary;
}

}  // namespace newsdesk
