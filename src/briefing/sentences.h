// An article's text as sentences, each marked with whether a summary may quote it.
//
// Splitting: paragraphs at line breaks, sentences at '.', '!', '?' or '…' (and the closing quotes
// or brackets after them) followed by a space and a capital, a digit or an opening quote, except
// after an abbreviation (catalog.h), an initial ("J. Smith") or inside a number. A dateline
// ("RIVERVALE (Metro Wire) — ", "Nov 30 (Reuters) - ") is cut from the start of a paragraph.
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsdesk::briefing {

// Why a sentence may not be quoted in a summary.
enum class SentenceFlaw {
  kNone,
  kPromo,          // a promotion, credit, byline or note about the page (catalog.h)
  kByline,         // "By Jane Doe" and the like
  kCutOff,         // does not end as a sentence ends ("..." or no final punctuation)
  kTooShort,       // fewer than kMinSummaryWords words
  kTooLong,        // more than kMaxSummaryWords words
  kLink,           // holds a URL or an e-mail address
  kQuoteFragment,  // part of a quote running over several sentences (its quote marks unpaired)
};

struct Sentence {
  std::string_view text;  // a view into the article's text, trimmed, dateline cut
  int index = 0;          // its position among the article's sentences (0: the first)
  int paragraph = 0;      // its paragraph's position
  int words = 0;
  SentenceFlaw flaw = SentenceFlaw::kNone;
  bool question = false;   // ends with '?'
  bool dependent = false;  // opens with a word that leans on the sentence before
};

// Sentences of a summary have this many words at least, and at most kMaxSummaryWords: shorter
// ones are headings, captions and fragments; longer ones are run-on lists and split failures.
inline constexpr int kMinSummaryWords = 6;
inline constexpr int kMaxSummaryWords = 70;

// The sentences of `text`, views into it (which must outlive them).
std::vector<Sentence> SplitSentences(std::string_view text);

// The length of a dateline at the start of `paragraph` ("WASHINGTON (AP) — " -> its length), or
// 0 when it opens with none.
std::size_t DatelineLength(std::string_view paragraph);

// True when `word` opens with an upper-case letter (one that folds to another letter).
bool StartsWithCapital(std::string_view word);

// `text` in lower case without diacritics (util/fold.h), punctuation kept.
std::string LowerFolded(std::string_view text);

// The flaw of one sentence (kNone when a summary may quote it).
SentenceFlaw FlawOf(std::string_view sentence, int words);

}  // namespace newsdesk::briefing
