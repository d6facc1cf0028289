// newsdesk/archive_briefing.h: the briefing of the archive (newsdesk/store.h), its stories grown
// first. Part of newsdesk_pipeline.
//
// BriefArchive runs UpdateStories (newsdesk/story_update.h) over the days briefed, so that the
// articles ingested since the last run join their stories (stable ids) and new stories are
// stored, then builds the briefing (newsdesk/briefing.h) from the archive's stories and the full
// text of their articles.
//
// Thread-safety: as UpdateStories (one thread; nobody else writes the Store meanwhile).
#pragma once

#include <optional>

#include "newsdesk/briefing.h"
#include "newsdesk/status.h"
#include "newsdesk/store.h"

namespace newsdesk {

struct ArchiveBriefingSummary {
  uint64_t placed = 0;       // articles put in a story by this run
  uint64_t new_stories = 0;  // stories created by this run
  Briefing briefing;
};

// `options.date` (default: the archive's latest dated day; only that day and the context before
// it are read), `options.since` and the rest as
// BuildBriefing takes them; `options.stories` is ignored (the archive's stories are used).
// Fails as UpdateStories and BuildBriefing fail (kInvalidArgument, kIoError, kNotFound).
Result<ArchiveBriefingSummary> BriefArchive(Store* store, BriefingOptions options);

// The briefing of the stories as the archive holds them: nothing is grouped or written (for
// readers: the server). With `story`, that story alone, as of its last day. Fails with kNotFound
// when there is no story on the day (or no such story).
Result<Briefing> ReadArchiveBriefing(Store* store, BriefingOptions options,
                                     std::optional<int64_t> story = std::nullopt);

}  // namespace newsdesk
