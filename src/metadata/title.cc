#include "metadata/title.h"

#include <algorithm>
#include <optional>

#include "dom/visibility.h"
#include "html/char_refs.h"
#include "metadata/date.h"
#include "util/fold.h"
#include "util/split.h"
#include "util/utf8.h"

namespace newsdesk::metadata {

using dom::Node;
using dom::Tag;

namespace {

void CollectText(const Node& n, std::string* out, bool* pending) {
  for (const Node* c = n.first_child; c; c = c->next_sibling) {
    if (c->is_text()) {
      AppendCollapsed(c->text(), out, pending);
    } else if (c->is_element() && !dom::IsInvisible(*c)) {
      if (dom::IsBlockLevel(c->tag) || c->tag == Tag::k_br) *pending = true;
      CollectText(*c, out, pending);
    }
  }
}

}  // namespace

std::string ElementText(const Node& element) {
  std::string out;
  bool pending = false;
  if (element.tag == Tag::k_title) {  // RCDATA: its only child is text
    for (const Node* c = element.first_child; c; c = c->next_sibling)
      if (c->is_text()) AppendCollapsed(c->text(), &out, &pending);
    return out;
  }
  CollectText(element, &out, &pending);
  return out;
}

namespace {

// Where a title's parts meet: a site part ("Headline | Site", "Site - Headline") or a kicker
// ("Politics: Headline", "LIVE: ..."). ": " sets off a kicker only; it is not in kSeparators of
// StripSiteSuffix, which would cut headlines such as "Wine for Beginners: A Guide".
constexpr std::string_view kPartSeparators[] = {" | ",
                                                " - ",
                                                " \xE2\x80\x93 ",
                                                " \xE2\x80\x94 ",
                                                " :: ",
                                                " \xC2\xB7 ",
                                                " \xC2\xBB ",
                                                " \xE2\x80\xA2 ",
                                                " / ",
                                                " : ",
                                                ": "};
// Labels of links and buttons that pages put in heading tags (TitleKey form).
constexpr std::string_view kActionLabels[] = {
    "read more",     "read more here", "continue reading",
    "learn more",    "click here",     "more",
    "see more",      "view more",      "view all",
    "see all",       "subscribe",      "subscribe now",
    "sign up",       "sign up now",    "sign in",
    "log in",        "login",          "register",
    "download",      "download now",   "get started",
    "start now",     "contact us",     "skip to content",
    "back to top",   "menu",           "search",
    "share",         "share this",     "home",
    "next",          "previous",       "next post",
    "previous post", "related posts",
};

// Section labels a page sets before or after its headline (TitleKey form).
constexpr std::string_view kSectionLabels[] = {
    "opinion", "analysis", "editorial", "commentary", "column",      "review",   "explainer",
    "live",    "watch",    "podcast",   "video",      "sponsored",   "obituary", "letters",
    "news",    "breaking", "exclusive", "interview",  "perspective",
};

// A headline left with fewer words than this by TrimSiteAndSection keeps its parts.
constexpr std::size_t kMinKeptWords = 3;

std::size_t WordCount(std::string_view text) {
  std::size_t words = 0;
  ForEachFoldedCodePoint(text, [&](uint32_t, bool end) { words += end; });
  return words;
}

// A part after " | " of more words than this is a second headline, not a label (CutPipeTail).
constexpr std::size_t kMaxTailWords = 5;
// A heading of more words than this that holds two sentences or more is prose (IsProse).
constexpr std::size_t kMaxHeadlineWords = 25;
// A heading with fewer capitals than this is not "in capitals" ("EU" alone, "NASA" alone).
constexpr std::size_t kMinCapitals = 4;
// A character an encoding lost shows as '?' (or U+FFFD) in place of up to this many.
constexpr std::size_t kMaxLostCharacters = 3;

// The text nodes ShownLines keeps: a headline's length, spaces around it included.
constexpr std::size_t kMinShownLine = 8;
constexpr std::size_t kMaxShownLine = 400;
// A date glued before a headline ("Dec 18 2025 Preparing a transition") has at most this many
// words; more is prose.
constexpr std::size_t kMaxDateWords = 5;

// Case- and diacritic-folded words joined by one space: "Rail  Strike, Ends!" -> "rail strike
// ends". Two titles that differ only in case, quotes or punctuation have one key.
std::string TitleKey(std::string_view text) {
  std::string key;
  ForEachFoldedCodePoint(text, [&](uint32_t cp, bool end) {
    if (end) {
      key.push_back(' ');
    } else {
      AppendUtf8(cp, &key);
    }
  });
  if (!key.empty()) key.pop_back();
  return key;
}

struct Part {
  std::size_t begin, end;     // byte offsets in the title
  bool site_separator_after;  // a separator that sets off a site part follows (not ": ")
};

// The title cut at every part separator, in order.
std::vector<Part> TitleParts(std::string_view title) {
  std::vector<Part> parts;
  std::size_t begin = 0, i = 0;
  while (i < title.size()) {
    std::size_t sep_len = 0;
    bool colon = false;
    for (std::string_view sep : kPartSeparators) {
      if (title.substr(i, sep.size()) == sep) {
        sep_len = sep.size();
        colon = sep == ": " || sep == " : ";
        break;
      }
    }
    if (sep_len == 0) {
      ++i;
      continue;
    }
    if (i > begin) parts.push_back({begin, i, !colon});
    i += sep_len;
    begin = i;
  }
  if (begin < title.size()) parts.push_back({begin, title.size(), false});
  return parts;
}

// Whether a run of `holder`'s parts, not all of them, is `key`. What follows the run must be set
// off by a site separator (a site part; after ": " comes a subtitle, which is the headline's);
// what precedes it (a kicker, a section label, a site's name) must, with what follows, be shorter
// than the run, or the site's name would be held by every "Headline | Site".
bool HoldsAsParts(std::string_view holder, const std::string& key) {
  std::vector<Part> parts = TitleParts(holder);
  for (std::size_t i = 0; i < parts.size(); ++i) {
    for (std::size_t j = i; j < parts.size(); ++j) {
      if (i == 0 && j + 1 == parts.size()) continue;  // the whole title: compared already
      if (j + 1 < parts.size() && !parts[j].site_separator_after) continue;
      std::string_view run = holder.substr(parts[i].begin, parts[j].end - parts[i].begin);
      if ((i == 0 || holder.size() - run.size() < run.size()) && TitleKey(run) == key) return true;
    }
  }
  return false;
}

// Whether `holder_key` is a date's words, then `key`.
bool HoldsAfterDate(const std::string& holder_key, const std::string& key) {
  if (holder_key.size() <= key.size() + 1) return false;
  std::size_t lead = holder_key.size() - key.size() - 1;
  if (holder_key.compare(lead + 1, std::string::npos, key) != 0 || holder_key[lead] != ' ')
    return false;
  std::string_view before(holder_key.data(), lead);
  std::size_t words = 1;
  for (char c : before) words += c == ' ';
  return words <= kMaxDateWords && ParseDate(before).has_value();
}

// Whether `part` is the site part of `title`: its last part, after a site separator and shorter
// than the rest ("The Daily Ledger" in "Rail strike ends | The Daily Ledger"; not the headline
// in "NASA Visualization Studio | Impact of Climate Change on Yields").
bool IsSitePart(std::string_view title, std::string_view part) {
  std::vector<Part> parts = TitleParts(title);
  if (parts.size() < 2 || !parts[parts.size() - 2].site_separator_after) return false;
  const Part& last = parts.back();
  std::size_t size = last.end - last.begin;
  return size * 2 < title.size() && TitleKey(title.substr(last.begin, size)) == TitleKey(part);
}

std::string Join(const std::vector<std::string_view>& names) {
  std::string out;
  for (std::string_view n : names) {
    if (!out.empty()) out += ", ";
    out += n;
  }
  return out;
}

// The sources among `metas` whose title holds `headline`.
std::vector<std::string_view> Agreeing(const HeadlineCandidates& c, std::string_view headline) {
  std::vector<std::string_view> names;
  for (const auto& [source, text] : c.metas)
    if (HoldsHeadline(text, headline)) names.push_back(source);
  return names;
}

// Step 7: without an <h1>, the markup title (site part removed, or whole) most others hold;
// `*support` is how many hold it.
HeadlineChoice ChooseAmongMetas(const HeadlineCandidates& c, std::size_t* support_out = nullptr) {
  HeadlineChoice best;
  std::size_t best_support = 0;
  for (const auto& [source, text] : c.metas) {
    std::string stripped = StripSiteSuffix(text);
    for (const std::string& form : {stripped, text}) {
      if (form.empty()) continue;
      std::size_t support = Agreeing(c, form).size();
      if (support > best_support) {
        best_support = support;
        best.text = form;
        best.source = std::string(source);
        if (support > 1) best.source += " (agrees: " + Join(Agreeing(c, form)) + ")";
      }
      if (stripped == text) break;
    }
  }
  if (support_out) *support_out = best_support;
  return best;
}

// Whether `text` has letters and all of them capitals (ASCII letters decide; others are neutral).
std::u32string CodePoints(std::string_view text) {
  std::u32string out;
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    std::size_t length = 1;
    out.push_back(byte < 0x80 ? byte : DecodeUtf8At(text, i, &length));  // ASCII: not decoded
    i += length;
  }
  return out;
}

// A letter's case: +1 capital, -1 small, 0 neither or not known. Basic Latin, Latin-1, Greek and
// Cyrillic (the scripts whose capitals pages type headlines in); other letters count as neither.
int LetterCase(uint32_t c) {
  auto in = [c](uint32_t lo, uint32_t hi) { return c >= lo && c <= hi; };
  if (in('A', 'Z') || (in(0xC0, 0xDE) && c != 0xD7) || in(0x391, 0x3AB) || in(0x400, 0x42F))
    return 1;
  if (in('a', 'z') || (in(0xDF, 0xFF) && c != 0xF7) || in(0x3AC, 0x3CE) || in(0x430, 0x45F))
    return -1;
  return 0;
}

// The small letter of a capital LetterCase knows; other code points as they are.
char32_t ToSmall(char32_t c) {
  if (LetterCase(c) <= 0) return c;
  return c >= 0x400 && c <= 0x40F ? c + 0x50 : c + 0x20;
}

// Whether `a` and `b` are the same text but for the case of their letters (punctuation and
// spacing count: "VS." is not "vs").
bool SameButCase(std::string_view a, std::string_view b) {
  const std::u32string x = CodePoints(a), y = CodePoints(b);
  if (x.size() != y.size()) return false;
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (ToSmall(x[i]) != ToSmall(y[i])) return false;
  }
  return true;
}

// Whether `text` has kMinCapitals capitals and no small letter (LetterCase).
bool InCapitals(std::string_view text) {
  std::size_t upper = 0;
  for (char32_t c : CodePoints(text)) {
    const int letter_case = LetterCase(c);
    if (letter_case < 0) return false;
    upper += letter_case > 0;
  }
  return upper >= kMinCapitals;
}

// Whether `title` holds at least two thirds of the words of `h1` (two words at least).
bool HoldsMostWords(std::string_view title, std::string_view h1) {
  std::vector<std::string> title_words;
  ForEachFoldedWord(title, [&](std::string_view w) { title_words.emplace_back(w); });
  std::size_t words = 0, held = 0;
  ForEachFoldedWord(h1, [&](std::string_view w) {
    ++words;
    held += std::find(title_words.begin(), title_words.end(), w) != title_words.end();
  });
  return words >= 2 && held * 3 >= words * 2;
}

// Whether `h1` is `title` with characters lost: each '?' or U+FFFD of `h1` standing for one to
// kMaxLostCharacters characters of `title`, at least one of them not a '?' itself.
bool LostCharactersOf(std::string_view h1, std::string_view title) {
  if (h1.find('?') == std::string_view::npos && h1.find("\xEF\xBF\xBD") == std::string_view::npos)
    return false;
  if (title.size() > h1.size() * 4 * kMaxLostCharacters) return false;  // bytes: cannot match
  const std::u32string a = CodePoints(h1), b = CodePoints(title);
  if (b.size() > a.size() * kMaxLostCharacters) return false;
  // reach[j]: a's prefix read so far matches b's first j characters (with a lost one, or not).
  std::vector<uint8_t> reach(b.size() + 1, 0), next(b.size() + 1);
  reach[0] = 1;  // bit 0: matched; bit 1: matched and a lost character stood for another
  for (char32_t c : a) {
    std::fill(next.begin(), next.end(), 0);
    const bool lost = c == U'?' || c == 0xFFFD;
    for (std::size_t j = 0; j <= b.size(); ++j) {
      if (!reach[j]) continue;
      if (j < b.size() && b[j] == c) next[j + 1] |= reach[j];
      if (!lost) continue;
      for (std::size_t k = 1; k <= kMaxLostCharacters && j + k <= b.size(); ++k) {
        const bool other = k > 1 || b[j] != U'?';
        next[j + k] |= reach[j] | (other ? 2 : 0);
      }
    }
    reach.swap(next);
  }
  return (reach[b.size()] & 2) != 0;
}

// Step 5: a title of the markup of which the <h1> is a display form (in capitals, or with
// characters lost).
HeadlineChoice DisplayFormOf(const HeadlineCandidates& c, std::string_view h1) {
  const bool capitals = InCapitals(h1);
  for (const auto& [source, text] : c.metas) {
    std::string title = StripSiteSuffix(text);
    if (capitals && !InCapitals(title) && HoldsMostWords(title, h1))
      return {title, std::string(source) + " (h1 in capitals)"};
    for (const std::string& form : {title, std::string(text)}) {
      if (LostCharactersOf(h1, form)) return {form, std::string(source) + " (h1 lost characters)"};
    }
  }
  return {};
}

// Step 1 for an <h1> in capitals: the markup's title that is the same text but for case, as
// written ("RAIL WORKERS END STRIKE" -> "Rail workers end strike"), whole or without its site
// part; none when no such title is written otherwise.
HeadlineChoice WrittenCaseOf(const HeadlineCandidates& c, std::string_view h1) {
  if (!InCapitals(h1)) return {};
  for (const auto& [source, text] : c.metas) {
    for (const std::string& form : {std::string(text), StripSiteSuffix(text)}) {
      if (!InCapitals(form) && SameButCase(form, h1))
        return {form, std::string(source) + " (h1 in capitals)"};
    }
  }
  return {};
}

}  // namespace

bool HoldsHeadline(std::string_view holder, std::string_view headline) {
  std::string key = TitleKey(headline);
  if (key.empty()) return false;
  std::string holder_key = TitleKey(holder);
  if (holder_key == key) return true;
  if (holder_key.find(key) == std::string::npos) return false;  // cheap reject
  return HoldsAsParts(holder, key) || HoldsAfterDate(holder_key, key);
}

std::string TrimSiteAndSection(std::string_view headline, std::string_view sitename,
                               std::string* label) {
  std::vector<Part> parts = TitleParts(headline);
  if (parts.size() < 2) return std::string(headline);
  const std::string site_key = TitleKey(sitename);
  auto kind = [&](const Part& p) {  // 1: the site, 2: a section label, 0: neither
    std::string key = TitleKey(headline.substr(p.begin, p.end - p.begin));
    if (!site_key.empty() && key == site_key) return 1;
    for (std::string_view s : kSectionLabels)
      if (key == s) return 2;
    return 0;
  };
  std::size_t begin = 0, end = headline.size();
  const Part& last = parts.back();
  if (parts[parts.size() - 2].site_separator_after && kind(last) != 0) {
    if (kind(last) == 2) *label = std::string(headline.substr(last.begin, last.end - last.begin));
    end = parts[parts.size() - 2].end;
  }
  const Part& first = parts.front();
  if (parts.size() > 2 || end == headline.size()) {
    if (int k = kind(first); k != 0) {
      if (k == 2) *label = std::string(headline.substr(first.begin, first.end - first.begin));
      begin = parts[1].begin;
    }
  }
  if (begin >= end) return std::string(headline);
  std::string_view kept = headline.substr(begin, end - begin);
  // What stays must still read as a headline ("Birdbuddy : Shop" keeps its site).
  if (WordCount(kept) < kMinKeptWords || kept.size() * 2 < headline.size()) {
    label->clear();
    return std::string(headline);
  }
  return std::string(kept);
}

std::string CutPipeTail(std::string_view headline) {
  std::size_t pipe = headline.find(" | ");
  if (pipe == std::string_view::npos) return std::string(headline);
  std::string_view head = headline.substr(0, pipe), tail = headline.substr(pipe + 3);
  if (WordCount(head) < kMinKeptWords || head.size() < tail.size()) return std::string(headline);
  const bool labels = ForEachPart(tail, " | ", [](std::string_view part) {
    return WordCount(part) <= kMaxTailWords;  // each part of the tail a short label
  });
  return std::string(labels ? head : headline);
}

bool IsProse(std::string_view text) {
  if (WordCount(text) <= kMaxHeadlineWords) return false;
  const std::u32string t = CodePoints(text);
  for (std::size_t i = 0; i + 2 < t.size(); ++i) {  // a sentence's end, a space, a capital
    if ((t[i] == U'.' || t[i] == U'?' || t[i] == U'!') && t[i + 1] == U' ' &&
        LetterCase(t[i + 2]) > 0)
      return true;
  }
  return false;
}

bool IsActionLabel(std::string_view text) {
  if (text.size() > 40) return false;
  std::string key = TitleKey(text);
  for (std::string_view label : kActionLabels)
    if (key == label) return true;
  return false;
}

std::string DecodeLeftoverReferences(std::string_view title) {
  if (title.find('&') == std::string_view::npos) return std::string(title);
  std::string out;
  for (std::size_t i = 0; i < title.size();) {
    if (title[i] == '&') {
      std::size_t used = html::DecodeCharRef(title.substr(i + 1), false, &out);
      if (used > 0) {
        i += 1 + used;
        continue;
      }
    }
    out.push_back(title[i++]);
  }
  return out;
}

HeadlineChoice ChooseHeadline(const HeadlineCandidates& c) {
  std::string_view h1 = c.h1;
  for (const auto& [source, text] : c.metas) {  // 0: the <h1> is the site's name
    if (!h1.empty() && IsSitePart(text, h1)) h1 = {};
  }
  if (!h1.empty() && IsProse(h1)) {  // 0: the <h1> is prose, and the markup agrees on a title
    std::size_t support = 0;
    ChooseAmongMetas(c, &support);
    if (support >= 2) h1 = {};
  }
  if (!h1.empty()) {
    if (auto names = Agreeing(c, h1); !names.empty()) {  // 1
      if (HeadlineChoice cased = WrittenCaseOf(c, h1); !cased.text.empty()) return cased;
      return {std::string(h1), "h1 (agrees: " + Join(names) + ")"};
    }
    for (const auto& [source, text] : c.metas) {  // 2
      for (const std::string& form : {text, StripSiteSuffix(text)}) {
        if (form.size() >= 4 && TitleKey(form) != TitleKey(h1) && HoldsHeadline(h1, form))
          return {form, std::string(source) + " (in h1 with a kicker, date or site part)"};
      }
    }
  }
  for (const std::string& other : c.other_h1s) {  // 3
    if (auto names = Agreeing(c, other); !names.empty())
      return {other, "h1(page) (agrees: " + Join(names) + ")"};
  }
  if (!h1.empty() && c.shown) {         // 4
    for (bool strip : {false, true}) {  // the whole titles first: a cut one is a guess
      for (const auto& [source, text] : c.metas) {
        std::string form = strip ? StripSiteSuffix(text) : text;
        if (c.shown(form)) return {form, std::string(source) + " (shown on the page)"};
      }
    }
  }
  if (!h1.empty()) {
    if (HeadlineChoice display = DisplayFormOf(c, h1); !display.text.empty()) return display;  // 5
    return {std::string(h1), "h1"};                                                            // 6
  }
  return ChooseAmongMetas(c);  // 7
}

bool ShownLines::Shows(std::string_view text) {
  if (!built_) {
    built_ = true;
    const Node* n = body_;
    while (n) {
      bool descend = true;
      if (n->is_element()) {
        descend = !dom::IsInvisible(*n);
      } else if (n->is_text()) {
        std::string_view t = n->text();
        if (t.size() >= kMinShownLine && t.size() <= kMaxShownLine) keys_.insert(TitleKey(t));
      }
      if (descend && n->first_child) {
        n = n->first_child;
        continue;
      }
      while (n && n != body_ && !n->next_sibling) n = n->parent;
      n = (n && n != body_) ? n->next_sibling : nullptr;
    }
  }
  std::string key = TitleKey(text);
  return !key.empty() && keys_.count(key) > 0;
}

std::string StripSiteSuffix(std::string_view title) {
  static constexpr std::string_view kSeparators[] = {
      " | ",  " - ",        " \xE2\x80\x93 ", " \xE2\x80\x94 ",
      " :: ", " \xC2\xB7 ", " \xC2\xBB ",     " \xE2\x80\xA2 "};
  std::string_view t = title;
  std::size_t best = std::string_view::npos, sep_len = 0;
  for (std::string_view sep : kSeparators) {
    std::size_t p = t.rfind(sep);
    if (p != std::string_view::npos && (best == std::string_view::npos || p > best)) {
      best = p;
      sep_len = sep.size();
    }
  }
  if (best == std::string_view::npos || best == 0) return std::string(t);
  std::string_view head = t.substr(0, best), tail = t.substr(best + sep_len);
  if (tail.size() < head.size()) return std::string(head);
  return std::string(t);
}

}  // namespace newsdesk::metadata
