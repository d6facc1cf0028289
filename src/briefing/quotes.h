// Quotes: who said what, read from an article's sentences.
//
// Three forms, as news writes them:
//   direct:   “...,” X said. / “...,” said X. / X said: “...”
//   reported: X said that ...
//   sourced:  ..., according to X.
// The speaker is the run of capitalised words (and titles such as "Mayor" or "chief engineer")
// next to the speech verb, or the description after it ("said the operator's chief executive").
// A pronoun ("he said") stands for the last speaker named earlier in the article; a surname alone
// takes the full name given earlier ("Sorel" -> "Mayor Ana Sorel"). Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "briefing/sentences.h"

namespace newsdesk::briefing {

struct FoundQuote {
  std::string_view text;  // the words quoted or reported (a view into the article)
  std::string speaker;
  int sentence = 0;  // index into the sentences given
  bool direct = false;
};

// The quotes of one article's sentences, in order.
std::vector<FoundQuote> FindQuotes(const std::vector<Sentence>& sentences);

}  // namespace newsdesk::briefing
