// Author names as people, from the strings pages put in bylines and markup.
#pragma once

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

// The person an author bio is about: "Jane Doe has worked as a senior writer at X since 2014."
// -> "Jane Doe"; "" when the text does not open with a name and a bio verb.
std::string NameFromBio(std::string_view bio);

// Adds the names in `more` not already in `names` (case-insensitive).
void MergeAuthors(std::vector<std::string>* names, const std::vector<std::string>& more);

}  // namespace newsdesk::metadata
