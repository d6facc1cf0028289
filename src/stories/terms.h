// Story terms: what an article is about, as weighted words, for grouping articles into stories.
//
// An article's terms come from its headline, the words of its URL slug and its lead (the
// description, else the first words of the text), folded (util/fold.h) and stemmed with the
// Snowball stemmer of its language where there is one. Each field adds a weight per occurrence
// (the headline most); a term's weight is capped so that a word repeated in the lead does not
// outweigh the headline. Rarity (IDF) is applied later, by the clustering, over its time window.
//
// Not thread-safe (the stemmers keep state): one TermExtractor per thread.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace newsdesk::stories {

// A term id and its weight in one article (before IDF).
struct TermWeight {
  uint32_t term = 0;
  float weight = 0;
};

// The fields of an article that terms are read from.
struct TermSource {
  std::string_view title;
  std::string_view url;
  std::string_view lead;  // description, or the text (only its first kLeadWords words are read)
  std::string_view language;
};

// Interns terms as small integers; one vocabulary per clustering run (terms of different
// languages never meet: the language is part of the key).
class Vocabulary {
 public:
  uint32_t Intern(std::string_view language, std::string_view term);
  std::size_t size() const { return terms_.size(); }
  const std::string& TermText(uint32_t id) const { return terms_[id]; }

 private:
  std::unordered_map<std::string, uint32_t> ids_;
  std::vector<std::string> terms_;
  std::string key_;
};

class TermExtractor {
 public:
  TermExtractor();
  ~TermExtractor();
  TermExtractor(const TermExtractor&) = delete;
  TermExtractor& operator=(const TermExtractor&) = delete;

  // The terms of one article, each once, sorted by term id.
  std::vector<TermWeight> Extract(const TermSource& source, Vocabulary* vocabulary);
  // The same, appended to `out` (many articles' terms in one array).
  void Extract(const TermSource& source, Vocabulary* vocabulary, std::vector<TermWeight>* out);

  // The terms of a piece of text (a sentence, a headline), read the same way (folded, stop words
  // left out, stemmed), each once with its number of occurrences as weight, sorted by term id.
  std::vector<TermWeight> Words(std::string_view text, std::string_view language,
                                Vocabulary* vocabulary);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

namespace internal {
// The words of a URL's slug: the path segment with the most words, split at '-', '_', '+' and
// '.', without file extensions and numeric ids ("/2014/03/10/gm-recalls-1-6m-cars-123456.html" ->
// "gm", "recalls", "1", "6m", "cars"). Views into `url`.
std::vector<std::string_view> SlugWords(std::string_view url);
// The same into `words` (cleared first), whose room is reused from call to call.
void SlugWords(std::string_view url, std::vector<std::string_view>* words);
}  // namespace internal

}  // namespace newsdesk::stories
