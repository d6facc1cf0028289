// Stop words: the function words of a language, which say nothing about which event an article
// reports. Rarity (IDF) already weighs them down over a big window; in a small one (a first run,
// a small language) they would weigh like names, so story terms leave them out.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

namespace newsdesk::stories {

class StopWords {
 public:
  // The list of `language` (ISO 639-1; "en-GB" reads as "en"), or null when there is none. The
  // lists live for the whole program; thread-safe.
  static const StopWords* For(std::string_view language);

  // True when `word`, folded as util/fold.h folds (lower case, no diacritics), is on the list.
  bool Contains(std::string_view word) const { return words_.find(word) != words_.end(); }
  // Adds a word (for building the lists).
  void Add(std::string_view word) { words_.emplace(word); }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_set<std::string, Hash, std::equal_to<>> words_;
};

}  // namespace newsdesk::stories
