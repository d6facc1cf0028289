// Author names as people, from the strings pages put in bylines and markup.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsdesk::metadata {

// Splits and cleans one author string: "By Jane Doe and John Roe, Senior Writers" ->
// {"Jane Doe", "John Roe"}. Drops "By"/"Written by", e-mail addresses, @handles, URLs, roles
// ("Senior Writer", "Staff Reporter"), degrees ("MS, RD"), dates and times; splits on "and",
// "&", ",", ";", "|" and "/". Returns names in their order, without duplicates.
// `from_markup`: the string came from a field meant for authors (JSON-LD, meta author), so
// user names ("jsteinhardt") and team names ("Everfit Team") stand; from visible text only
// capitalised, name-like parts do.
std::vector<std::string> SplitAuthors(std::string_view raw, bool from_markup = false);

// True when `name` looks like a person's name rather than an organisation, a site or a role:
// 1 to 5 words, no digits, not an organisation word ("Staff", "News", "Team", "Inc").
bool LooksLikePersonName(std::string_view name);

// True for a line that only introduces a byline: "By", "Written by", "Author:".
bool IsBylineLeadIn(std::string_view text);

// The name after a written-out author label opening a line: "Written by Jane Doe" -> "Jane Doe",
// "This post was written by Jane Doe, MD" -> "Jane Doe, MD"; nullopt when the line is longer
// than 120 bytes or does not open with one. A bare "By" does not count (teaser cards use it).
std::optional<std::string_view> WrittenByBody(std::string_view line);

// How a caller reads "By ..." lines. The callers differ (kept as they were, so output did not
// change when the rules became one function): metadata's byline near the headline takes "By:"
// and lines up to 200 chars; text mode's author line takes "By " only, under 150 chars.
struct BylineRule {
  bool colon = true;            // "By: Jane Doe" counts as well as "By Jane Doe"
  bool any_case = false;        // "BY JANE DOE" counts ("By" or "by" otherwise)
  std::size_t max_chars = 200;  // a longer line is prose that mentions an author
};

// The text after a line's "By" lead-in ("By Jane Doe" -> "Jane Doe", "By: Jane Doe" ->
// "Jane Doe"; may be empty for a bare "By "), or nullopt when `line` does not open with one or
// is longer than rule.max_chars. The view points into `line`.
std::optional<std::string_view> BylineBody(std::string_view line, const BylineRule& rule = {});

// The person an author bio is about: "Jane Doe has worked as a senior writer at X since 2014."
// -> "Jane Doe"; "" when the text does not open with a name and a bio verb.
std::string NameFromBio(std::string_view bio);

// Adds the names in `more` not already in `names` (case-insensitive).
void MergeAuthors(std::vector<std::string>* names, const std::vector<std::string>& more);

}  // namespace newsdesk::metadata
