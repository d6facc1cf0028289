// Quotes and their speakers. See quotes.h.
#include "briefing/quotes.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <optional>

#include "briefing/catalog.h"
#include "util/fold.h"
#include "util/text_shape.h"

namespace newsdesk::briefing {
namespace {

// A quote says something: fewer words are labels ("“historic”") or scare quotes.
constexpr int kMinQuoteWords = 5;
// A speaker is a name with a title or a short description; longer runs are prose.
constexpr int kMaxSpeakerWords = 7;

struct Word {
  std::string_view text;  // without surrounding punctuation
  std::size_t begin = 0;  // in the sentence
  std::size_t end = 0;
  bool comma_after = false;
  bool stop_after = false;  // '.', ';', ':', '?' or '!' right after it
};

std::vector<Word> Words(std::string_view s) {
  std::vector<Word> words;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t end = i;
    while (end < s.size() && s[end] != ' ') ++end;
    if (end == i) break;
    std::string_view raw = s.substr(i, end - i);
    Word w;
    w.begin = i;
    w.end = end;
    // Strip quotes and punctuation at the ends (ASCII and the UTF-8 quote marks).
    auto strip_front = [&] {
      while (!raw.empty()) {
        if (std::strchr("\"'(", raw.front()) != nullptr) {
          raw.remove_prefix(1);
        } else if (raw.size() >= 3 &&
                   (raw.substr(0, 3) == "\xE2\x80\x9C" || raw.substr(0, 3) == "\xE2\x80\x98")) {
          raw.remove_prefix(3);
        } else {
          break;
        }
      }
    };
    strip_front();
    while (!raw.empty()) {
      char c = raw.back();
      if (c == ',') {
        w.comma_after = true;
      } else if (std::strchr(".;:?!", c) != nullptr) {
        w.stop_after = true;
      } else if (std::strchr("\"')", c) == nullptr &&
                 !(raw.size() >= 3 && (raw.substr(raw.size() - 3) == "\xE2\x80\x9D" ||
                                       raw.substr(raw.size() - 3) == "\xE2\x80\x99"))) {
        break;
      }
      raw.remove_suffix(static_cast<unsigned char>(c) >= 0x80 ? 3 : 1);
    }
    w.text = raw;
    // Where the word itself starts, after an opening quote mark: a quote's first word is inside it.
    w.begin = static_cast<std::size_t>(raw.data() - s.data());
    if (!raw.empty()) words.push_back(w);
    i = end;
  }
  return words;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The speaker named by the words before words[verb] ("Mayor Ana Sorel said"): capitalised words
// and titles, read backwards.
std::string SpeakerBefore(std::string_view s, const std::vector<Word>& words, std::size_t verb) {
  std::size_t first = verb;
  while (first > 0 && verb - first < kMaxSpeakerWords) {
    const Word& w = words[first - 1];
    if (w.comma_after || w.stop_after) break;
    bool title = IsSpeakerTitle(Lower(w.text));
    if (!StartsWithCapital(w.text) && !title) break;
    --first;
  }
  // Titles alone before the name are kept; a capitalised sentence opener is not a name unless a
  // name follows it ("The mayor" is a description, kept whole below).
  if (first == verb) {
    if (verb > 0 && IsSpeakerPronoun(Lower(words[verb - 1].text))) return "\x01pronoun";
    // "the operator's chief executive said": a lower-case description after a determiner.
    std::size_t d = verb;
    while (d > 0 && verb - d < kMaxSpeakerWords && !words[d - 1].comma_after &&
           !words[d - 1].stop_after) {
      --d;
      std::string lw = Lower(words[d].text);
      if (lw == "the" || lw == "a" || lw == "an") {
        return std::string(s.substr(words[d].begin, words[verb - 1].end - words[d].begin));
      }
    }
    return {};
  }
  if (verb - first == 1 && IsSpeakerPronoun(Lower(words[first].text))) return "\x01pronoun";
  std::string_view span = s.substr(words[first].begin, words[verb - 1].end - words[first].begin);
  while (!span.empty() && (span.back() == ',' || span.back() == '"')) span.remove_suffix(1);
  return std::string(span);
}

// The speaker named by the words after words[verb]: a name with its titles ("said Mayor Ana
// Sorel on Sunday" -> "Mayor Ana Sorel") or a description up to the first comma or stop ("said
// the operator's chief executive").
std::string SpeakerAfter(std::string_view s, const std::vector<Word>& words, std::size_t verb) {
  std::size_t first = verb + 1;
  if (first >= words.size()) return {};
  std::string lw = Lower(words[first].text);
  if (IsSpeakerPronoun(lw)) return "\x01pronoun";
  std::size_t end = first;
  if (StartsWithCapital(words[first].text) || IsSpeakerTitle(lw)) {
    while (end < words.size() && end - first < kMaxSpeakerWords &&
           (StartsWithCapital(words[end].text) || IsSpeakerTitle(Lower(words[end].text)))) {
      bool stop = words[end].comma_after || words[end].stop_after;
      ++end;
      if (stop) break;
    }
  } else if (lw == "the" || lw == "a" || lw == "an") {
    while (end < words.size() && end - first < kMaxSpeakerWords) {
      bool stop = words[end].comma_after || words[end].stop_after;
      ++end;
      if (stop) break;
    }
    if (end - first >= kMaxSpeakerWords) return {};
  } else {
    return {};  // "said on Tuesday", "said it would": no speaker here
  }
  if (end == first) return {};
  std::string_view span = s.substr(words[first].begin, words[end - 1].end - words[first].begin);
  while (!span.empty() && std::strchr(",.;:\"'", span.back()) != nullptr) span.remove_suffix(1);
  return std::string(span);
}

// The first quoted span of `s`: [open, close) of its inside, the quote marks excluded.
std::optional<std::pair<std::size_t, std::size_t>> QuotedSpan(std::string_view s) {
  std::size_t open = s.find("\xE2\x80\x9C");  // “
  std::size_t open_length = 3;
  std::size_t plain = s.find('"');
  if (plain != std::string_view::npos && (open == std::string_view::npos || plain < open)) {
    open = plain;
    open_length = 1;
  }
  if (open == std::string_view::npos) return std::nullopt;
  std::size_t inside = open + open_length;
  std::size_t close = open_length == 3 ? s.find("\xE2\x80\x9D", inside) : s.find('"', inside);
  if (close == std::string_view::npos) return std::nullopt;
  return std::make_pair(inside, close);
}

std::optional<FoundQuote> DirectQuote(std::string_view s, const std::vector<Word>& words) {
  auto span = QuotedSpan(s);
  if (!span) return std::nullopt;
  std::string_view inside = s.substr(span->first, span->second - span->first);
  while (!inside.empty() && std::strchr(" ,", inside.back()) != nullptr) inside.remove_suffix(1);
  if (static_cast<int>(WordCount(inside)) < kMinQuoteWords) return std::nullopt;
  FoundQuote q;
  q.text = inside;
  q.direct = true;
  // The attribution: the first speech verb outside the quote, after it or before it.
  for (std::size_t v = 0; v < words.size(); ++v) {
    if (words[v].begin >= span->first && words[v].end <= span->second + 3) continue;
    std::string lw = Lower(words[v].text);
    if (!IsSpeechVerb(lw) || lw == "according") continue;
    q.speaker = SpeakerBefore(s, words, v);
    if (q.speaker.empty() || words[v].begin < span->first) {
      std::string after = SpeakerAfter(s, words, v);
      if (!after.empty() && (q.speaker.empty() || words[v].begin > span->second)) {
        q.speaker = after;
      }
    }
    if (!q.speaker.empty()) return q;
  }
  return std::nullopt;
}

std::optional<FoundQuote> ReportedQuote(std::string_view s, const std::vector<Word>& words) {
  for (std::size_t v = 0; v + 1 < words.size(); ++v) {
    std::string lw = Lower(words[v].text);
    if (lw != "said" && lw != "says") continue;
    if (Lower(words[v + 1].text) != "that" || words[v].comma_after) continue;
    FoundQuote q;
    q.speaker = SpeakerBefore(s, words, v);
    if (q.speaker.empty()) continue;
    std::size_t from = words[v + 1].end;
    while (from < s.size() && s[from] == ' ') ++from;
    std::string_view text = s.substr(from);
    while (!text.empty() && std::strchr(".!? ", text.back()) != nullptr) text.remove_suffix(1);
    if (static_cast<int>(WordCount(text)) < kMinQuoteWords) continue;
    q.text = text;
    return q;
  }
  return std::nullopt;
}

std::optional<FoundQuote> SourcedQuote(std::string_view s) {
  std::size_t at = s.find(", according to ");
  if (at == std::string_view::npos) return std::nullopt;
  std::string_view text = s.substr(0, at);
  std::string_view who = s.substr(at + 15);
  who = who.substr(0, who.find_first_of(",.;"));
  if (static_cast<int>(WordCount(text)) < kMinQuoteWords || who.empty() ||
      static_cast<int>(WordCount(who)) > kMaxSpeakerWords) {
    return std::nullopt;
  }
  FoundQuote q;
  q.text = text;
  q.speaker = std::string(who);
  return q;
}

// The last word of a name ("Mayor Ana Sorel" -> "Sorel").
std::string_view LastWord(std::string_view name) {
  std::size_t space = name.rfind(' ');
  return space == std::string_view::npos ? name : name.substr(space + 1);
}

}  // namespace

std::vector<FoundQuote> FindQuotes(const std::vector<Sentence>& sentences) {
  std::vector<FoundQuote> out;
  std::vector<std::string> named;  // full names met so far, for pronouns and surnames
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    std::string_view s = sentences[i].text;
    std::vector<Word> words = Words(s);
    std::optional<FoundQuote> q = DirectQuote(s, words);
    if (!q) q = ReportedQuote(s, words);
    if (!q) q = SourcedQuote(s);
    if (!q) continue;
    if (q->speaker == "\x01pronoun") {
      if (named.empty()) continue;
      q->speaker = named.back();
    } else if (q->speaker.find(' ') == std::string::npos) {
      // A surname alone: the full name given earlier.
      for (auto it = named.rbegin(); it != named.rend(); ++it) {
        if (LastWord(*it) == q->speaker) {
          q->speaker = *it;
          break;
        }
      }
    }
    if (StartsWithCapital(q->speaker)) named.push_back(q->speaker);
    q->sentence = static_cast<int>(i);
    out.push_back(std::move(*q));
  }
  return out;
}

}  // namespace newsdesk::briefing
