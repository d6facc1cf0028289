#include "metadata/authors.h"

#include <algorithm>
#include <cctype>

#include "util/utf8.h"

namespace newsdesk::metadata {
namespace {

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

std::string LowerCopy(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = Lower(c);
  return r;
}

std::string Trim(std::string_view s) {
  auto is_trim = [](char c) {
    return c == ' ' || c == ',' || c == ';' || c == ':' || c == '-' || c == '|' || c == '.' ||
           c == '(' || c == ')' || c == '\n' || c == '/' || c == '"' || c == '\'';
  };
  while (!s.empty() && is_trim(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_trim(s.back()) && s.back() != '.') s.remove_suffix(1);
  // A final '.' stays only after an initial ("John Q.").
  while (!s.empty() && s.back() == '.' && !(s.size() >= 2 && std::isupper(static_cast<unsigned char>(s[s.size() - 2])) &&
                                            (s.size() == 2 || s[s.size() - 3] == ' ')))
    s.remove_suffix(1);
  return std::string(s);
}

// Words that start a byline and are not part of the name.
constexpr std::string_view kLeadIns[] = {
    "written by ", "posted by ", "published by ", "reviewed by ", "story by ", "words by ",
    "text by ",    "report by ", "reporting by ", "authored by ", "article by ", "by: ",
    "by ",         "author: ",   "authors: ",     "author ",      "von ",       "par ",
    "por ",        "di ",        "door ",
};

// Words that mark a role, a title or an organisation: a comma part holding one is not a name.
constexpr std::string_view kRoleWords[] = {
    "writer",    "editor",     "reporter",   "correspondent", "staff",      "contributor",
    "columnist", "journalist", "producer",   "analyst",       "director",   "manager",
    "founder",   "ceo",        "president",  "officer",       "head of",    "chief",
    "senior",    "associate",  "assistant",  "intern",        "fellow",     "professor",
    "team",      "desk",       "newsroom",   "news",          "media",      "press",
    "inc",       "ltd",        "llc",        "group",         "agency",     "magazine",
    "updated",   "published",  "posted",     "photographer",  "contributing", "special to",
    "dietitian", "nutritionist", "specialist", "expert",      "coach",      "consultant",
    "strategist", "marketer",  "engineer",   "designer",      "developer",  "lead",
};

// Short all-capital tokens after a name are degrees or credentials ("MS", "RD", "PhD").
bool IsCredential(std::string_view part) {
  if (part.empty() || part.size() > 6) return false;
  std::string l = LowerCopy(part);
  static constexpr std::string_view kCredentials[] = {"phd", "md", "ms", "ma", "mba", "rd",
                                                      "rn",  "jr", "sr", "ii", "iii", "cpa",
                                                      "mph", "do", "dds", "esq", "cfa", "bsc"};
  for (std::string_view c : kCredentials)
    if (l == c) return true;
  bool all_caps = true;
  for (char c : part) all_caps &= !std::islower(static_cast<unsigned char>(c));
  return all_caps && part.size() <= 4;
}

bool ContainsWord(std::string_view lower, std::string_view word) {
  std::size_t pos = 0;
  while ((pos = lower.find(word, pos)) != std::string_view::npos) {
    bool left = pos == 0 || !std::isalpha(static_cast<unsigned char>(lower[pos - 1]));
    std::size_t end = pos + word.size();
    bool right = end == lower.size() || !std::isalpha(static_cast<unsigned char>(lower[end]));
    if (left && right) return true;
    ++pos;
  }
  return false;
}

bool IsRole(std::string_view part) {
  std::string l = LowerCopy(part);
  for (std::string_view w : kRoleWords)
    if (ContainsWord(l, w)) return true;
  return false;
}

std::vector<std::string> SplitOn(std::string_view s) {
  // Separators: " and ", " & ", ",", ";", "|", " / ", " with ", newline.
  std::vector<std::string> parts;
  std::string current;
  std::string lower = LowerCopy(s);
  for (std::size_t i = 0; i < s.size();) {
    auto starts = [&](std::string_view sep) { return lower.compare(i, sep.size(), sep) == 0; };
    std::size_t skip = 0;
    if (s[i] == ',' || s[i] == ';' || s[i] == '|' || s[i] == '\n' || s[i] == '\xC2') {
      skip = (s[i] == '\xC2' && i + 1 < s.size() && (s[i + 1] == '\xB7' || s[i + 1] == '\xA0')) ? 2
             : s[i] == '\xC2'                                                                  ? 0
                                                                                                : 1;
    } else if (starts(" and ")) {
      skip = 5;
    } else if (starts(" & ")) {
      skip = 3;
    } else if (starts(" / ")) {
      skip = 3;
    } else if (starts(" with ")) {
      skip = 6;
    } else if (starts(" und ") || starts(" y ") || starts(" et ") || starts(" e ")) {
      skip = lower[i + 2] == ' ' ? 3 : 4;
    }
    if (skip) {
      parts.push_back(current);
      current.clear();
      i += skip;
    } else {
      current.push_back(s[i]);
      ++i;
    }
  }
  parts.push_back(current);
  return parts;
}

}  // namespace

bool LooksLikePersonName(std::string_view name) {
  if (name.empty() || name.size() > 60) return false;
  int words = 1;
  for (char c : name) {
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '@' || c == '/' || c == ':' ||
        c == '=' || c == '?' || c == '#' || c == '<' || c == '>')
      return false;
    words += c == ' ';
  }
  if (words > 5) return false;
  if (IsRole(name)) return false;
  return std::isupper(static_cast<unsigned char>(name[0])) ||
         static_cast<unsigned char>(name[0]) >= 0x80;
}

std::vector<std::string> SplitAuthors(std::string_view raw) {
  std::string collapsed;
  bool pending = false;
  AppendCollapsed(raw, &collapsed, &pending);
  std::vector<std::string> names;
  if (collapsed.empty() || collapsed.size() > 400) return names;
  // Drop a lead-in ("By ") at the start.
  std::string lower = LowerCopy(collapsed);
  for (std::string_view lead : kLeadIns) {
    if (lower.compare(0, lead.size(), lead) == 0) {
      collapsed.erase(0, lead.size());
      break;
    }
  }
  for (std::string part : SplitOn(collapsed)) {
    std::string l = LowerCopy(part);
    for (std::string_view lead : kLeadIns) {
      if (l.compare(0, lead.size(), lead) == 0) {
        part.erase(0, lead.size());
        break;
      }
    }
    // Cut a role after a dash: "Jane Doe - Senior Writer".
    for (std::string_view dash : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
      std::size_t p = part.find(dash);
      if (p != std::string::npos) part.erase(p);
    }
    std::string name = Trim(part);
    if (name.empty() || IsCredential(name)) continue;
    if (name.find('@') != std::string::npos || name.find("http") != std::string::npos) continue;
    if (!LooksLikePersonName(name)) continue;
    bool duplicate = false;
    for (const std::string& n : names) duplicate |= LowerCopy(n) == LowerCopy(name);
    if (!duplicate) names.push_back(name);
  }
  return names;
}

void MergeAuthors(std::vector<std::string>* names, const std::vector<std::string>& more) {
  for (const std::string& m : more) {
    bool duplicate = false;
    for (const std::string& n : *names) duplicate |= LowerCopy(n) == LowerCopy(m);
    if (!duplicate) names->push_back(m);
  }
}

}  // namespace newsdesk::metadata
