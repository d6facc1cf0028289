// The briefing's vocabularies, as data: abbreviations that do not end a sentence, the phrases of
// promotions and bylines that never make a summary, the verbs that attribute speech, and the
// words that open a sentence which leans on the one before it. Each list says why it is there in
// catalog.cc. Lists are folded to lower case; lookups take folded text. Thread-safe (constant).
#pragma once

#include <string_view>

namespace newsdesk::briefing {

// "mr", "u.s", "jan": a word before '.' that does not end a sentence (folded, without the dot).
bool IsAbbreviation(std::string_view folded_word);

// A phrase of a promotion, a byline line or a page note ("sign up", "reporting by", "all rights
// reserved") found in `lower` (the sentence in lower case without diacritics, as
// sentences.h's LowerFolded gives it); empty when none.
std::string_view PromoPhrase(std::string_view lower);

// "said", "says", "told", "added": a verb that attributes speech (lower case).
bool IsSpeechVerb(std::string_view word);

// "he", "she", "they": a pronoun that stands for a speaker named earlier (lower case).
bool IsSpeakerPronoun(std::string_view word);

// "but", "however", "it", "this": a first word that leans on the sentence before (lower case).
bool IsDependentOpener(std::string_view word);

// "mayor", "president", "chief": a title before a name ("Mayor Ana Sorel"): part of the speaker.
bool IsSpeakerTitle(std::string_view word);

}  // namespace newsdesk::briefing
