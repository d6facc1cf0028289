// Sentences, vectors and names of the articles briefed. See story_text.h.
#include "briefing/story_text.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "briefing/catalog.h"
#include "util/fold.h"
#include "util/url.h"

namespace newsdesk::briefing {
namespace {

// An article's own vector reads its headline and this many first sentences: the lead, where
// news says what happened (the rest is background shared with other stories).
constexpr int kVectorSentences = 8;
// The headline says what the event is: its words count this many times a sentence's.
constexpr float kHeadlineWeight = 2.0F;

// Names: capitalised words that do not open a sentence. Day and month names are capitalised in
// English but name nothing a story is about.
bool IsCalendarWord(std::string_view lower) {
  static constexpr std::string_view kCalendar[] = {
      "monday",   "tuesday",  "wednesday", "thursday", "friday", "saturday", "sunday", "january",
      "february", "march",    "april",     "may",      "june",   "july",     "august", "september",
      "october",  "november", "december",  "the",      "a",      "an",       "i",      "we",
      "in",       "on",       "at",        "of",       "and",    "but",      "for",    "to",
      "mr",       "mrs",      "ms",        "dr"};
  return std::find(std::begin(kCalendar), std::end(kCalendar), lower) != std::end(kCalendar);
}

// Adds the names of `text` to `names`: runs of capitalised words, the first word of the text
// left out (a capital there says nothing).
void AddNames(std::string_view text, bool skip_first, std::vector<std::string>* names) {
  std::string run;
  int run_words = 0;
  bool first = skip_first;
  auto flush = [&] {
    if (run_words > 0) names->push_back(run);
    run.clear();
    run_words = 0;
  };
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t end = i;
    while (end < text.size() && text[end] != ' ') ++end;
    std::string_view raw = text.substr(i, end - i);
    i = end;
    bool boundary = !raw.empty() && std::strchr(",.;:?!)\"", raw.back()) != nullptr;
    while (!raw.empty() && std::strchr(",.;:?!()\"'", raw.back()) != nullptr) raw.remove_suffix(1);
    while (!raw.empty() && std::strchr("(\"'", raw.front()) != nullptr) raw.remove_prefix(1);
    // Typographic quotes around a word.
    if (raw.size() >= 3 && raw.substr(0, 3) == "\xE2\x80\x9C") raw.remove_prefix(3);
    if (raw.size() >= 3 && raw.substr(raw.size() - 3) == "\xE2\x80\x9D") raw.remove_suffix(3);
    if (raw.size() >= 3 && raw.substr(raw.size() - 3) == "\xE2\x80\x99") raw.remove_suffix(3);
    bool was_first = first;
    first = false;
    std::string lower = LowerFolded(raw);
    if (was_first || raw.size() < 2 || !StartsWithCapital(raw) || IsCalendarWord(lower) ||
        IsDependentOpener(lower)) {
      flush();
    } else {
      if (run_words > 0) run.push_back(' ');
      run.append(raw);
      ++run_words;
    }
    if (boundary) flush();
  }
  flush();
}

}  // namespace

float Dot(const SparseVector& a, const SparseVector& b) {
  float sum = 0;
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].term < b[j].term) {
      ++i;
    } else if (b[j].term < a[i].term) {
      ++j;
    } else {
      sum += a[i++].weight * b[j++].weight;
    }
  }
  return sum;
}

void Normalize(SparseVector* v) {
  double norm = 0;
  for (const auto& t : *v) norm += double(t.weight) * t.weight;
  if (norm <= 0) {
    v->clear();
    return;
  }
  float scale = static_cast<float>(1.0 / std::sqrt(norm));
  for (auto& t : *v) t.weight *= scale;
}

void VectorSum::Add(const SparseVector& v, float scale) {
  for (const auto& t : v) sum_[t.term] += t.weight * scale;
}

SparseVector VectorSum::Take() {
  SparseVector out;
  out.reserve(sum_.size());
  for (const auto& [term, weight] : sum_) out.push_back({term, weight});
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.term < b.term; });
  sum_.clear();
  return out;
}

std::string OutletOf(const StoryArticle& article) {
  if (!article.sitename.empty()) return article.sitename;
  std::string host = UrlHost(article.url);
  return host.empty() ? "unknown" : host;
}

TextModel::TextModel() = default;
TextModel::~TextModel() = default;

void TextModel::Count(const StoryArticle& article) {
  std::string_view body = article.text.empty() ? article.description : article.text;
  std::vector<Sentence> sentences = SplitSentences(body);
  VectorSum terms;
  terms.Add(extractor_.Words(article.title, article.language, &vocabulary_));
  for (std::size_t i = 0; i < sentences.size() && i < kVectorSentences; ++i) {
    terms.Add(extractor_.Words(sentences[i].text, article.language, &vocabulary_));
  }
  for (const auto& t : terms.Take()) ++df_[t.term];
  ++documents_;
}

SparseVector TextModel::Weigh(std::vector<stories::TermWeight> counts) const {
  for (auto& t : counts) {
    auto it = df_.find(t.term);
    int df = it == df_.end() ? 0 : it->second;
    // Smoothed IDF: a word in every article still weighs a little.
    float idf = static_cast<float>(std::log((documents_ + 1.0) / (df + 1.0)) + 1.0);
    t.weight = (1.0F + std::log(t.weight)) * idf;
  }
  Normalize(&counts);
  return counts;
}

ArticleText TextModel::Read(const StoryArticle& article) {
  ArticleText text;
  text.article = &article;
  text.outlet = OutletOf(article);
  std::string_view body = article.text.empty() ? article.description : article.text;
  text.sentences = SplitSentences(body);
  text.title_vector = Weigh(extractor_.Words(article.title, article.language, &vocabulary_));
  VectorSum sum;
  sum.Add(text.title_vector, kHeadlineWeight);
  for (std::size_t i = 0; i < text.sentences.size(); ++i) {
    text.sentence_vectors.push_back(
        Weigh(extractor_.Words(text.sentences[i].text, article.language, &vocabulary_)));
    if (i < kVectorSentences) sum.Add(text.sentence_vectors.back());
  }
  text.vector = sum.Take();
  Normalize(&text.vector);
  return text;
}

std::vector<std::string> TextModel::Names(const ArticleText& text) {
  std::vector<std::string> names;
  // A headline in title case ("Bridge Closes After Storm") capitalises every word: its capitals
  // name nothing, so only a sentence-case headline is read.
  std::string_view title = text.article->title;
  int words = 0;
  int capitalised = 0;
  for (std::size_t i = 0; i < title.size();) {
    std::size_t end = title.find(' ', i);
    if (end == std::string_view::npos) end = title.size();
    if (end > i) {
      ++words;
      capitalised += StartsWithCapital(title.substr(i, end - i)) ? 1 : 0;
    }
    i = end + 1;
  }
  if (capitalised * 2 <= words) AddNames(title, true, &names);
  for (std::size_t i = 0; i < text.sentences.size() && i < 3; ++i) {
    AddNames(text.sentences[i].text, true, &names);
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

}  // namespace newsdesk::briefing
