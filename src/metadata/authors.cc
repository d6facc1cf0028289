#include "metadata/authors.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <utility>

#include "util/ascii.h"
#include "util/split.h"
#include "util/utf8.h"

namespace newsdesk::metadata {
namespace {

std::string Trim(std::string_view s) {
  auto is_trim = [](char c) {
    return c == ' ' || c == ',' || c == ';' || c == ':' || c == '-' || c == '|' || c == '\n' ||
           c == '/' || c == '"' || c == '\'' || c == '*';
  };
  auto trim_ends = [&] {
    while (!s.empty() && is_trim(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_trim(s.back())) s.remove_suffix(1);
  };
  trim_ends();
  // Brackets stay when balanced ("Jean-Luc Aufranc (CNXSoft)"); a stray one goes.
  auto count = [&](char c) { return std::count(s.begin(), s.end(), c); };
  while (!s.empty() && s.back() == ')' && count('(') < count(')')) s.remove_suffix(1);
  while (!s.empty() && s.front() == '(' && count('(') > count(')')) s.remove_prefix(1);
  trim_ends();
  // A final '.' stays only after an initial ("John Q.").
  while (!s.empty() && s.back() == '.' &&
         !(s.size() >= 2 && std::isupper(static_cast<unsigned char>(s[s.size() - 2])) &&
           (s.size() == 2 || s[s.size() - 3] == ' ')))
    s.remove_suffix(1);
  // "&raquo;" and other symbols at the end of "More about X »".
  while (s.size() >= 2 &&
         (s.substr(s.size() - 2) == "\xC2\xBB" || s.substr(s.size() - 2) == "\xC2\xAE"))
    s.remove_suffix(2);
  trim_ends();
  return std::string(s);
}

// Words that start a byline and are not part of the name.
constexpr std::string_view kLeadIns[] = {
    "written by ", "posted by ", "published by ", "reviewed by ", "story by ",   "words by ",
    "text by ",    "report by ", "reporting by ", "authored by ", "article by ", "by: ",
    "by ",         "author: ",   "authors: ",     "author ",      "von ",        "par ",
    "por ",        "di ",        "door ",
};

// Words that mark a role, a title or an organisation: a comma part holding one is not a name.
constexpr std::string_view kRoleWords[] = {
    "writer",       "editor",     "reporter",     "correspondent", "staff",      "contributor",
    "columnist",    "journalist", "producer",     "analyst",       "director",   "manager",
    "founder",      "ceo",        "president",    "officer",       "head of",    "chief",
    "senior",       "associate",  "assistant",    "intern",        "fellow",     "professor",
    "inc",          "ltd",        "llc",          "agency",        "magazine",   "updated",
    "published",    "posted",     "photographer", "contributing",  "special to", "dietitian",
    "nutritionist", "specialist", "expert",       "coach",         "consultant", "strategist",
    "marketer",     "engineer",   "designer",     "developer",     "lead",       "attorney",
    "lawyer",       "bio",        "profile",      "view",          "more",       "about",
    "posts",        "articles",   "follow",       "contact",       "email",      "share",
    "read",         "min",        "minutes",      "updated",       "reviewed",   "fact",
    "checked",      "medically",  "sponsored",    "advertis",      "partner",
};

// More words that, in visible text, mark a line that is not a name (markup author fields may
// legitimately hold "q_admin" or "Paycom Blog Contributor").
constexpr std::string_view kVisibleRoleWords[] = {
    "educator",         "teacher",  "certified",   "licensed",  "master",
    "astrologer",       "insights", "journalism",  "grader",    "horticulturist",
    "horticulturalist", "admin",    "development", "blog",      "bluesky",
    "twitter",          "linkedin", "facebook",    "instagram", "youtube",
};

// Short all-capital tokens after a name are degrees or credentials ("MS", "RD", "PhD").
bool IsCredential(std::string_view part) {
  if (part.size() < 2 || part.size() > 6) return false;  // "O" in "Matt De La O" is a name
  if (!std::isalpha(static_cast<unsigned char>(part[0]))) return false;
  std::string l = AsciiLowerCopy(part);
  if (l == "ph.d" || l == "ph.d." || l == "m.d" || l == "m.d.") return true;
  static constexpr std::string_view kCredentials[] = {"phd", "md", "ms",  "ma",  "mba", "rd",
                                                      "rn",  "jr", "sr",  "ii",  "iii", "cpa",
                                                      "mph", "do", "dds", "esq", "cfa", "bsc"};
  for (std::string_view c : kCredentials)
    if (l == c) return true;
  bool all_caps = true;
  for (char c : part) all_caps &= !std::islower(static_cast<unsigned char>(c));
  if (part.find("\xC2\xAE") != std::string_view::npos) return true;  // "CEPF®"
  return all_caps && part.size() <= 5 && part.find(' ') == std::string_view::npos;
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

// Whether `part` holds one of `words` as a whole word, case aside.
template <std::size_t N>
bool HasWordFrom(std::string_view part, const std::string_view (&words)[N]) {
  std::string l = AsciiLowerCopy(part);
  for (std::string_view w : words)
    if (ContainsWord(l, w)) return true;
  return false;
}

bool IsRole(std::string_view part) { return HasWordFrom(part, kRoleWords); }

constexpr std::string_view kMonthNames[] = {"January",   "February", "March",    "April",
                                            "May",       "June",     "July",     "August",
                                            "September", "October",  "November", "December"};

// A month's or a weekday's name or abbreviation ("Dec", "Sat.", "October"): what a dateline
// leaves behind when a byline parser takes it for a name.
bool IsDateWord(std::string_view word) {
  std::string l = AsciiLowerCopy(word);
  if (!l.empty() && l.back() == '.') l.pop_back();
  for (std::string_view m : kMonthNames) {
    std::string lm = AsciiLowerCopy(m);
    if (l == lm || (l.size() >= 3 && l.size() <= 4 && lm.compare(0, l.size(), l) == 0)) return true;
  }
  for (std::string_view d :
       {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}) {
    if (l == d || (l.size() >= 3 && l.size() <= 4 && d.compare(0, l.size(), l) == 0)) return true;
  }
  return false;
}

bool HasVisibleRoleWord(std::string_view part) { return HasWordFrom(part, kVisibleRoleWords); }

// The last word of a byline that names an outlet's staff ("Resy Staff", "The Currency editors").
constexpr std::string_view kGroupWords[] = {"staff",       "team",         "editors",
                                            "desk",        "writers",      "reporters",
                                            "contributor", "contributors", "newsroom"};

bool IsGroupWord(std::string_view word) {
  std::string l = AsciiLowerCopy(word);
  return std::find(std::begin(kGroupWords), std::end(kGroupWords), l) != std::end(kGroupWords);
}

// Whether each word of a name of two or more words is capitalised, name particles aside ("Marna
// van der Merwe"): "HR professionals can focus" is a sentence's start, not a byline.
bool WordsCapitalised(std::string_view name) {
  static constexpr std::string_view kParticles[] = {"van", "von", "der", "den", "de",  "da", "del",
                                                    "di",  "du",  "la",  "le",  "bin", "al", "y",
                                                    "e",   "dos", "das", "ten", "ter", "zu"};
  if (name.find(' ') == std::string_view::npos) return true;  // handles stay ("ibby")
  return ForEachPart(name, " ", [](std::string_view w) {
    if (w.empty()) return true;
    unsigned char first = static_cast<unsigned char>(w[0]);
    if (std::isupper(first) || first >= 0x80 || !std::isalpha(first)) return true;
    return std::find(std::begin(kParticles), std::end(kParticles), w) != std::end(kParticles) ||
           IsGroupWord(w);  // "The Currency editors", "MDN contributors"
  });
}

// An outlet's staff as the byline: "Resy Staff", "EcoCult Staff", "The Currency editors", "SFist
// Contributor": two to four words, the first capitalised, the last a group word.
bool IsGroupByline(std::string_view name) {
  std::size_t space = name.rfind(' ');
  if (space == std::string_view::npos || name.size() > 40) return false;
  std::size_t words = 1;
  for (char c : name) words += c == ' ';
  if (words > 4 || !std::isupper(static_cast<unsigned char>(name[0]))) return false;
  if (!IsGroupWord(name.substr(space + 1))) return false;
  // The words before name the outlet: not a link's words ("Meet Our Staff", "View All Team").
  std::string before = AsciiLowerCopy(name.substr(0, space));
  for (std::string_view w : {"meet", "our", "your", "my", "all", "join"})
    if (ContainsWord(before, w)) return false;
  return !IsRole(before);
}

}  // namespace

bool LooksLikePersonName(std::string_view name) {
  if (name.size() < 2 || name.size() > 60) return false;
  int words = 1;
  for (char c : name) {
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '@' || c == '/' || c == ':' ||
        c == '=' || c == '?' || c == '#' || c == '<' || c == '>')
      return false;
    words += c == ' ';
  }
  if (words > 5) return false;
  if (IsGroupByline(name)) return true;
  if (IsRole(name) || HasVisibleRoleWord(name) || !WordsCapitalised(name)) return false;
  return std::isupper(static_cast<unsigned char>(name[0])) ||
         static_cast<unsigned char>(name[0]) >= 0x80;
}

// A line that only announces the author, whose name follows on the next line (compared
// lower-cased, without a trailing colon).
constexpr std::string_view kLeadInLines[] = {
    "by",         "written by",         "author",       "authors",     "author(s)",
    "posted by",  "words by",           "story by",     "reviewed by", "published by",
    "article by", "article written by", "contributors", "contributor", "this post was written by",
};

bool IsBylineLeadIn(std::string_view text) {
  // Runs for every short text node (most are whitespace): a cheap test first. Every lead-in
  // ends in "by" or is "author(s)" or "contributor(s)".
  auto has = [&](std::string_view lower, std::string_view upper_first) {
    return text.find(lower) != std::string_view::npos ||
           text.find(upper_first) != std::string_view::npos;
  };
  if (!has("by", "By") && !has("BY", "BY") && !has("uthor", "UTHOR") &&
      !has("ontributor", "ONTRIBUTOR"))
    return false;
  std::string trimmed = Trim(text);
  std::string_view t = trimmed;
  while (!t.empty() && (t.back() == ':' || t.back() == ' ')) t.remove_suffix(1);
  constexpr std::size_t kLongest = 24;  // "this post was written by"
  if (t.size() < 2 || t.size() > kLongest) return false;
  char buffer[kLongest];
  for (std::size_t i = 0; i < t.size(); ++i) buffer[i] = AsciiLower(t[i]);
  std::string_view l(buffer, t.size());
  for (std::string_view lead : kLeadInLines)
    if (l == lead) return true;
  return false;
}

std::optional<std::string_view> WrittenByBody(std::string_view line) {
  static constexpr std::string_view kLabels[] = {"written by ",
                                                 "article by ",
                                                 "authored by ",
                                                 "article written by ",
                                                 "this post was written by ",
                                                 "posted by "};
  std::string_view t = line;
  while (!t.empty() && (t.front() == ' ' || t.front() == '\n' || t.front() == '\t'))
    t.remove_prefix(1);
  if (t.size() > 120 || t.size() < 12) return std::nullopt;
  char c = AsciiLower(t[0]);
  if (c != 'w' && c != 'a' && c != 't' && c != 'p') return std::nullopt;  // cheap reject
  for (std::string_view label : kLabels) {
    if (t.size() > label.size() && AsciiLowerCopy(t.substr(0, label.size())) == label)
      return t.substr(label.size());
  }
  return std::nullopt;
}

std::optional<std::string_view> BylineBody(std::string_view line, const BylineRule& rule) {
  if (line.size() < 3 || line.size() > rule.max_chars) return std::nullopt;
  bool by =
      (line[0] == 'B' || line[0] == 'b') && (line[1] == 'y' || (rule.any_case && line[1] == 'Y'));
  if (!by || !(line[2] == ' ' || (rule.colon && line[2] == ':'))) return std::nullopt;
  std::string_view body = line.substr(3);
  while (!body.empty() && body.front() == ' ') body.remove_prefix(1);
  return body;
}

namespace {

bool LooksLikeMarkupName(std::string_view name) {
  if (name.size() < 2 || name.size() > 60) return false;
  int words = 1;
  for (char c : name) {
    if (c == '/' || c == ':' || c == '=' || c == '?' || c == '#' || c == '<' || c == '>' ||
        c == '{')
      return false;
    words += c == ' ';
  }
  if (words > 6) return false;
  std::string l = AsciiLowerCopy(name);
  // Template placeholders ("page.head.extra.author", "{{ author }}").
  if (l.find("{{") != std::string::npos || l.find("page.") != std::string::npos ||
      l.find(".author") != std::string::npos)
    return false;
  if (std::all_of(name.begin(), name.end(),
                  [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == ' '; }))
    return false;
  // A role on its own ("Senior Writer", "Full Bio") is not a byline.
  for (std::string_view w : kRoleWords)
    if (ContainsWord(l, w) && l.find("team") == std::string::npos) return false;
  return l != "admin" && l != "by" && l != "unknown" && l != "null" && l != "anonymous";
}

// "Maria &amp; Katerina": markup that was escaped twice.
std::string UnescapeLeftovers(std::string s) {
  static constexpr std::pair<std::string_view, std::string_view> kEntities[] = {
      {"&amp;", "&"}, {"&#039;", "'"}, {"&#39;", "'"}, {"&quot;", "\""}, {"&nbsp;", " "}};
  for (auto [from, to] : kEntities) {
    std::size_t p;
    while ((p = s.find(from)) != std::string::npos) s.replace(p, from.size(), to);
  }
  return s;
}

// "Luke KimDecember" -> "Luke Kim", "Mateusz HabernyFounder" -> "Mateusz Haberny": a month or a
// role glued to the last name (an element boundary without a space). The glued word must be a
// known one: "McDonald" is a name.
std::string CutGluedTail(std::string name) {
  std::size_t word = name.rfind(' ');
  word = word == std::string::npos ? 0 : word + 1;
  for (std::size_t i = word + 1; i < name.size(); ++i) {
    if (!std::isupper(static_cast<unsigned char>(name[i])) ||
        !std::islower(static_cast<unsigned char>(name[i - 1])))
      continue;
    std::string_view tail = std::string_view(name).substr(i);
    std::size_t tail_end = tail.find(' ');
    std::string tail_word = AsciiLowerCopy(tail.substr(0, tail_end));
    bool known = IsDateWord(tail_word) && tail_word.size() > 4;  // "December", not "Dec"
    for (std::string_view w : kRoleWords) known |= tail_word == w;
    if (known) return Trim(name.substr(0, i));
  }
  return name;
}

// The name before a date or a separator dot: "Haley Hoekstra • March 3" -> "Haley Hoekstra".
std::string CutAtDate(const std::string& name) {
  static constexpr std::string_view kMonths[] = {"jan", "feb", "mar", "apr", "jun",
                                                 "jul",  // not "may": Theresa May
                                                 "aug", "sep", "oct", "nov", "dec"};
  std::size_t pos = 0;
  std::size_t words = 0;
  while (pos < name.size()) {
    std::size_t end = name.find(' ', pos);
    if (end == std::string::npos) end = name.size();
    std::string word = AsciiLowerCopy(std::string_view(name).substr(pos, end - pos));
    // "on" and "at" end a name when something follows ("Jane Doe on March 3", "David at 3:15");
    // last, they are the name's ("Audiophile On").
    bool last = end == name.size();
    bool stop = word.find_first_of("0123456789") != std::string::npos || word == "\xE2\x80\xA2" ||
                word == "\xC2\xB7" || (!last && (word == "on" || word == "at"));
    if (!stop && words >= 1 && word.size() >= 3) {
      for (std::string_view m : kMonths) {
        if (word.compare(0, 3, m) == 0 &&
            (word.size() <= 4 || word.find("uary") != std::string::npos ||
             word.find("ember") != std::string::npos || word == "march" || word == "april" ||
             word == "june" || word == "july" || word == "august" || word == "october")) {
          stop = true;
          break;
        }
      }
    }
    if (stop) return CutGluedTail(Trim(name.substr(0, pos)));
    ++words;
    pos = end + 1;
  }
  return CutGluedTail(name);
}

std::vector<std::string> SplitChunk(std::string_view chunk) {
  // Within a comma-free chunk: " and ", " & ", " with ", " / ". An organisation's name, which
  // has "of" or "for" in it ("Center for Drug Evaluation and Research"), stays whole.
  std::vector<std::string> parts;
  std::string lower = AsciiLowerCopy(chunk);
  if (lower.find(" for ") != std::string::npos || lower.find(" of ") != std::string::npos) {
    parts.emplace_back(chunk);
    return parts;
  }
  std::size_t start = 0;
  for (std::size_t i = 0; i < chunk.size(); ++i) {
    std::size_t skip = 0;
    for (std::string_view sep : {" and ", " & ", " with ", " / ", " und ", " et "}) {
      if (lower.compare(i, sep.size(), sep) == 0) {
        skip = sep.size();
        break;
      }
    }
    if (skip) {
      parts.emplace_back(chunk.substr(start, i - start));
      start = i + skip;
      i = start - 1;
    }
  }
  parts.emplace_back(chunk.substr(start));
  return parts;
}

}  // namespace

std::vector<std::string> SplitAuthors(std::string_view raw, bool from_markup) {
  std::string collapsed;
  bool pending = false;
  AppendCollapsed(UnescapeLeftovers(std::string(raw.substr(0, 1000))), &collapsed, &pending);
  std::vector<std::string> names;
  if (collapsed.empty() || collapsed.size() > 400) return names;
  // Drop a lead-in ("By ") at the start.
  std::string lower = AsciiLowerCopy(collapsed);
  for (std::string_view lead : kLeadIns) {
    if (lower.compare(0, lead.size(), lead) == 0) {
      collapsed.erase(0, lead.size());
      break;
    }
  }
  // Chunks between hard separators; a chunk that holds a role word is a role ("Senior Writer at
  // X & Y") and is skipped whole, or cut at the role when it follows a name after a dash.
  std::vector<std::string> chunks;
  std::string current;
  for (std::size_t i = 0; i < collapsed.size(); ++i) {
    char c = collapsed[i];
    bool hard = c == ',' || c == ';' || c == '|' || c == '\n';
    if (c == '\xC2' && i + 1 < collapsed.size() && collapsed[i + 1] == '\xB7') {  // middle dot
      hard = true;
      ++i;
    }
    if (hard) {
      chunks.push_back(current);
      current.clear();
    } else {
      current.push_back(c);
    }
  }
  chunks.push_back(current);
  for (std::string chunk : chunks) {
    for (std::string_view dash : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
      std::size_t p = chunk.find(dash);
      if (p != std::string::npos) chunk.erase(p);
    }
    std::string trimmed = Trim(chunk);
    if (trimmed.empty() || IsCredential(trimmed)) continue;
    // In markup a role on its own is kept ("Paycom Blog Contributor"), a role after a name is
    // not ("Nicole Forbes, Master Horticulturalist, Garden Educator").
    if ((!from_markup || !names.empty()) && !IsGroupByline(trimmed) &&
        (IsRole(trimmed) || HasVisibleRoleWord(trimmed)))
      continue;
    for (std::string part : SplitChunk(trimmed)) {
      std::string l = AsciiLowerCopy(part);
      for (std::string_view lead : kLeadIns) {
        if (l.compare(0, lead.size(), lead) == 0) {
          part.erase(0, lead.size());
          break;
        }
      }
      std::string name = Trim(part);
      // In visible text a date often follows the name: "Russell Miller Dec 3, 2025".
      if (!from_markup) name = CutAtDate(name);
      // Credentials after a full name: "Jeffrey A. Slotnick CPP".
      while (true) {
        std::size_t last_space = name.rfind(' ');
        if (last_space == std::string::npos || std::count(name.begin(), name.end(), ' ') < 2 ||
            !IsCredential(std::string_view(name).substr(last_space + 1)))
          break;
        name = Trim(name.substr(0, last_space));
      }
      if (name.empty() || IsCredential(name) || IsBylineLeadIn(name)) continue;
      if (!from_markup && IsDateWord(name)) continue;
      // From visible text, a person has a first and a last name ("Sat", "Development" are not).
      if (name.find("http") != std::string::npos || name.find("www.") != std::string::npos)
        continue;
      if (!from_markup && name.find('@') != std::string::npos) continue;
      if (from_markup ? !LooksLikeMarkupName(name) : !LooksLikePersonName(name)) continue;
      bool duplicate = false;
      for (const std::string& n : names) duplicate |= AsciiLowerCopy(n) == AsciiLowerCopy(name);
      if (!duplicate) names.push_back(name);
    }
  }
  return names;
}

std::string NameFromBio(std::string_view line) {
  static constexpr std::string_view kVerbs[] = {" has worked ", " has been ", " is a ",
                                                " is an ",      " is the ",   " writes ",
                                                " covers ",     " joined "};
  for (std::string_view v : kVerbs) {
    std::size_t p = line.find(v);
    if (p == std::string_view::npos || p == 0 || p > 60) continue;
    std::string name(line.substr(0, p));
    if (!LooksLikePersonName(name) || name.find(' ') == std::string::npos) continue;
    // Every word of a name is capitalised ("The council" is not a person), particles aside.
    bool capitalised = true;
    std::size_t start = 0;
    while (start < name.size()) {
      std::size_t end = name.find(' ', start);
      if (end == std::string::npos) end = name.size();
      std::string_view word = std::string_view(name).substr(start, end - start);
      bool particle = word == "van" || word == "von" || word == "de" || word == "der" ||
                      word == "da" || word == "di" || word == "la" || word == "le" || word == "bin";
      if (!particle && !word.empty() && std::islower(static_cast<unsigned char>(word[0])))
        capitalised = false;
      start = end + 1;
    }
    if (capitalised && AsciiLowerCopy(name).rfind("the ", 0) != 0) return name;
  }
  return {};
}

void MergeAuthors(std::vector<std::string>* names, const std::vector<std::string>& more) {
  for (const std::string& m : more) {
    bool duplicate = false;
    for (const std::string& n : *names) duplicate |= AsciiLowerCopy(n) == AsciiLowerCopy(m);
    if (!duplicate) names->push_back(m);
  }
}

}  // namespace newsdesk::metadata
