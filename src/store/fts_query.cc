#include "store/fts_query.h"

#include <vector>

namespace newsdesk::store {
namespace {

struct Term {
  std::string fts;  // the quoted FTS5 string, with a trailing * for a prefix
  bool negated = false;
  bool or_before = false;  // joined to the previous term by OR
};

bool IsWordByte(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

// The words of `text` as one quoted FTS5 string ("w1 w2": a phrase when there are several);
// empty when it has no word.
std::string Quote(std::string_view text, bool prefix) {
  std::string words;
  for (std::size_t i = 0; i < text.size();) {
    if (!IsWordByte(text[i])) {
      ++i;
      continue;
    }
    std::size_t start = i;
    while (i < text.size() && IsWordByte(text[i])) ++i;
    if (!words.empty()) words += ' ';
    words.append(text.substr(start, i - start));
  }
  if (words.empty()) return "";
  return "\"" + words + "\"" + (prefix ? "*" : "");
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Reads the next term at `*i`; sets `*is_or` when it is the OR operator.
Status NextTerm(std::string_view q, std::size_t* i, Term* term, bool* is_or) {
  *is_or = false;
  term->negated = false;
  if (q[*i] == '-') {
    term->negated = true;
    ++*i;
  }
  std::string_view body;
  bool prefix = false;
  if (*i < q.size() && q[*i] == '"') {
    std::size_t close = q.find('"', *i + 1);
    if (close == std::string_view::npos) {
      return Status::InvalidArgument("the query has a \" with no closing \"");
    }
    body = q.substr(*i + 1, close - *i - 1);
    *i = close + 1;
    if (*i < q.size() && q[*i] == '*') prefix = true;
    while (*i < q.size() && !IsSpace(q[*i])) ++*i;  // "phrase"junk: the junk is dropped
  } else {
    std::size_t start = *i;
    while (*i < q.size() && !IsSpace(q[*i]) && q[*i] != '"') ++*i;
    body = q.substr(start, *i - start);
    if (body == "OR" && !term->negated) {
      *is_or = true;
      return Status::Ok();
    }
    prefix = body.size() > 1 && body.back() == '*' && IsWordByte(body[body.size() - 2]);
  }
  term->fts = Quote(body, prefix);
  return Status::Ok();
}

Status Parse(std::string_view q, std::vector<Term>* terms) {
  bool pending_or = false;
  for (std::size_t i = 0; i < q.size();) {
    if (IsSpace(q[i])) {
      ++i;
      continue;
    }
    Term term;
    bool is_or = false;
    Status st = NextTerm(q, &i, &term, &is_or);
    if (!st.ok()) return st;
    if (is_or) {
      if (terms->empty() || pending_or || terms->back().negated) {
        return Status::InvalidArgument("OR needs a word or phrase on each side");
      }
      pending_or = true;
      continue;
    }
    if (term.fts.empty()) continue;  // punctuation only: nothing to look for
    if (pending_or && term.negated) {
      return Status::InvalidArgument("OR needs a word or phrase on each side");
    }
    term.or_before = pending_or;
    pending_or = false;
    terms->push_back(std::move(term));
    if (static_cast<int>(terms->size()) > kMaxQueryTerms) {
      return Status::InvalidArgument("the query has more than " + std::to_string(kMaxQueryTerms) +
                                     " terms");
    }
  }
  if (pending_or) return Status::InvalidArgument("OR needs a word or phrase on each side");
  return Status::Ok();
}

}  // namespace

Result<std::string> ToFtsQuery(std::string_view query) {
  if (query.size() > kMaxQueryBytes) {
    return Status::InvalidArgument("the query is longer than " + std::to_string(kMaxQueryBytes) +
                                   " bytes");
  }
  std::vector<Term> terms;
  Status st = Parse(query, &terms);
  if (!st.ok()) return st;
  // Positive terms: groups joined by AND, each group a run of terms joined by OR.
  std::string positive;
  std::string negative;
  bool group_open = false;
  for (std::size_t t = 0; t < terms.size(); ++t) {
    const Term& term = terms[t];
    if (term.negated) {
      negative += " NOT " + term.fts;
      continue;
    }
    bool next_or = t + 1 < terms.size() && terms[t + 1].or_before;
    if (term.or_before) {
      positive += " OR " + term.fts;
    } else {
      if (group_open) positive += ")";
      group_open = false;
      if (!positive.empty()) positive += " AND ";
      positive += next_or ? "(" + term.fts : term.fts;
      group_open = next_or;
    }
  }
  if (group_open) positive += ")";
  if (positive.empty()) {
    return Status::InvalidArgument(terms.empty()
                                       ? "nothing to search for: the query has no words"
                                       : "nothing to search for: the query only excludes words");
  }
  if (negative.empty()) return positive;
  return "(" + positive + ")" + negative;
}

}  // namespace newsdesk::store
