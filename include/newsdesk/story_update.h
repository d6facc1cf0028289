// newsdesk/story_update.h: stories kept in the archive (newsdesk/store.h) and grown run after run.
//
// UpdateStories reads the archive's articles of the window asked for (and, for word rarity and
// for the stories still open, the kContextDays days before it), groups those that are in no story
// yet with GroupStories (newsdesk/stories.h), the others staying in their stories, and writes the
// result in one transaction: new stories get a row, grown stories get their new articles, title
// and dates. Adding the next day's articles therefore extends the existing stories (their ids do
// not change) without grouping the archive again. The near-duplicate links made at ingest are
// used as they are. Part of newsdesk_pipeline.
//
// Thread-safety: call from one thread at a time; the Store must not be used by anyone else during
// the call. A killed run leaves the archive as it was before it (one transaction); run it again.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "newsdesk/status.h"
#include "newsdesk/store.h"
#include "newsdesk/stories.h"

namespace newsdesk {

struct StoryUpdateOptions {
  // The window: articles dated from `since` to `until` (YYYY-MM-DD; empty: no bound), and every
  // undated article.
  std::string since;
  std::string until;
  // How the stories shown are ranked and chosen (`date`, `top`, `language`, `progress`); the
  // stories shown are those with an article in the window.
  StoriesOptions stories;
};

struct StoryUpdateSummary {
  uint64_t articles = 0;       // articles read from the archive (the window and its context)
  uint64_t placed = 0;         // articles put in a story by this run
  uint64_t new_stories = 0;    // stories created
  uint64_t grown_stories = 0;  // earlier stories that took new articles
  std::vector<Story> stories;  // ranked; ids are the archive's story ids
};

// Days before `since` read for context (rarity of words, stories still open).
inline constexpr int kStoryContextDays = 30;

// Groups and stores. Fails with kInvalidArgument for a malformed since/until, kIoError when the
// archive cannot be read or written (nothing is written then).
Result<StoryUpdateSummary> UpdateStories(Store* store, const StoryUpdateOptions& options);

}  // namespace newsdesk
