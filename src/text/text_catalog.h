// The vocabulary of plain-text mode, as data: section markers, end headings, caption and bio
// phrases, function words. The line predicates (line_signals.h) read these lists; every entry
// carries the reason it is there.
//
// Matching rules belong to the predicates: unless a list says otherwise, entries are compared
// with the line ASCII-lowercased (capital non-ASCII letters are not folded, so such entries are
// listed in both cases). All lists are constant data; safe from any thread.
#pragma once

#include <span>
#include <string_view>

namespace newsdesk::text {

using Phrases = std::span<const std::string_view>;

// Whole lines (lowercased, trailing ":", " ", "." and "…" trimmed) that open the page's
// furniture after an article: comments, related stories; in English and the other languages
// news is often written in (Portuguese, Spanish, French, German, Italian, Russian).
// Pitches (IsPitch): strong phrases, weak words, the second person, the outlet's "we", the
// imperatives that open them, and the reporting words that make a line news instead.
Phrases PitchPhrases();
Phrases PitchWords();
Phrases SecondPersonWords();
Phrases FirstPluralWords();
Phrases PitchImperatives();
Phrases ReportingWords();
Phrases SectionMarkers();
// After a count ("12 comments", "34 responses to ..."): the start of the rest of the line.
Phrases CountedSectionWords();
// Words inside a section marker that make it open readers' comments.
Phrases CommentMarkerWords();
// Words after a count that make a section marker open a comment thread ("34 responses").
Phrases CommentThreadWords();
// Prefixes of headings that open what follows an article ("More articles from ...").
Phrases EndHeadingPrefixes();
// A rail heading is one of these heads with one of the tails: "More news", "Popular articles".
Phrases RailHeadingHeads();
Phrases RailHeadingTails();
// An author box's heading: one of these, then a capitalised name ("About Brigit Katz").
Phrases AuthorBoxPrefixes();
// Suffixes of a comment's head line ("thelastchargersfan says:").
Phrases CommentHeadSuffixes();
// A comment head that ends so only when it also holds a clock time ("... at 5:23 pm said:").
Phrases DatedCommentHeadSuffixes();
// Words in a comment's time line with a clock time ("March 3, 2024 at 9:14 am").
Phrases CommentClockWords();
// Words that make a short line a comment's time line on their own ("2 days ago").
Phrases CommentAgoWords();
// Prefixes of a bare URL (a line with no spaces).
Phrases UrlPrefixes();
// Case-sensitive prefixes of agency and broadcaster captions ("FILE PHOTO: ...").
Phrases CaptionPrefixes();
// Case-sensitive phrases that make a line of up to 300 characters a caption.
Phrases CaptionPhrases();
// Case-sensitive first words of a gallery counter ("Image 1 of 5").
Phrases GalleryCounterWords();
// Case-sensitive marks before a photo credit at a caption's end ("... Credit: Getty Images").
Phrases CreditMarks();
// Function words of the languages most news is written in (lowercase, whole words).
Phrases StopWords();
// Phrases of an author bio, anywhere in the line.
Phrases BioPhrases();
// Phrases of an author bio in a short line only (in a long one they are prose).
Phrases ShortBioPhrases();
// Words of a bio that names the writer's trade ("... is a freelance writer based in Toronto").
Phrases WriterTradeWords();
// Lowercased prefixes of a byline or dateline line in an article's header.
Phrases HeaderMetaPrefixes();
// Whole lines that are the bullets of a teaser list.
Phrases TeaserBullets();
// Case-sensitive suffixes of a pull quote with a share button ("...Click To Tweet").
Phrases ShareButtonSuffixes();

}  // namespace newsdesk::text
