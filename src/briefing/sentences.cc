// Sentences and their flaws. See sentences.h.
#include "briefing/sentences.h"

#include <algorithm>
#include <cctype>

#include "briefing/catalog.h"
#include "util/fold.h"
#include "util/text_shape.h"

namespace newsdesk::briefing {
namespace {

// A dateline is short: a place, a date and an agency ("LONDON, Nov 30 (Reuters) -").
constexpr std::size_t kMaxDatelineBytes = 80;
constexpr int kMaxDatelineWords = 8;
// A byline names one to a few people and their outlet, nothing more.
constexpr int kMaxBylineWords = 12;

uint32_t CodePointAt(std::string_view s, std::size_t i, std::size_t* length) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *length = 1;
    return c;
  }
  return DecodeUtf8At(s, i, length);
}

bool IsUpperLetter(uint32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
         (c >= 0x100 && c <= 0x17F && c % 2 == 0) || (c >= 0x391 && c <= 0x3A9) ||
         (c >= 0x400 && c <= 0x42F);
}

bool IsLowerLetter(uint32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7) ||
         (c >= 0x3B1 && c <= 0x3C9) || (c >= 0x430 && c <= 0x45F);
}

// What may open a sentence: a capital, a digit, an opening quote or bracket, Spanish ¿ ¡.
bool OpensSentence(uint32_t c) {
  return IsUpperLetter(c) || (c >= '0' && c <= '9') || c == '"' || c == '\'' || c == '(' ||
         c == '[' || c == 0x201C || c == 0x2018 || c == 0xAB || c == 0xBF || c == 0xA1;
}

// What may follow a sentence's final punctuation before the space: closing quotes, brackets.
bool ClosesSentence(uint32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 || c == 0xBB;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  // A no-break space (U+00A0) at either end.
  while (s.size() >= 2 && s.substr(0, 2) == "\xC2\xA0") s.remove_prefix(2);
  while (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0") s.remove_suffix(2);
  return s;
}

// True when the '.' at `dot` ends an abbreviation or an initial, not a sentence.
bool DotEndsAbbreviation(std::string_view p, std::size_t dot) {
  std::size_t b = dot;
  while (b > 0 && (static_cast<unsigned char>(p[b - 1]) >= 0x80 ||
                   std::isalpha(static_cast<unsigned char>(p[b - 1])) || p[b - 1] == '.')) {
    --b;
  }
  std::string_view word = p.substr(b, dot - b);
  if (word.empty()) return false;
  // One capital letter: an initial ("J. Smith"); "U.S." and the like: letters and dots.
  if (word.size() == 1 && std::isupper(static_cast<unsigned char>(word[0]))) return true;
  return IsAbbreviation(LowerFolded(word));
}

// Ends the sentence that starts at `start`, at the terminal punctuation at `i`: returns where the
// next sentence starts (npos when the sentence goes on).
std::size_t SentenceBreak(std::string_view p, std::size_t i) {
  std::size_t length = 1;
  uint32_t c = CodePointAt(p, i, &length);
  std::size_t j = i + length;
  // Runs like "?!" and "..." end together.
  while (j < p.size() && (p[j] == '.' || p[j] == '!' || p[j] == '?')) ++j;
  while (j < p.size()) {
    uint32_t d = CodePointAt(p, j, &length);
    if (!ClosesSentence(d)) break;
    j += length;
  }
  if (j >= p.size() || !IsSpace(p[j])) return std::string_view::npos;
  std::size_t k = j;
  while (k < p.size() && IsSpace(p[k])) ++k;
  if (k >= p.size()) return std::string_view::npos;
  if (!OpensSentence(CodePointAt(p, k, &length))) return std::string_view::npos;
  if (c == '.' && j == i + 1 && DotEndsAbbreviation(p, i)) return std::string_view::npos;
  return k;
}

bool IsTerminal(std::string_view p, std::size_t i) {
  char c = p[i];
  if (c == '!' || c == '?') return true;
  if (c == '.') return !IsNumberSeparatorAt(p, i);
  return p.substr(i, 3) == "\xE2\x80\xA6";  // …
}

void SplitParagraph(std::string_view p, int paragraph, std::vector<Sentence>* out) {
  std::size_t start = 0;
  auto emit = [&](std::size_t end) {
    std::string_view text = Trim(p.substr(start, end - start));
    if (text.empty()) return;
    Sentence s;
    s.text = text;
    s.index = static_cast<int>(out->size());
    s.paragraph = paragraph;
    s.words = static_cast<int>(WordCount(text));
    s.flaw = FlawOf(text, s.words);
    std::string_view last = text;
    while (!last.empty() && (last.back() == '"' || last.back() == '\'' || last.back() == ')' ||
                             static_cast<unsigned char>(last.back()) >= 0x80)) {
      last.remove_suffix(1);
    }
    s.question = !last.empty() && last.back() == '?';
    std::size_t first_end = text.find_first_of(" ,;:");
    std::string first = LowerFolded(text.substr(0, first_end));
    s.dependent = IsDependentOpener(first);
    out->push_back(s);
  };
  for (std::size_t i = 0; i < p.size(); ++i) {
    if (!IsTerminal(p, i)) continue;
    std::size_t next = SentenceBreak(p, i);
    if (next == std::string_view::npos) {
      // A run like "..." or "?!" is one end: its other marks are not looked at again (a text of
      // dots would otherwise cost its length squared).
      while (i + 1 < p.size() && (p[i + 1] == '.' || p[i + 1] == '!' || p[i + 1] == '?')) ++i;
      continue;
    }
    emit(next);
    start = next;
    i = next - 1;
  }
  emit(p.size());
}

// True when every word of `s` outside parentheses is free of lower-case letters.
bool NoLowerOutsideParens(std::string_view s) {
  int depth = 0;
  int letters = 0;
  std::size_t length = 1;
  for (std::size_t i = 0; i < s.size(); i += length) {
    uint32_t c = CodePointAt(s, i, &length);
    if (c == '(') ++depth;
    if (c == ')') depth = std::max(0, depth - 1);
    if (depth > 0) continue;
    if (IsLowerLetter(c)) return false;
    if (IsUpperLetter(c)) ++letters;
  }
  return letters >= 3;
}

// "MADISON, Wis." / "SAN JOSE, Calif.": a city in capitals, a comma and a short region
// abbreviation, as American datelines write them.
bool IsCityAndRegion(std::string_view s) {
  std::size_t comma = s.find(", ");
  if (comma == std::string_view::npos || !NoLowerOutsideParens(s.substr(0, comma))) return false;
  std::string_view region = s.substr(comma + 2);
  return !region.empty() && region.size() <= 8 && region.back() == '.' &&
         region.find(' ') == std::string_view::npos;
}

bool IsByline(std::string_view sentence, int words) {
  if (words > kMaxBylineWords || sentence.size() < 4) return false;
  if (!(sentence.substr(0, 3) == "By " || sentence.substr(0, 3) == "BY ")) return false;
  // Every word after "By" is a name (capitalised) or a joining word: no running prose.
  std::size_t i = 3;
  while (i < sentence.size()) {
    while (i < sentence.size() && (IsSpace(sentence[i]) || sentence[i] == ',')) ++i;
    std::size_t end = i;
    while (end < sentence.size() && !IsSpace(sentence[end]) && sentence[end] != ',') ++end;
    std::string_view w = sentence.substr(i, end - i);
    i = end;
    if (w.empty()) continue;
    static constexpr std::string_view kJoining[] = {"and", "in", "for", "of",   "the", "at", "|",
                                                    "&",   "-",  "—",   "and.", "de",  "y",  "и"};
    if (std::find(std::begin(kJoining), std::end(kJoining), w) != std::end(kJoining)) continue;
    std::size_t length = 1;
    if (IsLowerLetter(CodePointAt(w, 0, &length))) return false;
  }
  return true;
}

bool HasLink(std::string_view lower) {
  if (lower.find("http://") != std::string_view::npos ||
      lower.find("https://") != std::string_view::npos ||
      lower.find("www.") != std::string_view::npos) {
    return true;
  }
  // An e-mail address or a handle: '@' followed by a letter.
  std::size_t at = lower.find('@');
  return at != std::string_view::npos && at + 1 < lower.size() &&
         std::isalnum(static_cast<unsigned char>(lower[at + 1]));
}

// True when the sentence's quote marks pair up: “ with ”, and straight double quotes in twos. A
// quote of several sentences splits into sentences that each hold one mark, and read wrongly alone.
bool QuotesPaired(std::string_view s) {
  int open = 0;
  int close = 0;
  int straight = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '"') ++straight;
    if (s.compare(i, 3, "\xE2\x80\x9C") == 0) ++open;
    if (s.compare(i, 3, "\xE2\x80\x9D") == 0) ++close;
  }
  return open == close && straight % 2 == 0;
}

}  // namespace

bool StartsWithCapital(std::string_view word) {
  if (word.empty()) return false;
  std::size_t length = 1;
  uint32_t c = CodePointAt(word, 0, &length);
  uint32_t f = FoldCodePoint(c);
  return f != c && f != kFoldSeparator && f != kFoldElided;
}

std::string LowerFolded(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t length = 1;
  for (std::size_t i = 0; i < text.size(); i += length) {
    uint32_t c = CodePointAt(text, i, &length);
    uint32_t f = FoldCodePoint(c);
    if (f == kFoldSeparator || f == kFoldElided) f = c;
    AppendUtf8(f, &out);
  }
  return out;
}

std::size_t DatelineLength(std::string_view paragraph) {
  static constexpr std::string_view kDashes[] = {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " -- ", " - ",
                                                 "\xE2\x80\x94"};
  std::size_t best = std::string_view::npos;
  std::size_t dash_length = 0;
  bool bare_dash = false;  // "—" without spaces around it
  for (std::string_view dash : kDashes) {
    std::size_t at = paragraph.substr(0, kMaxDatelineBytes + dash.size()).find(dash);
    if (at != std::string_view::npos && at < best) {
      best = at;
      dash_length = dash.size();
      bare_dash = dash.front() != ' ';
    }
  }
  // "ISLAMABAD: ", "LONDON (Nov 8): ": a colon after capitals ends a dateline too.
  std::size_t colon = paragraph.substr(0, kMaxDatelineBytes).find(": ");
  bool by_colon = false;
  if (colon != std::string_view::npos && colon > 0 && colon < best &&
      NoLowerOutsideParens(paragraph.substr(0, colon))) {
    best = colon;
    dash_length = 2;
    by_colon = true;
  }
  if (best == std::string_view::npos || best == 0 || best > kMaxDatelineBytes) return 0;
  std::string_view prefix = Trim(paragraph.substr(0, best));
  std::size_t length = 1;
  // "(CNN) - ": an agency alone, in brackets.
  if (!by_colon && prefix.size() > 2 && prefix.front() == '(' && prefix.back() == ')' &&
      WordCount(prefix) <= 3) {
    std::size_t end = best + dash_length;
    while (end < paragraph.size() && IsSpace(paragraph[end])) ++end;
    return end;
  }
  if (prefix.empty() || !IsUpperLetter(CodePointAt(prefix, 0, &length))) return 0;
  if (static_cast<int>(WordCount(prefix)) > kMaxDatelineWords) return 0;
  // "CITY (Agency)" / "CITY, Nov 30 (Agency)": ends with a short bracket; "CITY": all capitals.
  bool agency = prefix.back() == ')' && prefix.find('(') != std::string_view::npos &&
                WordCount(prefix.substr(prefix.rfind('('))) <= 4;
  if (!agency && !NoLowerOutsideParens(prefix) && !IsCityAndRegion(prefix)) return 0;
  // A dash without spaces joins words ("NATO—led", "COVID—19") unless an agency stands before it.
  if (!by_colon && bare_dash && !agency) return 0;
  std::size_t end = best + dash_length;
  while (end < paragraph.size() && IsSpace(paragraph[end])) ++end;
  return end;
}

SentenceFlaw FlawOf(std::string_view sentence, int words) {
  std::string lower = LowerFolded(sentence);
  if (HasLink(lower)) return SentenceFlaw::kLink;
  if (!PromoPhrase(lower).empty()) return SentenceFlaw::kPromo;
  if (IsByline(sentence, words)) return SentenceFlaw::kByline;
  if (words < kMinSummaryWords) return SentenceFlaw::kTooShort;
  if (words > kMaxSummaryWords) return SentenceFlaw::kTooLong;
  if (sentence.size() >= 3 && sentence.substr(sentence.size() - 3) == "...") {
    return SentenceFlaw::kCutOff;
  }
  if (sentence.size() >= 3 && sentence.substr(sentence.size() - 3) == "\xE2\x80\xA6") {
    return SentenceFlaw::kCutOff;
  }
  if (!EndsLikeSentence(sentence)) return SentenceFlaw::kCutOff;
  if (!QuotesPaired(sentence)) return SentenceFlaw::kQuoteFragment;
  return SentenceFlaw::kNone;
}

std::vector<Sentence> SplitSentences(std::string_view text) {
  std::vector<Sentence> out;
  int paragraph = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view p = Trim(text.substr(start, end - start));
    if (!p.empty()) {
      // Datelines open the first paragraphs of a report.
      if (paragraph < 2) p = p.substr(DatelineLength(p));
      SplitParagraph(p, paragraph, &out);
      ++paragraph;
    }
    start = end + 1;
  }
  return out;
}

}  // namespace newsdesk::briefing
