// Line signals for plain-text mode: one predicate per kind of line, each reading one line of a
// text dump (whitespace already collapsed). Stateless; safe from any thread.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace newsdesk::text {

// Lines that open the page's furniture after an article: "Related stories", "12 comments".
bool IsSectionMarker(std::string_view line);
// A section marker that opens readers' comments ("Comments", "Leave a reply", "12 responses").
bool IsCommentMarker(std::string_view line);
// Headings that end an article found already: "Related coverage from ...", "About the author".
bool IsEndMarker(std::string_view line);
// A comment's time line: "2 days ago at 07:52 am", "March 3, 2024 at 9:14 am".
bool IsCommentMeta(std::string_view line);
// "thelastchargersfan says:", "Ann on May 3, 2018 at 5:23 pm said:" - the head of a comment.
bool IsCommentHead(std::string_view line);
// A bare URL, an ISO timestamp, a keyword list: markup values leaking into a dump.
bool IsMachineText(std::string_view line);
// A photo caption ending in its credit, or a gallery counter ("Image 1 of 5").
bool IsCaption(std::string_view line);
// A long all-capitals line: an inline related link or call to action.
bool IsShoutedLink(std::string_view line);
// An author bio ("Jane Doe has worked as a senior writer at ...").
bool IsBio(std::string_view line);
// The share of a line's words that are function words (jusText's insight).
double StopWordShare(std::string_view line);
// Hashes of a line's consecutive word triples (ASCII case folded), for copy detection.
void WordTriples(std::string_view line, std::vector<uint64_t>* out);

}  // namespace newsdesk::text
