// Line signals for plain-text mode: one predicate per kind of line, each reading one line of a
// text dump (whitespace already collapsed). Their vocabularies live in text_catalog.h. Stateless;
// safe from any thread.
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace newsdesk::text {

// Section markers and end headings.

// Lines that open the page's furniture after an article: "Related stories", "12 comments".
bool IsSectionMarker(std::string_view line);
// A section marker that opens readers' comments ("Comments", "Leave a reply", "12 responses").
bool IsCommentMarker(std::string_view line);
// A counted marker of a comment thread ("34 responses to ...", "12 comments"): no article above.
bool IsCountedThreadMarker(std::string_view line);
// Headings that end an article found already: "Related coverage from ...", "About the author".
bool IsEndMarker(std::string_view line);

// Comments.

// A comment's time line: "2 days ago at 07:52 am", "March 3, 2024 at 9:14 am".
bool IsCommentMeta(std::string_view line);
// "thelastchargersfan says:", "Ann on May 3, 2018 at 5:23 pm said:" - the head of a comment.
bool IsCommentHead(std::string_view line);

// Boilerplate inside an article.

// A bare URL, an ISO timestamp, a keyword list: markup values leaking into a dump.
bool IsMachineText(std::string_view line);
// A photo caption ending in its credit, or a gallery counter ("Image 1 of 5").
bool IsCaption(std::string_view line);
// A long all-capitals line: an inline related link or call to action.
bool IsShoutedLink(std::string_view line);
// A pitch: a line that sells the outlet, its e-mails or a subscription without news in it ("Our
// free daily e-mail brings ...", "The best of X, delivered to your inbox", "Unlimited access ...
// for just $1 a week"): pitch words with the second person, the outlet's "we" or an imperative,
// or two pitch words; never a line that reports (said, told) or quotes.
bool IsPitch(std::string_view line);
// A pull quote with a share button glued to it ("Quote worth sharing.Click To Tweet").
bool EndsWithShareButton(std::string_view line);
// An author bio ("Jane Doe has worked as a senior writer at ...").
bool IsBio(std::string_view line);
// A bio that names the writer's trade ("... is a freelance writer based in Toronto"): stricter
// than IsBio ("Acme has worked with clients ..." is prose), so it may end an article. Read it
// only on a line IsBio accepts.
bool IsWriterBio(std::string_view line);

// The article's header.

// A byline's start: "By Jane Doe", "by Jane Doe" (case-sensitive).
bool StartsWithBy(std::string_view line);
// A byline or dateline in an article's header: "By ...", "Updated ...", "March 3, 2024".
bool IsHeaderMeta(std::string_view line);

// Teasers and lists.

// A short line that looks like a title: a few words, no final full stop.
bool IsTitleLike(std::string_view line);
// A section label as teasers use them: one to three words ("Analysis", "In brief").
bool IsSectionLabel(std::string_view line);
// A short tag between teasers that is not a sentence ("2H ago", "Video").
bool IsShortTag(std::string_view line);
// A teaser's dek: one short sentence.
bool IsSingleSentenceDek(std::string_view line);
// A teaser's dek: a short sentence, or a line that starts with a section label ("Analysis What
// cheaper petrol means ...").
bool IsTeaserDek(std::string_view line);
// An all-capitals kicker over a teaser ("TIME TRAVELLER").
bool IsKicker(std::string_view line);
// The bullet of a teaser list on a line of its own ("-", "–", "•").
bool IsTeaserBullet(std::string_view line);
// How often each space-separated word occurs in a document (HasGluedDek's word list).
using WordCounts = std::unordered_map<std::string_view, int>;
// A teaser's headline glued to its dek by the dump ("... Strike PossibleThe United Auto ...",
// "... stateless WASHINGTON: Express ..."). A camel-cased word `counts` holds more than once
// ("ColdFusion") is a word, not a seam.
bool HasGluedDek(std::string_view line, const WordCounts& counts);
// The number of a numbered list item ("1) ...", "2. ...", "3 - ...", "4 : ..."), or -1.
int ListItemNumber(std::string_view line);

// Shape.

// The share of a line's words that are function words (jusText's insight).
double StopWordShare(std::string_view line);
// Hashes of a line's consecutive word triples (ASCII case folded), for copy detection.
void WordTriples(std::string_view line, std::vector<uint64_t>* out);

}  // namespace newsdesk::text
