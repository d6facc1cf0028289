#include "text/line_signals.h"

#include <cctype>
#include <span>
#include <string>

#include "metadata/authors.h"
#include "metadata/date.h"
#include "text/text_catalog.h"
#include "util/ascii.h"
#include "util/text_shape.h"

namespace newsdesk::text {
namespace {

// Section markers are headings: a longer line is a sentence that happens to hold the words.
constexpr std::size_t kMaxSectionMarkerChars = 80;
// End headings are shorter still (IsEndMarker is broad, so it keeps to short lines).
constexpr std::size_t kMaxEndMarkerChars = 60;
// An author box's heading: "About" and a name of two or three words.
constexpr uint32_t kMinAuthorBoxWords = 3;
constexpr uint32_t kMaxAuthorBoxWords = 4;
// A comment's time line is short ("March 3, 2024 at 9:14 am"); under 3 characters is no time.
constexpr std::size_t kMaxCommentMetaChars = 48;
constexpr std::size_t kMinCommentMetaChars = 3;
// A comment's head ("Ann says:") is short, and longer than its suffix alone.
constexpr std::size_t kMaxCommentHeadChars = 80;
constexpr std::size_t kMinCommentHeadChars = 7;
// Markup values and captions are short; a longer line is a paragraph.
constexpr std::size_t kMaxMachineTextChars = 400;
constexpr std::size_t kMaxCaptionChars = 400;
// A caption phrase ("file photo") counts in lines up to this long.
constexpr std::size_t kMaxCaptionPhraseChars = 300;
// An ISO timestamp: "2019-11-13T23:06:00" at least.
constexpr std::size_t kMinIsoTimestampChars = 19;
// Commas in a line without spaces that make a keyword list ("a,b,c,d").
constexpr std::size_t kMinKeywordCommas = 3;
// Commas glued to the next word that make a keyword list with spaces ("Money,Early retirement").
constexpr std::size_t kMinGluedCommas = 4;
// A gallery counter alone on its line ("Photo 12 of 120").
constexpr std::size_t kMaxGalleryCounterChars = 24;
// A gallery counter glued before a caption ("1of4"): at most this many digits.
constexpr std::size_t kMaxCounterDigits = 3;
// A photo credit after its mark: a name of one to six words.
constexpr uint32_t kMinCreditWords = 1;
constexpr uint32_t kMaxCreditWords = 6;
// Words in a capitalised line that make it a link rather than a subheading.
constexpr uint32_t kMinShoutedWords = 6;
// A shouted link is a headline, not a paragraph in capitals.
constexpr std::size_t kMaxShoutedChars = 200;
// Capital letters that make a line shouted (not a row of digits and symbols).
constexpr int kMinShoutedCapitals = 10;
// A bio is a paragraph at most.
constexpr std::size_t kMaxBioChars = 600;
// The short-bio phrases (" writer for ") count in lines up to this long.
constexpr std::size_t kMaxShortBioChars = 250;
// A writer's bio that may end an article is a short paragraph.
constexpr std::size_t kMaxWriterBioChars = 400;
// A byline ("By ...", "Updated ...") in an article's header is short.
constexpr std::size_t kMaxBylineChars = 120;
// A dateline alone on its line: short, with few words.
constexpr std::size_t kMaxDatelineChars = 80;
constexpr uint32_t kMaxDatelineWords = 12;
// A title-like line: short, two words at least.
constexpr std::size_t kMaxTitleChars = 140;
constexpr uint32_t kMinTitleWords = 2;
// A section label: one to three words, short.
constexpr uint32_t kMaxSectionLabelWords = 3;
constexpr std::size_t kMaxSectionLabelChars = 30;
// A tag between teasers ("2H ago", "Video").
constexpr std::size_t kMaxShortTagChars = 12;
// A teaser dek is one short sentence.
constexpr std::size_t kMaxDekChars = 220;
constexpr std::size_t kMaxDekSentenceStops = 1;
// A kicker: one to five capitalised words, 3 to 40 characters, 3 capital letters at least.
constexpr std::size_t kMinKickerChars = 3;
constexpr std::size_t kMaxKickerChars = 40;
constexpr uint32_t kMaxKickerWords = 5;
constexpr int kMinKickerCapitals = 3;
// Where a teaser's headline may end when a dump glued it to its dek.
constexpr std::size_t kMinGluedHeadline = 15;
constexpr std::size_t kMaxGluedHeadline = 150;
// The glued headline has four words at least (a shorter one is a name: "McDonald").
constexpr uint32_t kMinGluedHeadlineWords = 4;
// A dek's dateline in capitals ("WASHINGTON:"): this many characters at least.
constexpr std::size_t kMinDatelineCapitals = 4;
// List numbers have at most three digits (a longer number is a year or an amount).
constexpr std::size_t kMaxListNumberDigits = 3;

// Pitches are short: a longer line is an article's paragraph that mentions e-mail or readers.
constexpr std::size_t kMaxPitchChars = 200;
// Weak pitch words needed when no strong phrase is there ("free", "daily", "e-mail").
constexpr int kMinWeakPitchWords = 3;

// The line's words, lower-case ASCII letters, digits, apostrophes and hyphens kept.
std::vector<std::string> LowerWords(std::string_view line) {
  std::vector<std::string> words;
  std::string word;
  for (char c : line) {
    bool keep = std::isalnum(static_cast<unsigned char>(c)) || c == '\'' || c == '-';
    if (keep) {
      word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

bool AnyWordIn(const std::vector<std::string>& words, Phrases vocabulary) {
  for (const std::string& w : words)
    for (std::string_view v : vocabulary)
      if (w == v) return true;
  return false;
}

bool Contains(std::string_view line, std::string_view phrase) {
  return line.find(phrase) != std::string_view::npos;
}

bool ContainsAny(std::string_view line, Phrases phrases) {
  for (std::string_view p : phrases)
    if (Contains(line, p)) return true;
  return false;
}

bool StartsWithAny(std::string_view line, Phrases phrases) {
  for (std::string_view p : phrases)
    if (line.starts_with(p)) return true;
  return false;
}

bool EndsWithAny(std::string_view line, Phrases phrases) {
  for (std::string_view p : phrases)
    if (line.ends_with(p)) return true;
  return false;
}

bool IsDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool IsUpper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }
bool IsLower(char c) { return std::islower(static_cast<unsigned char>(c)) != 0; }

// The line's first colon is a clock's: "9:14", "at 5:23 pm".
bool HasClockTime(std::string_view l) {
  std::size_t colon = l.find(':');
  return colon != std::string_view::npos && colon > 0 && colon + 2 < l.size() &&
         IsDigit(l[colon - 1]) && IsDigit(l[colon + 1]) && IsDigit(l[colon + 2]);
}

// The line's first word ("Analysis" in "Analysis What cheaper petrol means ...").
std::string_view FirstWord(std::string_view t) {
  std::size_t space = t.find(' ');
  return t.substr(0, space == std::string_view::npos ? t.size() : space);
}

// The number of digits a line starts with.
std::size_t LeadingDigits(std::string_view l) {
  std::size_t i = 0;
  while (i < l.size() && IsDigit(l[i])) ++i;
  return i;
}

// "About Brigit Katz", "Sobre Carlos Nadalim": every word capitalised.
bool IsAuthorBoxHeading(std::string_view line, std::string_view lower) {
  for (std::string_view about : AuthorBoxPrefixes()) {
    if (!lower.starts_with(about) || WordCount(line) > kMaxAuthorBoxWords ||
        WordCount(line) < kMinAuthorBoxWords)
      continue;
    bool capitalised = true;
    for (std::size_t i = 0; i + 1 < line.size(); ++i)
      if (line[i] == ' ' && !IsUpper(line[i + 1])) capitalised = false;
    if (capitalised) return true;
  }
  return false;
}

// "... Strike PossibleThe United ...": a capital glued after three lower-case letters, in a
// word the document does not use elsewhere.
bool HasCamelSeam(std::string_view t, const WordCounts& counts) {
  for (std::size_t k = kMinGluedHeadline; k + 2 < t.size() && k < kMaxGluedHeadline; ++k) {
    if (!IsUpper(t[k]) || !IsLower(t[k + 1]) || !IsLower(t[k - 1]) || !IsLower(t[k - 2]) ||
        !IsLower(t[k - 3]) || WordCount(t.substr(0, k)) < kMinGluedHeadlineWords)
      continue;
    std::size_t b = t.rfind(' ', k);
    b = b == std::string_view::npos ? 0 : b + 1;
    std::size_t e = t.find(' ', k);
    if (e == std::string_view::npos) e = t.size();
    auto it = counts.find(t.substr(b, e - b));
    if (it != counts.end() && it->second == 1) return true;
  }
  return false;
}

// "... stateless WASHINGTON: Express ...": a dek's dateline after its headline.
bool HasDatelineSeam(std::string_view t) {
  for (std::size_t k = kMinGluedHeadline; k < t.size() && k < kMaxGluedHeadline; ++k) {
    if (t[k - 1] != ' ' || !IsUpper(t[k])) continue;
    std::size_t e = k;
    while (e < t.size() && (IsUpper(t[e]) || t[e] == ' ' || t[e] == '.')) ++e;
    if (e + 1 < t.size() && t[e] == ':' && t[e + 1] == ' ' && e - k >= kMinDatelineCapitals &&
        WordCount(t.substr(0, k)) >= kMinGluedHeadlineWords)
      return true;
  }
  return false;
}

}  // namespace

// Lines that open the page's furniture after an article: comments, related stories.
bool IsSectionMarker(std::string_view line) {
  if (line.size() > kMaxSectionMarkerChars) return false;
  std::string l = AsciiLowerCopy(line);
  while (!l.empty() && (l.back() == ':' || l.back() == ' ' || l.back() == '.')) l.pop_back();
  if (std::string_view(l).ends_with("\xE2\x80\xA6")) l.resize(l.size() - 3);  // "…"
  for (std::string_view m : SectionMarkers())
    if (l == m) return true;
  // "34 responses to ...", "12 comments", "3 replies"
  std::size_t i = LeadingDigits(l);
  if (i > 0 && i < l.size() && l[i] == ' ') {
    std::string_view rest = std::string_view(l).substr(i + 1);
    if (StartsWithAny(rest, CountedSectionWords())) return true;
  }
  return false;
}

bool IsCommentMarker(std::string_view line) {
  return IsSectionMarker(line) && ContainsAny(AsciiLowerCopy(line), CommentMarkerWords());
}

bool IsCountedThreadMarker(std::string_view line) {
  std::string l = AsciiLowerCopy(line);
  return !l.empty() && IsDigit(l[0]) && ContainsAny(l, CommentThreadWords());
}

// Headings that open what follows an article ("Related coverage from ...", "More articles
// from Jane Doe", "About the author", "Previous Article"): the article ends above them. Broader
// than IsSectionMarker, so used only to end an article already found, never to look for one.
bool IsEndMarker(std::string_view line) {
  if (line.size() > kMaxEndMarkerChars || EndsLikeSentence(line)) return false;
  std::string l = AsciiLowerCopy(line);
  if (StartsWithAny(l, EndHeadingPrefixes())) return true;
  // A rail heading: "More Great WIRED Stories", "More news", "Popular articles".
  for (std::string_view tail : RailHeadingTails()) {
    if (l.size() > tail.size() && std::string_view(l).ends_with(tail) &&
        StartsWithAny(l, RailHeadingHeads()))
      return true;
  }
  return IsAuthorBoxHeading(line, l);
}

// A comment's time line: "2 days ago at 07:52 am", "March 3, 2024 at 9:14 am", "5h ago".
bool IsCommentMeta(std::string_view line) {
  if (line.size() > kMaxCommentMetaChars || line.size() < kMinCommentMetaChars) return false;
  std::string l = AsciiLowerCopy(line);
  if (ContainsAny(l, CommentAgoWords())) return true;
  return HasClockTime(l) && ContainsAny(l, CommentClockWords());
}

// "thelastchargersfan says:" - the head of a comment.
bool IsCommentHead(std::string_view line) {
  if (line.size() > kMaxCommentHeadChars || line.size() < kMinCommentHeadChars) return false;
  if (EndsWithAny(line, CommentHeadSuffixes())) return true;
  return EndsWithAny(line, DatedCommentHeadSuffixes()) && HasClockTime(line);
}

// Text no writer types into an article: a bare URL, an ISO timestamp, a keyword
// list ("a,b,c,d" with no spaces) - markup values that leak into text dumps.
bool IsMachineText(std::string_view line) {
  if (line.empty() || line.size() > kMaxMachineTextChars) return false;
  if (line.find(' ') == std::string_view::npos) {
    if (StartsWithAny(line, UrlPrefixes())) return true;
    std::size_t commas = 0;
    for (char c : line) commas += c == ',';
    // 2019-11-13T23:06:00+01:00
    if (line.size() >= kMinIsoTimestampChars && IsDigit(line[0]) && line[4] == '-' &&
        line[7] == '-' && line[10] == 'T')
      return true;
    if (commas >= kMinKeywordCommas) return true;
  }
  // "How to retire early,Early retirement,Retiring early,Your Money Saving,..."
  std::size_t commas_without_space = 0;
  for (std::size_t i = 0; i + 1 < line.size(); ++i)
    commas_without_space += line[i] == ',' && std::isalpha(static_cast<unsigned char>(line[i + 1]));
  return commas_without_space >= kMinGluedCommas;
}

// A photo caption: a line that ends with its credit ("... treatment. Credit: Getty Images",
// "(Photo: AP)").
bool IsCaption(std::string_view line) {
  if (line.size() > kMaxCaptionChars) return false;
  // Agency and broadcaster caption styles: "FILE PHOTO: ...", "Image caption ...", "Video: ...",
  // "(c) Jane Roe ...", "This 2017 file photo shows ...".
  if (StartsWithAny(line, CaptionPrefixes())) return true;
  if (ContainsAny(line, CaptionPhrases()) && line.size() <= kMaxCaptionPhraseChars) return true;
  // "Image 1 of 5", "Photo 3 of 12": a gallery's counter.
  for (std::string_view word : GalleryCounterWords()) {
    if (!line.starts_with(word) || line.size() > kMaxGalleryCounterChars) continue;
    std::string_view rest = line.substr(word.size());
    if (!rest.empty() && IsDigit(rest[0]) && Contains(rest, " of ")) return true;
  }
  // A gallery's "1of4" / "3 of 12" counter glued before the caption.
  std::size_t d = LeadingDigits(line);
  if (d > 0 && d <= kMaxCounterDigits) {
    std::string_view rest = line.substr(d);
    if (rest.starts_with("of") || rest.starts_with(" of")) {
      std::size_t k = rest[0] == ' ' ? 3 : 2;
      if (k < rest.size() && rest[k] == ' ') ++k;
      if (k < rest.size() && IsDigit(rest[k])) return true;
    }
  }
  for (std::string_view mark : CreditMarks()) {
    std::size_t at = line.rfind(mark);
    if (at == std::string_view::npos) continue;
    std::string_view rest = line.substr(at + mark.size());
    if (WordCount(rest) >= kMinCreditWords && WordCount(rest) <= kMaxCreditWords &&
        rest.find_first_of(".!?") >= rest.size() - 1)
      return true;
  }
  return false;
}

// A long line in capitals ("TAYLOR SWIFT CLEARED TO PERFORM HITS AT AMAS, REPORT SAYS", "CLICK
// HERE TO GET THE APP"): a related-story link or a call to action set inside the article, not
// a subheading (those are short).
bool IsShoutedLink(std::string_view line) {
  if (line.size() > kMaxShoutedChars || WordCount(line) < kMinShoutedWords) return false;
  int upper = 0;
  for (char c : line) {
    if (IsLower(c)) return false;
    upper += IsUpper(c);
  }
  return upper >= kMinShoutedCapitals;
}

bool IsPitch(std::string_view line) {
  if (line.size() > kMaxPitchChars) return false;
  // Quotes and reporting make a line news.
  if (Contains(line, "\xE2\x80\x9C") || Contains(line, "\"")) return false;
  std::vector<std::string> words = LowerWords(line);
  if (words.empty() || AnyWordIn(words, ReportingWords())) return false;
  const bool to_reader = AnyWordIn(words, SecondPersonWords());
  const bool outlet = AnyWordIn(words, FirstPluralWords());
  std::string lower = AsciiLowerCopy(line);
  int strong = 0;
  for (std::string_view p : PitchPhrases()) strong += Contains(lower, p);
  if (strong >= 2) return true;
  if (strong == 1) return to_reader || outlet || AnyWordIn({words.front()}, PitchImperatives());
  // "Our free daily e-mail brings the day's stories to you": the outlet offering the reader
  // its e-mails in weak words only.
  if (!outlet || !to_reader) return false;
  int weak = 0;
  for (std::string_view v : PitchWords()) weak += AnyWordIn(words, std::span(&v, 1));
  return weak >= kMinWeakPitchWords;
}

bool EndsWithShareButton(std::string_view line) {
  for (std::string_view s : ShareButtonSuffixes())
    if (line.size() > s.size() && line.ends_with(s)) return true;
  return false;
}

bool IsBio(std::string_view line) {
  if (line.size() > kMaxBioChars) return false;
  std::string l = AsciiLowerCopy(line);
  bool bio_words = ContainsAny(l, BioPhrases()) ||
                   (line.size() <= kMaxShortBioChars && ContainsAny(l, ShortBioPhrases()));
  return bio_words && !metadata::NameFromBio(line).empty();
}

bool IsWriterBio(std::string_view line) {
  return line.size() <= kMaxWriterBioChars && ContainsAny(AsciiLowerCopy(line), WriterTradeWords());
}

bool StartsWithBy(std::string_view line) {
  // The one byline rule (metadata/authors.h), with no length limit and no "By:".
  return metadata::BylineBody(line, {.colon = false, .max_chars = std::string_view::npos})
      .has_value();
}

bool IsHeaderMeta(std::string_view line) {
  return (StartsWithAny(AsciiLowerCopy(line), HeaderMetaPrefixes()) &&
          line.size() <= kMaxBylineChars) ||
         (line.size() <= kMaxDatelineChars && WordCount(line) <= kMaxDatelineWords &&
          metadata::ParseDate(line).has_value());
}

bool IsTitleLike(std::string_view line) {
  return !line.empty() && line.size() <= kMaxTitleChars && !EndsLikeSentence(line) &&
         WordCount(line) >= kMinTitleWords;
}

bool IsSectionLabel(std::string_view line) {
  std::size_t words = WordCount(line);
  return words >= 1 && words <= kMaxSectionLabelWords && line.size() <= kMaxSectionLabelChars &&
         !EndsLikeSentence(line);
}

bool IsShortTag(std::string_view line) {
  return line.size() <= kMaxShortTagChars && !EndsLikeSentence(line);
}

bool IsSingleSentenceDek(std::string_view line) {
  if (line.size() > kMaxDekChars || !EndsLikeSentence(line)) return false;
  std::size_t stops = 0;
  for (std::size_t k = 0; k + 1 < line.size(); ++k)
    stops += (line[k] == '.' || line[k] == '!' || line[k] == '?') && line[k + 1] == ' ';
  return stops <= kMaxDekSentenceStops;
}

bool IsTeaserDek(std::string_view line) {
  return line.size() <= kMaxDekChars && (IsSectionLabel(FirstWord(line)) || EndsLikeSentence(line));
}

bool IsKicker(std::string_view line) {
  if (line.size() > kMaxKickerChars || line.size() < kMinKickerChars ||
      WordCount(line) > kMaxKickerWords)
    return false;
  int letters = 0;
  for (char c : line) {
    if (IsLower(c)) return false;
    letters += IsUpper(c);
  }
  return letters >= kMinKickerCapitals;
}

bool IsTeaserBullet(std::string_view line) {
  for (std::string_view b : TeaserBullets())
    if (line == b) return true;
  return false;
}

bool HasGluedDek(std::string_view line, const WordCounts& counts) {
  return HasCamelSeam(line, counts) || HasDatelineSeam(line);
}

int ListItemNumber(std::string_view t) {
  std::size_t d = 0;
  while (d < t.size() && d < kMaxListNumberDigits && IsDigit(t[d])) ++d;
  if (d == 0 || d + 1 >= t.size()) return -1;
  char sep = t[d];
  if (sep != ')' && sep != '.' && sep != ' ') return -1;
  if (sep == ' ' && !(d + 2 < t.size() && (t[d + 1] == '-' || t[d + 1] == ':'))) return -1;
  int n = 0;
  for (std::size_t i = 0; i < d; ++i) n = n * 10 + (t[i] - '0');
  return n;
}

// Hashes of a line's consecutive word triples (ASCII case folded), for copy detection.
void WordTriples(std::string_view line, std::vector<uint64_t>* out) {
  out->clear();
  uint64_t w[3] = {0, 0, 0};
  int words = 0;
  uint64_t h = 0;
  bool in_word = false;
  auto end_word = [&]() {
    w[0] = w[1];
    w[1] = w[2];
    w[2] = h;
    if (++words >= 3)
      out->push_back(w[0] * 0x9E3779B97F4A7C15ULL ^ w[1] * 0xC2B2AE3D27D4EB4FULL ^ w[2]);
    h = 0;
    in_word = false;
  };
  for (char c : line) {
    if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) {
      h = (h ^ static_cast<unsigned char>(AsciiLower(c))) * 0x100000001B3ULL;
      in_word = true;
    } else if (in_word) {
      end_word();
    }
  }
  if (in_word) end_word();
}

double StopWordShare(std::string_view line) {
  int words = 0, stops = 0;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && !std::isalpha(static_cast<unsigned char>(line[i])) &&
           static_cast<unsigned char>(line[i]) < 0x80)
      ++i;
    std::size_t start = i;
    while (i < line.size() && (std::isalpha(static_cast<unsigned char>(line[i])) ||
                               static_cast<unsigned char>(line[i]) >= 0x80))
      ++i;
    if (i == start) break;
    ++words;
    std::string w = AsciiLowerCopy(line.substr(start, i - start));
    for (std::string_view s : StopWords()) {
      if (w == s) {
        ++stops;
        break;
      }
    }
  }
  return words == 0 ? 0.0 : static_cast<double>(stops) / words;
}

}  // namespace newsdesk::text
