// Story terms: fields -> folded words -> stems -> weights. See terms.h.
#include "stories/terms.h"

#include <libstemmer.h>

#include <algorithm>

#include "stories/stop_words.h"
#include "util/fold.h"
#include "util/hash.h"
#include "util/huge_pages.h"

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

// Folded word -> term id, for one language: open addressing with linear probing over one array of
// small entries (the hash's high half, the term, where the word's bytes are in one string). Words
// come again and again (3.2 million on uci-dev, 6% of them new): std::unordered_map's string keys,
// node per entry and a language prefix on every key made each lookup several cache misses.
class WordMemo {
 public:
  // The term of `word` (whose HashPair(word, {}) is `hash`), or nullptr when it was not seen.
  const uint32_t* Find(std::string_view word, uint64_t hash) const {
    if (entries_.empty()) return nullptr;
    const auto tag = static_cast<uint32_t>(hash >> 32);
    for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Entry& e = entries_[i];
      if (e.size == kEmpty) return nullptr;
      if (e.tag == tag && Word(e) == word) return &e.term;
    }
  }

  // Adds `word` (not there yet) with its term.
  void Insert(std::string_view word, uint64_t hash, uint32_t term) {
    if ((size_ + 1) * 2 > entries_.size()) Grow();
    Entry e{static_cast<uint32_t>(hash >> 32), term, static_cast<uint32_t>(bytes_.size()),
            static_cast<uint32_t>(word.size())};
    bytes_.append(word);
    Place(e, hash);
    ++size_;
  }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;  // Entry::size of an empty entry
  struct Entry {
    uint32_t tag = 0;  // the hash's high half
    uint32_t term = 0;
    uint32_t offset = 0;  // the word's bytes in bytes_
    uint32_t size = kEmpty;
  };

  std::string_view Word(const Entry& e) const {
    return std::string_view(bytes_).substr(e.offset, e.size);
  }

  void Place(const Entry& e, uint64_t hash) {
    std::size_t i = hash & mask_;
    while (entries_[i].size != kEmpty) i = (i + 1) & mask_;
    entries_[i] = e;
  }

  void Grow() {
    std::vector<Entry> old = std::move(entries_);
    std::size_t capacity = old.empty() ? 1024 : old.size() * 2;
    ReserveHugePages(&entries_, capacity);  // probed at random: a TLB miss per probe in 4 KB pages
    entries_.assign(capacity, Entry{});
    mask_ = entries_.size() - 1;
    for (const Entry& e : old) {
      if (e.size != kEmpty) Place(e, HashPair(Word(e), {}));
    }
  }

  std::vector<Entry> entries_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
  std::string bytes_;
};

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
void SlugWords(std::string_view url, std::vector<std::string_view>* best) {
  best->clear();
  std::size_t scheme = url.find("://");
  std::size_t path = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
  if (path == std::string_view::npos) return;
  std::string_view rest = url.substr(path);
  rest = rest.substr(0, rest.find_first_of("?#"));
  // The words of the best segment so far: the words of a segment and the bounds of the best one,
  // so that no list is copied.
  std::string_view best_segment;
  std::size_t best_words = 0;
  std::size_t start = 0;
  auto words_of = [](std::string_view segment, auto&& fn) {
    std::size_t w = 0;
    for (std::size_t i = 0; i <= segment.size(); ++i) {
      char c = i == segment.size() ? '-' : segment[i];
      // The separators; a NUL byte too (strchr over "-_+.," found it, and it was kept so).
      if (c != '-' && c != '_' && c != '+' && c != '.' && c != ',' && c != '\0') continue;
      std::string_view word = segment.substr(w, i - w);
      w = i + 1;
      // Numeric ids (5+ digits) and file kinds are not words of the slug.
      if (word.empty() || (AllDigits(word) && word.size() >= 5) || IsSlugNoise(word)) continue;
      fn(word);
    }
  };
  while (start < rest.size()) {
    std::size_t end = rest.find('/', start);
    if (end == std::string_view::npos) end = rest.size();
    std::string_view segment = rest.substr(start, end - start);
    std::size_t words = 0;
    words_of(segment, [&](std::string_view) { ++words; });
    if (words > best_words) {
      best_words = words;
      best_segment = segment;
    }
    start = end + 1;
  }
  // A segment of one or two words is a section name ("business", "world"), not a slug.
  if (best_words < 3) return;
  words_of(best_segment, [&](std::string_view word) { best->push_back(word); });
}

std::vector<std::string_view> SlugWords(std::string_view url) {
  std::vector<std::string_view> words;
  SlugWords(url, &words);
  return words;
}
}  // namespace internal

struct TermExtractor::Impl {
  // What words of one language (as given: "en", "en-GB") need: the Snowball stemmer (nullptr
  // where Snowball has none), the stop words, and the memo of the words seen: folded word -> term
  // id (kNoTerm for a stop word or a word too short): most words come again, and stemming and
  // interning them once saves most of the time terms take.
  struct Language {
    std::string code;
    sb_stemmer* stemmer = nullptr;
    const StopWords* stop_words = nullptr;
    WordMemo memo;
  };
  std::vector<std::unique_ptr<Language>> languages;
  Language* last = nullptr;         // the last one asked for: articles come in runs of one
  std::vector<TermWeight> weights;  // this article's, one entry per occurrence
  std::vector<std::string_view> slug;

  ~Impl() {
    for (auto& language : languages) {
      if (language->stemmer != nullptr) sb_stemmer_delete(language->stemmer);
    }
  }

  Language& LanguageFor(std::string_view code) {
    if (last != nullptr && last->code == code) return *last;
    for (auto& language : languages) {
      if (language->code == code) return *(last = language.get());
    }
    auto language = std::make_unique<Language>();
    language->code = std::string(code);
    std::string two(code.substr(0, 2));
    language->stemmer = two.size() == 2 ? sb_stemmer_new(two.c_str(), "UTF_8") : nullptr;
    language->stop_words = StopWords::For(code);
    languages.push_back(std::move(language));
    return *(last = languages.back().get());
  }

  void AddWord(std::string_view word, float weight, Language& language, Vocabulary* vocabulary) {
    uint64_t hash = HashPair(word, {});
    const uint32_t* found = language.memo.Find(word, hash);
    uint32_t term = found != nullptr ? *found : kNoTerm;
    if (found == nullptr) {
      term = TermOf(word, language, vocabulary);
      language.memo.Insert(word, hash, term);
    }
    if (term != kNoTerm) weights.push_back({term, weight});
  }

  uint32_t TermOf(std::string_view word, const Language& language, Vocabulary* vocabulary) {
    if (word.size() < kMinWordBytes && !HasDigit(word)) return kNoTerm;
    if (language.stop_words != nullptr && language.stop_words->Contains(word)) return kNoTerm;
    std::string_view term = word;
    if (language.stemmer != nullptr && !HasDigit(word)) {
      const sb_symbol* stem =
          sb_stemmer_stem(language.stemmer, reinterpret_cast<const sb_symbol*>(word.data()),
                          static_cast<int>(word.size()));
      if (stem != nullptr) {
        term = std::string_view(reinterpret_cast<const char*>(stem),
                                static_cast<std::size_t>(sb_stemmer_length(language.stemmer)));
      }
    }
    return vocabulary->Intern(language.code, term);
  }
};

TermExtractor::TermExtractor() : impl_(std::make_unique<Impl>()) {}
TermExtractor::~TermExtractor() = default;

std::vector<TermWeight> TermExtractor::Extract(const TermSource& source, Vocabulary* vocabulary) {
  std::vector<TermWeight> terms;
  Extract(source, vocabulary, &terms);
  return terms;
}

void TermExtractor::Extract(const TermSource& source, Vocabulary* vocabulary,
                            std::vector<TermWeight>* out) {
  Impl& s = *impl_;
  s.weights.clear();
  Impl::Language& language = s.LanguageFor(source.language);
  ForEachFoldedWord(source.title,
                    [&](std::string_view w) { s.AddWord(w, kTitleWeight, language, vocabulary); });
  internal::SlugWords(source.url, &s.slug);
  for (std::string_view part : s.slug) {
    ForEachFoldedWord(part,
                      [&](std::string_view w) { s.AddWord(w, kSlugWeight, language, vocabulary); });
  }
  int lead_words = 0;
  // Only the start of the lead is read; a word cut at the end folds like any other.
  ForEachFoldedWord(source.lead.substr(0, kLeadBytes), [&](std::string_view w) {
    if (++lead_words > kLeadWords) return;
    s.AddWord(w, kLeadWeight, language, vocabulary);
  });
  // Occurrences -> one weight per term, summed and capped.
  std::sort(s.weights.begin(), s.weights.end(),
            [](const TermWeight& a, const TermWeight& b) { return a.term < b.term; });
  const std::size_t begin = out->size();
  for (const TermWeight& t : s.weights) {
    if (out->size() == begin || out->back().term != t.term) out->push_back({t.term, 0});
    out->back().weight = std::min(kMaxTermWeight, out->back().weight + t.weight);
  }
}

std::vector<TermWeight> TermExtractor::Words(std::string_view text, std::string_view language,
                                             Vocabulary* vocabulary) {
  Impl& s = *impl_;
  s.weights.clear();
  Impl::Language& lang = s.LanguageFor(language);
  ForEachFoldedWord(text, [&](std::string_view w) { s.AddWord(w, 1.0F, lang, vocabulary); });
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
