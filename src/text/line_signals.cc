#include "text/line_signals.h"

#include <cctype>
#include <string>

#include "util/text_shape.h"
#include "metadata/authors.h"
#include "util/ascii.h"

namespace newsdesk::text {
namespace {

// Words in a capitalised line that make it a link rather than a subheading.
constexpr uint32_t kMinShoutedWords = 6;

// The line's first colon is a clock's: "9:14", "at 5:23 pm".
bool HasClockTime(std::string_view l) {
  std::size_t colon = l.find(':');
  return colon != std::string_view::npos && colon > 0 && colon + 2 < l.size() &&
         std::isdigit(static_cast<unsigned char>(l[colon - 1])) &&
         std::isdigit(static_cast<unsigned char>(l[colon + 1])) &&
         std::isdigit(static_cast<unsigned char>(l[colon + 2]));
}

}  // namespace

// Lines that open the page's furniture after an article: comments, related stories.
bool IsSectionMarker(std::string_view line) {
  if (line.size() > 80) return false;
  std::string l = AsciiLowerCopy(line);
  while (!l.empty() && (l.back() == ':' || l.back() == ' ' || l.back() == '.')) l.pop_back();
  if (l.size() >= 3 && l.compare(l.size() - 3, 3, "\xE2\x80\xA6") == 0) l.resize(l.size() - 3);  // "…"
  static constexpr std::string_view kMarkers[] = {
      "comments", "leave a reply", "leave a comment", "join the discussion", "related",
      "related articles", "related stories", "related posts", "more stories", "you may also like",
      "you might also like", "recommended", "recommended for you", "read more", "read next",
      "more from", "trending", "most popular", "most read", "popular posts", "latest news",
      "discussion", "responses", "what readers are saying", "post a comment", "reader comments",
      // The same in the other languages news is often written in.
      "comentários", "comentarios", "commentaires", "kommentare", "commenti", "комментарии",
      "veja também", "leia também", "você pode gostar", "relacionados", "notícias relacionadas",
      "te puede interesar", "también te puede interesar", "artículos relacionados",
      "noticias relacionadas", "lire aussi", "à lire aussi", "sur le même sujet",
      "articles similaires", "das könnte sie auch interessieren", "mehr zum thema",
      "weitere artikel", "leggi anche", "articoli correlati", "potrebbe interessarti",
      "À lire aussi", "Комментарии", "Читайте также", "Вам также может быть интересно",
      "Похожие статьи", "Похожие записи"};  // capital non-ASCII letters are not folded above
  for (std::string_view m : kMarkers)
    if (l == m) return true;
  // "34 responses to ...", "12 comments", "3 replies"
  std::size_t i = 0;
  while (i < l.size() && std::isdigit(static_cast<unsigned char>(l[i]))) ++i;
  if (i > 0 && i < l.size() && l[i] == ' ') {
    std::string_view rest = std::string_view(l).substr(i + 1);
    for (std::string_view w : {"comment", "response", "repl", "thought"})
      if (rest.substr(0, w.size()) == w) return true;
  }
  return false;
}

bool IsCommentMarker(std::string_view line) {
  if (!IsSectionMarker(line)) return false;
  std::string l = AsciiLowerCopy(line);
  for (std::string_view w : {"comment", "repl", "respons", "discussion", "thought"})
    if (l.find(w) != std::string::npos) return true;
  return false;
}

// Headings that open what follows an article ("Related coverage from ...:", "More articles
// from Jane Doe", "About the author", "Previous Article"): the article ends above them. Broader than
// IsSectionMarker, so used only to end an article already found, never to look for one.
bool IsEndMarker(std::string_view line) {
  if (line.size() > 60 || EndsLikeSentence(line)) return false;
  std::string l = AsciiLowerCopy(line);
  static constexpr std::string_view kPrefixes[] = {
      "related coverage", "related content", "related reading", "more articles",
      "more stories", "elsewhere on ", "about this ", "about the author",
      "like this article", "previous article", "next article", "previous post", "next post",
      "you may have missed", "further reading", "other stories", "explore further"};
  for (std::string_view p : kPrefixes)
    if (l.rfind(p, 0) == 0) return true;
  // A rail heading: "More Great WIRED Stories", "More news", "Popular articles".
  for (std::string_view tail : {" stories", " articles", " posts", " news", " reads", " videos"}) {
    if (l.size() > tail.size() && l.compare(l.size() - tail.size(), tail.size(), tail) == 0 &&
        (l.rfind("more ", 0) == 0 || l.rfind("popular ", 0) == 0 || l.rfind("latest ", 0) == 0 ||
         l.rfind("top ", 0) == 0))
      return true;
  }
  // An author box's heading: "About Brigit Katz", "Sobre Carlos Nadalim" (every word capitalised).
  for (std::string_view about : {"about ", "sobre "}) {
    if (l.rfind(about, 0) != 0 || WordCount(line) > 4 || WordCount(line) < 3)
      continue;
    bool capitalised = true;
    for (std::size_t i = 0; i + 1 < line.size(); ++i)
      if (line[i] == ' ' && !std::isupper(static_cast<unsigned char>(line[i + 1]))) capitalised = false;
    if (capitalised) return true;
  }
  return false;
}

// A comment's time line: "2 days ago at 07:52 am", "March 3, 2024 at 9:14 am", "5h ago".
bool IsCommentMeta(std::string_view line) {
  if (line.size() > 48 || line.size() < 3) return false;
  std::string l = AsciiLowerCopy(line);
  if (l.find(" ago") != std::string::npos) return true;
  return HasClockTime(l) && (l.find(" at ") != std::string::npos || l.find("am") != std::string::npos ||
                   l.find("pm") != std::string::npos);
}

// Text no writer types into an article: a bare URL, an ISO timestamp, a keyword
// list ("a,b,c,d" with no spaces) - markup values that leak into text dumps.
bool IsMachineText(std::string_view line) {
  if (line.empty() || line.size() > 400) return false;
  if (line.find(' ') == std::string_view::npos) {
    if (line.rfind("http://", 0) == 0 || line.rfind("https://", 0) == 0) return true;
    std::size_t commas = 0;
    for (char c : line) commas += c == ',';
    // 2019-11-13T23:06:00+01:00
    if (line.size() >= 19 && std::isdigit(static_cast<unsigned char>(line[0])) && line[4] == '-' &&
        line[7] == '-' && line[10] == 'T')
      return true;
    if (commas >= 3) return true;
  }
  // "How to retire early,Early retirement,Retiring early,Your Money Saving,..."
  std::size_t commas_without_space = 0;
  for (std::size_t i = 0; i + 1 < line.size(); ++i)
    commas_without_space += line[i] == ',' && std::isalpha(static_cast<unsigned char>(line[i + 1]));
  return commas_without_space >= 4;
}

// A photo caption: a line that ends with its credit ("... treatment. Credit: Getty Images",
// "(Photo: AP)").
bool IsCaption(std::string_view line) {
  if (line.size() > 400) return false;
  // Agency and broadcaster caption styles: "FILE PHOTO: ...", "Image caption ...", "Video: ...",
  // "(c) Jane Roe ...", "This 2017 file photo shows ...".
  for (std::string_view prefix : {"FILE PHOTO", "Image caption", "Video:", "\xC2\xA9 "})
    if (line.substr(0, prefix.size()) == prefix) return true;
  if (line.find(" file photo") != std::string_view::npos && line.size() <= 300) return true;
  // "Image 1 of 5", "Photo 3 of 12": a gallery's counter.
  for (std::string_view word : {"Image ", "Photo ", "Slide "}) {
    if (line.substr(0, word.size()) != word || line.size() > 24) continue;
    std::string_view rest = line.substr(word.size());
    if (!rest.empty() && std::isdigit(static_cast<unsigned char>(rest[0])) &&
        rest.find(" of ") != std::string_view::npos)
      return true;
  }
  // A gallery's "1of4" / "3 of 12" counter glued before the caption.
  std::size_t d = 0;
  while (d < line.size() && std::isdigit(static_cast<unsigned char>(line[d]))) ++d;
  if (d > 0 && d <= 3) {
    std::string_view rest = line.substr(d);
    if (rest.substr(0, 2) == "of" || rest.substr(0, 3) == " of") {
      std::size_t k = rest[0] == ' ' ? 3 : 2;
      if (k < rest.size() && rest[k] == ' ') ++k;
      if (k < rest.size() && std::isdigit(static_cast<unsigned char>(rest[k]))) return true;
    }
  }
  for (std::string_view mark : {"Credit:", "Credits:", "Photo:", "Image:", "Picture:", "Foto:"}) {
    std::size_t at = line.rfind(mark);
    if (at == std::string_view::npos) continue;
    std::string_view rest = line.substr(at + mark.size());
    if (WordCount(rest) >= 1 && WordCount(rest) <= 6 &&
        rest.find_first_of(".!?") >= rest.size() - 1)
      return true;
  }
  return false;
}

// A long line in capitals ("TAYLOR SWIFT CLEARED TO PERFORM HITS AT AMAS, REPORT SAYS", "CLICK
// HERE TO GET THE APP"): a related-story link or a call to action set inside the article, not
// a subheading (those are short).
bool IsShoutedLink(std::string_view line) {
  if (line.size() > 200 || WordCount(line) < kMinShoutedWords) return false;
  int upper = 0;
  for (char c : line) {
    if (std::islower(static_cast<unsigned char>(c))) return false;
    upper += std::isupper(static_cast<unsigned char>(c)) != 0;
  }
  return upper >= 10;
}

// Hashes of a line's consecutive word triples (ASCII case folded), for copy detection.
void WordTriples(std::string_view line, std::vector<uint64_t>* out) {
  out->clear();
  uint64_t w[3] = {0, 0, 0};
  int words = 0;
  uint64_t h = 0;
  bool in_word = false;
  auto end_word = [&]() {
    w[0] = w[1];
    w[1] = w[2];
    w[2] = h;
    if (++words >= 3) out->push_back(w[0] * 0x9E3779B97F4A7C15ULL ^ w[1] * 0xC2B2AE3D27D4EB4FULL ^ w[2]);
    h = 0;
    in_word = false;
  };
  for (char c : line) {
    if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) {
      h = (h ^ static_cast<unsigned char>(AsciiLower(c))) * 0x100000001B3ULL;
      in_word = true;
    } else if (in_word) {
      end_word();
    }
  }
  if (in_word) end_word();
}

// "thelastchargersfan says:" - the head of a comment.
bool IsCommentHead(std::string_view line) {
  if (line.size() > 80 || line.size() <= 6) return false;
  if (line.substr(line.size() - 5) == "says:" || line.substr(line.size() - 6) == "wrote:")
    return true;
  // "Catherine on September 13, 2018 at 5:23 pm said:" (a bare "... said:" opens a quote).
  return line.substr(line.size() - 5) == "said:" && HasClockTime(line);
}

// Function words of the languages most news is written in; a line of prose has many of them
// (jusText's insight), a menu or a label has few.
constexpr std::string_view kStopWords[] = {
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "that", "this", "is",
    "was", "are", "were", "be", "has", "have", "had", "it", "its", "as", "at", "by", "from",
    "but", "not", "he", "she", "they", "we", "you", "his", "her", "their", "which", "who",
    "will", "would", "said", "after", "than", "there", "been", "into", "about", "more",
    "der", "die", "das", "und", "ist", "nicht", "mit", "den", "ein", "eine", "le", "la", "les",
    "et", "est", "des", "une", "du", "el", "los", "las", "que", "en", "un", "una", "por", "con",
    "il", "di", "che", "per", "della", "o", "do", "da", "em", "não",
    "de", "e", "y", "se", "os", "um", "uma", "com", "para", "na", "no", "dos", "ao", "mais",
    "mas", "como", "lo", "su", "del", "al", "non", "si", "à", "pour", "dans", "sur", "pas", "qui",
    "au", "zu", "im", "von", "sich", "auf", "für", "auch", "es",
};

double StopWordShare(std::string_view line) {
  int words = 0, stops = 0;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && !std::isalpha(static_cast<unsigned char>(line[i])) &&
           static_cast<unsigned char>(line[i]) < 0x80)
      ++i;
    std::size_t start = i;
    while (i < line.size() && (std::isalpha(static_cast<unsigned char>(line[i])) ||
                               static_cast<unsigned char>(line[i]) >= 0x80))
      ++i;
    if (i == start) break;
    ++words;
    std::string w = AsciiLowerCopy(line.substr(start, i - start));
    for (std::string_view s : kStopWords) {
      if (w == s) {
        ++stops;
        break;
      }
    }
  }
  return words == 0 ? 0.0 : static_cast<double>(stops) / words;
}


bool IsBio(std::string_view line) {
  if (line.size() > 600) return false;
  std::string l = AsciiLowerCopy(line);
  bool bio_words = l.find("has worked") != std::string::npos ||
                   l.find("her writing has appeared") != std::string::npos ||
                   l.find("his writing has appeared") != std::string::npos ||
                   l.find("writing has appeared") != std::string::npos ||
                   l.find("is a senior") != std::string::npos ||
                   l.find("is a staff writer") != std::string::npos ||
                   l.find("is a reporter") != std::string::npos ||
                   l.find("follow her on") != std::string::npos ||
                   l.find("follow him on") != std::string::npos ||
                   l.find("is a freelance") != std::string::npos ||
                   l.find("is a contributing") != std::string::npos ||
                   l.find("her work has appeared") != std::string::npos ||
                   l.find("his work has appeared") != std::string::npos ||
                   l.find("has been reporting on") != std::string::npos ||
                   (line.size() <= 250 &&
                    (l.find(" reporter for ") != std::string::npos ||
                     l.find(" writer for ") != std::string::npos ||
                     l.find(" editor for ") != std::string::npos ||
                     l.find(" correspondent for ") != std::string::npos ||
                     l.find(" reporter at ") != std::string::npos ||
                     l.find(" writer at ") != std::string::npos ||
                     l.find(" editor at ") != std::string::npos));
  return bio_words && !metadata::NameFromBio(line).empty();
}

}  // namespace newsdesk::text
