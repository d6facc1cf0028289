// The briefing's vocabularies. See catalog.h.
#include "briefing/catalog.h"

#include <algorithm>
#include <iterator>

namespace newsdesk::briefing {
namespace {

template <std::size_t N>
bool In(const std::string_view (&list)[N], std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

// Titles, months, company and place abbreviations news writes with a dot inside a sentence.
constexpr std::string_view kAbbreviations[] = {
    "mr",   "mrs",  "ms",   "dr",   "prof", "st",   "sr",   "jr",     "gen", "sen",  "rep",
    "gov",  "lt",   "col",  "sgt",  "capt", "cmdr", "adm",  "maj",    "rev", "hon",  "pres",
    "supt", "insp", "det",  "inc",  "corp", "co",   "ltd",  "llc",    "plc", "bros", "dept",
    "univ", "assn", "vs",   "no",   "nos",  "vol",  "fig",  "approx", "est", "jan",  "feb",
    "mar",  "apr",  "jun",  "jul",  "aug",  "sep",  "sept", "oct",    "nov", "dec",  "mon",
    "tue",  "wed",  "thu",  "fri",  "sat",  "sun",  "u.s",  "u.k",    "u.n", "e.u",  "d.c",
    "a.m",  "p.m",  "i.e",  "e.g",  "etc",  "ave",  "blvd", "rd",     "mt",  "ft",   "calif",
    "fla",  "ill",  "mass", "mich", "minn", "penn", "tenn", "tex",    "va",  "wash", "wis",
    "ariz", "colo", "conn", "ga",   "ky",   "la",   "md",   "mo",     "nev", "okla", "ore",
    "г",    "гг",   "им",   "ул",   "т.е",  "т.д",  "sr.a", "sra",    "dra", "av"};

// Phrases that mark a line as the page's, not the story's: sign-ups and promotions, bylines and
// credits, notes about the article itself. Summaries quote the story; these never make one.
constexpr std::string_view kPromoPhrases[] = {
    // promotions and sign-ups
    "sign up", "subscribe to", "subscribe now", "subscribe for", "newsletter", "click here",
    "read more", "read also", "follow us", "download our app", "download the app",
    "support our journalism", "share this", "share on", "join our", "get the latest",
    "in your inbox", "watch:", "watch the video", "related:", "more stories", "sponsored content",
    // credits and bylines
    "reporting by", "editing by", "writing by", "additional reporting", "contributed to this",
    "contributed reporting", "contact the author", "follow him on", "follow her on",
    "email the author", "is a reporter", "is a staff writer", "is a correspondent",
    "photo:", "image:", "photograph:", "(photo", "(image", "getty images", "credit:",
    // notes about the page
    "this story has been updated", "this article has been updated", "this story was updated",
    "this article was updated", "this story was originally", "this article was originally",
    "this story is developing", "this is a developing story", "all rights reserved", "terms of use",
    "privacy policy", "cookie policy", "our cookies",
    // the same in the other languages briefed most (ru, es, fr, de, pt)
    "подписывайтесь", "подпишитесь", "читайте также", "читайте нас", "suscribete", "lee tambien",
    "abonnez-vous", "lire aussi", "abonnieren", "lesen sie auch", "assine", "leia tambem"};

// Verbs that attribute speech, in the forms news uses them.
constexpr std::string_view kSpeechVerbs[] = {
    "said",      "says",      "told",      "added",        "stated",   "explained",
    "warned",    "wrote",     "tweeted",   "argued",       "insisted", "noted",
    "asked",     "announced", "declared",  "acknowledged", "admitted", "claimed",
    "continued", "replied",   "responded", "according"};

constexpr std::string_view kSpeakerPronouns[] = {"he", "she", "they", "it"};

// Openers that need the sentence before to make sense: contrast and addition words, pronouns
// and demonstratives. A summary made of such sentences reads as fragments.
constexpr std::string_view kDependentOpeners[] = {
    "but",      "and",         "or",      "so",        "yet",   "however", "also",      "still",
    "he",       "she",         "it",      "they",      "his",   "her",     "its",       "their",
    "this",     "that",        "these",   "those",     "there", "then",    "meanwhile", "instead",
    "moreover", "furthermore", "besides", "otherwise", "thus",  "hence",   "such",      "both"};

constexpr std::string_view kSpeakerTitles[] = {
    "mayor",        "president", "minister",    "prime",        "secretary",  "senator",
    "governor",     "chief",     "director",    "judge",        "justice",    "general",
    "officer",      "spokesman", "spokeswoman", "spokesperson", "chairman",   "chairwoman",
    "chair",        "ceo",       "professor",   "dr",           "mr",         "mrs",
    "ms",           "sen",       "rep",         "gov",          "councillor", "councilor",
    "commissioner", "inspector", "captain",     "coach",        "leader",     "engineer",
    "sheriff",      "police",    "union",       "king",         "queen",      "pope"};

}  // namespace

bool IsAbbreviation(std::string_view folded_word) { return In(kAbbreviations, folded_word); }

std::string_view PromoPhrase(std::string_view lower) {
  for (std::string_view phrase : kPromoPhrases) {
    if (lower.find(phrase) != std::string_view::npos) return phrase;
  }
  return {};
}

bool IsSpeechVerb(std::string_view word) { return In(kSpeechVerbs, word); }
bool IsSpeakerPronoun(std::string_view word) { return In(kSpeakerPronouns, word); }
bool IsDependentOpener(std::string_view word) { return In(kDependentOpeners, word); }
bool IsSpeakerTitle(std::string_view word) { return In(kSpeakerTitles, word); }

}  // namespace newsdesk::briefing
