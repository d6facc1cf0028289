// What the briefing reads from a story's articles: sentences and their word vectors (TF-IDF over
// the articles briefed), and the choices made from them: the headline, the summary sentences,
// each outlet's lead and angle, the names a story is about. Not thread-safe (one TextModel per
// briefing).
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "briefing/sentences.h"
#include "newsdesk/briefing.h"
#include "stories/terms.h"

namespace newsdesk::briefing {

// Term ids with weights, sorted by term id.
using SparseVector = std::vector<stories::TermWeight>;

float Dot(const SparseVector& a, const SparseVector& b);
void Normalize(SparseVector* v);

// Sums vectors (each scaled) and returns the sum, sorted by term.
class VectorSum {
 public:
  void Add(const SparseVector& v, float scale = 1.0F);
  SparseVector Take();

 private:
  std::unordered_map<uint32_t, float> sum_;
};

struct ArticleText {
  const StoryArticle* article = nullptr;
  std::string outlet;  // sitename, else host
  int order = 0;       // rank by date, then id: earlier articles first
  std::vector<Sentence> sentences;
  std::vector<SparseVector> sentence_vectors;  // TF-IDF, unit length (empty for no terms)
  SparseVector title_vector;                   // TF-IDF, unit length
  SparseVector vector;                         // the headline and the first sentences
};

// Word rarity over the articles briefed, and the vectors made with it.
class TextModel {
 public:
  TextModel();
  ~TextModel();
  // Counts the words of an article's headline and first sentences (document frequency).
  void Count(const StoryArticle& article);
  // The article's sentences and vectors (call after every Count).
  ArticleText Read(const StoryArticle& article);
  // The names (capitalised words and runs of them, not opening a sentence) in a headline and
  // sentences, each once.
  static std::vector<std::string> Names(const ArticleText& text);

 private:
  SparseVector Weigh(std::vector<stories::TermWeight> counts) const;
  stories::Vocabulary vocabulary_;
  stories::TermExtractor extractor_;
  std::unordered_map<uint32_t, int> df_;
  int documents_ = 0;
};

// The outlet of an article: its sitename, else its URL's host, else "unknown".
std::string OutletOf(const StoryArticle& article);

// The articles of one story, read, and their centre.
struct StoryText {
  std::vector<const ArticleText*> members;  // earliest first
  SparseVector centroid;                    // unit length
};

std::string ChooseHeadline(const StoryText& story);
std::vector<SummarySentence> Summarise(const StoryText& story, int max_sentences);
std::vector<Perspective> Perspectives(const StoryText& story, const OutletTable* outlets);
std::vector<Quote> KeyQuotes(const StoryText& story, int max_quotes);

}  // namespace newsdesk::briefing
