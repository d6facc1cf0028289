// The briefing's renderers (newsdesk/briefing.h, RenderBriefing), one file per format, and the
// few helpers they share. Every text of a Briefing comes from an article, so every renderer treats
// it as hostile: ill-formed UTF-8 repaired, control characters dropped, escaped for the format;
// only http(s) URLs become links. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "newsdesk/briefing.h"

namespace newsdesk::output {

// A complete HTML page with inline CSS and no script (briefing_html.cc).
void RenderBriefingHtml(const Briefing& briefing, const BriefingRenderOptions& options,
                        std::string* out);
// Markdown that reads as plain text too (briefing_markdown.cc).
void RenderBriefingMarkdown(const Briefing& briefing, const BriefingRenderOptions& options,
                            std::string* out);
// {"date", "since", "stories": [...]}, pretty-printed (briefing_json.cc).
void RenderBriefingJson(const Briefing& briefing, std::string* out);
// One compact story object a line, each with the briefing's "date" (briefing_json.cc).
void RenderBriefingJsonl(const Briefing& briefing, std::string* out);
// RSS 2.0, one item per story (briefing_rss.cc).
void RenderBriefingRss(const Briefing& briefing, const BriefingRenderOptions& options,
                       std::string* out);

// --- shared helpers (briefing_render.cc) ---

// `text` as one clean line: ill-formed UTF-8 replaced with U+FFFD; control characters (C0 but
// whitespace, DEL, C1) and U+FFFE/U+FFFF dropped, as XML 1.0 does not allow them; runs of
// whitespace collapsed to one space, none at either end.
std::string CleanText(std::string_view text);

// `url` (trimmed) when it is an absolute http or https URL of well-formed UTF-8 with no space or
// control character in it; empty otherwise (javascript:, data:, relative URLs, ...).
std::string WebUrl(std::string_view url);

// `id` with every character outside [A-Za-z0-9_-] replaced by '-'; "story" when empty.
std::string SafeId(std::string_view id);

// "2024-05-02", or "2024-05-01 – 2024-05-02" for a range.
std::string DateRange(const Briefing& briefing);

// The language all the stories share (ISO 639-1 or a BCP 47 tag of letters and '-'); empty when
// they differ, one has none, or there are no stories.
std::string BriefingLanguage(const Briefing& briefing);

// The perspective whose article is `article`; null when no perspective shows it.
const Perspective* FindPerspective(const BriefingStory& story, std::string_view article);

// The sources of a story's summary: the distinct article ids in the order the sentences cite
// them, and for each sentence the 1-based number of its source in that list.
struct SummarySources {
  std::vector<std::string> articles;
  std::vector<int> number;  // one per summary sentence
};
SummarySources NumberSources(const BriefingStory& story);

// The plain-text lines every format shows the same way (clean, not yet escaped for a format):
// "1 article" / "3 articles".
std::string CountOf(int n, std::string_view one, std::string_view many);
// "3 articles · 2 outlets · 2024-05-01 – 2024-05-02" (outlets: one perspective per outlet).
std::string StoryFacts(const BriefingStory& story);
// "left 2 · center 1 · unrated 1"; empty without coverage.
std::string CoverageLine(const BriefingStory& story);
// "[2]": a summary sentence's source marker.
std::string SourceMarker(int number);
// "2024-05-01: 3 articles, 2 outlets".
std::string TimelineLine(const TimelinePoint& point);

}  // namespace newsdesk::output
