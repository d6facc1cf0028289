// The heuristic vocabulary of extraction, as data: class/id words and boilerplate phrases.
//
// Every entry carries the reason it is there. Matching is ASCII case-insensitive. Built once per
// Extractor; read-only afterwards.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>

#include "dom/node.h"
#include "extract/label.h"

namespace newsdesk::extract {

struct ElementHints {
  Label negative = Label::kNone;  // the strongest boilerplate label among class/id words
  int positive = 0;  // 0 none, 1 weak ("content", "article"), 2 strong ("article-body")
};

// Reads the class, id, role and itemprop of `element` (and its tag: nav, aside, footer, ...).
ElementHints ClassifyElement(const dom::Node& element);

// ClassifyElement with a memo of class/id pairs: a page repeats a few hundred class lists over
// thousands of elements, and matching the vocabulary is the costly part. Reusable across
// documents; not thread-safe.
struct WordMatch;

class ElementClassifier {
 public:
  ElementClassifier();
  ~ElementClassifier();
  ElementHints Classify(const dom::Node& element);

 private:
  struct Slot;
  static constexpr std::size_t kSlots = 4096;
  std::unique_ptr<Slot[]> slots_;
};

// What the wording of a short block says ("Sign up for our free newsletters", "Share this
// article", "Photo: AP", "Related Articles").
struct PhraseMatch {
  Label label = Label::kNone;
  bool overrides_prose = false;  // a call to action: boilerplate even when it is a sentence
};

PhraseMatch ClassifyPhrase(std::string_view text);

}  // namespace newsdesk::extract
