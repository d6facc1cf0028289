// Story terms: fields -> folded words -> stems -> weights. See terms.h.
#include "stories/terms.h"

#include <libstemmer.h>

#include <algorithm>
#include <cstring>

#include "stories/stop_words.h"
#include "util/fold.h"

namespace newsdesk::stories {
namespace {

// Weight of one occurrence, by field. The headline says what the event is; the slug often repeats
// it with a word or two more (and is all a headline-only article has besides); the lead adds the
// names and places the headline leaves out, but also background, so it weighs least.
constexpr float kTitleWeight = 1.0F;
constexpr float kSlugWeight = 0.6F;
constexpr float kLeadWeight = 0.35F;
// A term's weight in one article is capped: a word repeated through the lead must not outweigh
// one in the headline.
constexpr float kMaxTermWeight = 2.0F;
// Words of the lead read: the first paragraphs, where news puts who, what, where (on allsides-dev
// 120 words did better than 30 or 60, and 200 no better than 120).
constexpr int kLeadWords = 120;
constexpr std::size_t kLeadBytes = kLeadWords * 16;
// Words shorter than this (in bytes) say nothing alone ("a", "of", "в") unless they are numbers.
constexpr std::size_t kMinWordBytes = 2;

constexpr uint32_t kNoTerm = UINT32_MAX;

bool HasDigit(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool AllDigits(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Path segment words that are file kinds or page kinds, not content.
bool IsSlugNoise(std::string_view w) {
  static constexpr std::string_view kNoise[] = {"html", "htm",   "php",   "asp",     "aspx",
                                                "cms",  "shtml", "story", "article", "articleshow",
                                                "news", "index", "amp",   "www"};
  return std::find(std::begin(kNoise), std::end(kNoise), w) != std::end(kNoise);
}

}  // namespace

uint32_t Vocabulary::Intern(std::string_view language, std::string_view term) {
  key_.assign(language);
  key_.push_back(':');
  key_.append(term);
  auto [it, inserted] = ids_.try_emplace(key_, static_cast<uint32_t>(terms_.size()));
  if (inserted) terms_.push_back(key_);
  return it->second;
}

namespace internal {
std::vector<std::string_view> SlugWords(std::string_view url) {
  std::vector<std::string_view> best;
  std::size_t scheme = url.find("://");
  std::size_t path = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
  if (path == std::string_view::npos) return best;
  std::string_view rest = url.substr(path);
  rest = rest.substr(0, rest.find_first_of("?#"));
  std::vector<std::string_view> words;
  std::size_t start = 0;
  while (start < rest.size()) {
    std::size_t end = rest.find('/', start);
    if (end == std::string_view::npos) end = rest.size();
    std::string_view segment = rest.substr(start, end - start);
    words.clear();
    std::size_t w = 0;
    for (std::size_t i = 0; i <= segment.size(); ++i) {
      bool sep = i == segment.size() || std::strchr("-_+.,", segment[i]) != nullptr;
      if (!sep) continue;
      std::string_view word = segment.substr(w, i - w);
      w = i + 1;
      // Numeric ids (5+ digits) and file kinds are not words of the slug.
      if (word.empty() || (AllDigits(word) && word.size() >= 5) || IsSlugNoise(word)) continue;
      words.push_back(word);
    }
    if (words.size() > best.size()) best = words;
    start = end + 1;
  }
  // A segment of one or two words is a section name ("business", "world"), not a slug.
  if (best.size() < 3) best.clear();
  return best;
}
}  // namespace internal

struct TermExtractor::Impl {
  // Snowball stemmers by language code; nullptr where Snowball has none.
  std::unordered_map<std::string, sb_stemmer*> stemmers;
  std::vector<TermWeight> weights;  // this article's, one entry per occurrence
  // Memo of the words seen: language, '\x1f', folded word -> term id (kNoTerm for a stop word
  // or a word too short): most words come again, and stemming and interning them once saves
  // most of the time terms take.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view k) const { return std::hash<std::string_view>{}(k); }
  };
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> memo;
  std::string key;

  ~Impl() {
    for (auto& [language, stemmer] : stemmers) {
      if (stemmer != nullptr) sb_stemmer_delete(stemmer);
    }
  }

  sb_stemmer* StemmerFor(std::string_view language) {
    auto it = stemmers.find(std::string(language));
    if (it != stemmers.end()) return it->second;
    std::string code(language.substr(0, 2));
    sb_stemmer* stemmer = code.size() == 2 ? sb_stemmer_new(code.c_str(), "UTF_8") : nullptr;
    stemmers.emplace(std::string(language), stemmer);
    return stemmer;
  }

  void AddWord(std::string_view word, float weight, std::string_view language, sb_stemmer* stemmer,
               const StopWords* stop_words, Vocabulary* vocabulary) {
    key.assign(language);
    key.push_back('\x1f');
    key.append(word);
    auto it = memo.find(std::string_view(key));
    if (it == memo.end()) {
      it = memo.emplace(key, TermOf(word, language, stemmer, stop_words, vocabulary)).first;
    }
    if (it->second != kNoTerm) weights.push_back({it->second, weight});
  }

  uint32_t TermOf(std::string_view word, std::string_view language, sb_stemmer* stemmer,
                  const StopWords* stop_words, Vocabulary* vocabulary) {
    if (word.size() < kMinWordBytes && !HasDigit(word)) return kNoTerm;
    if (stop_words != nullptr && stop_words->Contains(word)) return kNoTerm;
    std::string_view term = word;
    if (stemmer != nullptr && !HasDigit(word)) {
      const sb_symbol* stem = sb_stemmer_stem(
          stemmer, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
      if (stem != nullptr) {
        term = std::string_view(reinterpret_cast<const char*>(stem),
                                static_cast<std::size_t>(sb_stemmer_length(stemmer)));
      }
    }
    return vocabulary->Intern(language, term);
  }
};

TermExtractor::TermExtractor() : impl_(std::make_unique<Impl>()) {}
TermExtractor::~TermExtractor() = default;

std::vector<TermWeight> TermExtractor::Extract(const TermSource& source, Vocabulary* vocabulary) {
  Impl& s = *impl_;
  s.weights.clear();
  sb_stemmer* stemmer = s.StemmerFor(source.language);
  const StopWords* stop_words = StopWords::For(source.language);
  ForEachFoldedWord(source.title, [&](std::string_view w) {
    s.AddWord(w, kTitleWeight, source.language, stemmer, stop_words, vocabulary);
  });
  for (std::string_view part : internal::SlugWords(source.url)) {
    ForEachFoldedWord(part, [&](std::string_view w) {
      s.AddWord(w, kSlugWeight, source.language, stemmer, stop_words, vocabulary);
    });
  }
  int lead_words = 0;
  // Only the start of the lead is read; a word cut at the end folds like any other.
  ForEachFoldedWord(source.lead.substr(0, kLeadBytes), [&](std::string_view w) {
    if (++lead_words > kLeadWords) return;
    s.AddWord(w, kLeadWeight, source.language, stemmer, stop_words, vocabulary);
  });
  // Occurrences -> one weight per term, summed and capped.
  std::sort(s.weights.begin(), s.weights.end(),
            [](const TermWeight& a, const TermWeight& b) { return a.term < b.term; });
  std::vector<TermWeight> terms;
  for (const TermWeight& t : s.weights) {
    if (terms.empty() || terms.back().term != t.term) terms.push_back({t.term, 0});
    terms.back().weight = std::min(kMaxTermWeight, terms.back().weight + t.weight);
  }
  return terms;
}

std::vector<TermWeight> TermExtractor::Words(std::string_view text, std::string_view language,
                                             Vocabulary* vocabulary) {
  Impl& s = *impl_;
  s.weights.clear();
  sb_stemmer* stemmer = s.StemmerFor(language);
  const StopWords* stop_words = StopWords::For(language);
  ForEachFoldedWord(text, [&](std::string_view w) {
    s.AddWord(w, 1.0F, language, stemmer, stop_words, vocabulary);
  });
  std::sort(s.weights.begin(), s.weights.end(),
            [](const TermWeight& a, const TermWeight& b) { return a.term < b.term; });
  std::vector<TermWeight> terms;
  for (const TermWeight& t : s.weights) {
    if (terms.empty() || terms.back().term != t.term) terms.push_back({t.term, 0});
    terms.back().weight += t.weight;
  }
  return terms;
}

}  // namespace newsdesk::stories
