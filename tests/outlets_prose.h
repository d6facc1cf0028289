// outlets_prose: the invented news articles tests/outlets_server serves. Templates (with {slots}
// and [alternative|wordings], outlets_events.h) filled from vocabularies by a seeded generator, so
// that (seed, kind) always gives the same article, and different seeds give different events
// told in different words: two articles of one kind are not near-duplicates of each other.
// Pure functions of their arguments; thread-safe.
#pragma once

#include <cstdint>
#include <ctime>
#include <string>
#include <vector>

namespace outlets {

struct Story {
  std::string headline;
  std::string description;  // the lede, also the first paragraph
  std::string author;
  std::string section;
  std::vector<std::string> paragraphs;
  time_t published = 0;
};

// The number of kinds of event MakeStory can write about (0 .. StoryKinds() - 1).
int StoryKinds();

// What MakeStory writes: all of the article, or its summary (headline, description, author,
// section and date, the same as in the whole article; no paragraphs), which is what feeds,
// teasers and related links show and costs a fraction of the whole.
enum class StoryParts { kAll, kSummary };

// The English article for (seed, kind), dated `published`; kind < 0 lets the seed choose it.
// Five to eight paragraphs, the first of them the description (the lede).
Story MakeStory(uint64_t seed, int kind, time_t published, StoryParts parts = StoryParts::kAll);

// The one Russian article (beta's /news/ru1), in UTF-8.
Story RussianStory(time_t published);

}  // namespace outlets
