// The briefing as Markdown, which is also the plain-text part of the briefing e-mail: headings,
// short lists and a numbered source list, nothing a plain-text reader has to decode.
//
// Every text from an article is one clean line (CleanText) with the characters Markdown gives a
// meaning escaped by a backslash, so a headline cannot open a link, an image, raw HTML, emphasis,
// a table cell or a block (list, heading, quote) of its own. Only http(s) URLs become links, and
// their bytes that could end a link destination are percent-encoded.
#include <string>

#include "output/briefing_render.h"

namespace newsdesk::output {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool IsAlnum(char c) { return IsDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// True when text[at] == '&' opens something Markdown would read as an entity: "&amp;", "&#39;".
bool OpensEntity(std::string_view text, std::size_t at) {
  std::size_t i = at + 1;
  if (i < text.size() && text[i] == '#') ++i;
  const std::size_t start = i;
  while (i < text.size() && IsAlnum(text[i])) ++i;
  return i > start && i < text.size() && text[i] == ';';
}

// The characters that start a block when they open a line: "- ", "+ ", "# ", "> ", "1. ", "1) ".
// Our texts never start a line of their own, but a list item's text starts its block, so the
// first character (or the '.' / ')' after leading digits) is escaped.
std::size_t BlockMarkerAt(std::string_view text) {
  if (text.empty()) return std::string_view::npos;
  const char c = text[0];
  if (c == '-' || c == '+' || c == '#' || c == '=') return 0;
  std::size_t i = 0;
  while (i < text.size() && IsDigit(text[i])) ++i;
  if (i > 0 && i < text.size() && (text[i] == '.' || text[i] == ')')) return i;
  return std::string_view::npos;
}

// `raw` cleaned to one line and escaped for Markdown; `starts_block` when the text opens a list
// item or a paragraph, where its first character could make a block of its own.
void AppendText(std::string_view raw, std::string* out, bool starts_block = false) {
  const std::string text = CleanText(raw);
  const std::size_t marker = starts_block ? BlockMarkerAt(text) : std::string_view::npos;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '<':
      case '>':
      case '|':
      case '~':
        out->push_back('\\');
        break;
      case '&':
        if (OpensEntity(text, i)) out->push_back('\\');
        break;
      default:
        if (i == marker) out->push_back('\\');
    }
    out->push_back(c);
  }
}

std::string Text(std::string_view raw) {
  std::string out;
  AppendText(raw, &out);
  return out;
}

std::string Block(std::string_view raw) {
  std::string out;
  AppendText(raw, &out, /*starts_block=*/true);
  return out;
}

// The outlet's name in bold ("****" would read as a rule).
std::string Outlet(std::string_view outlet) {
  const std::string name = Text(outlet);
  return "**" + (name.empty() ? std::string("unknown outlet") : name) + "**";
}

// A link destination: the URL with every byte that could end or confuse it percent-encoded.
std::string Destination(std::string_view url) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : url) {
    const auto u = static_cast<unsigned char>(c);
    const bool unsafe = u <= 0x20 || u == 0x7F || c == '(' || c == ')' || c == '<' || c == '>' ||
                        c == '[' || c == ']' || c == '"' || c == '\'' || c == '\\' || c == '`' ||
                        c == '{' || c == '}' || c == '|' || c == '^';
    if (unsafe) {
      out.push_back('%');
      out.push_back(kHex[u >> 4]);
      out.push_back(kHex[u & 15]);
    } else {
      out.push_back(c);
    }
  }
  return out;
}

// "[text](url)" for an http(s) URL, else the text alone.
void AppendLink(std::string_view text, std::string_view raw_url, std::string* out) {
  const std::string url = WebUrl(raw_url);
  if (url.empty()) {
    AppendText(text, out);
    return;
  }
  out->push_back('[');
  AppendText(text, out);
  *out += "](" + Destination(url) + ")";
}

void AppendSummary(const BriefingStory& story, std::string* out) {
  if (story.summary.empty()) return;
  const SummarySources sources = NumberSources(story);
  for (std::size_t i = 0; i < story.summary.size(); ++i) {
    *out += "- ";
    AppendText(story.summary[i].text, out, /*starts_block=*/true);
    *out += ' ';
    *out += SourceMarker(sources.number[i]);
    *out += '\n';
  }
  *out += "\nSources:\n\n";
  for (std::size_t k = 0; k < sources.articles.size(); ++k) {
    *out += SourceMarker(static_cast<int>(k) + 1) + " ";
    const Perspective* p = FindPerspective(story, sources.articles[k]);
    if (p != nullptr) {
      *out += Outlet(p->outlet) + ": ";
      AppendLink(p->title.empty() ? p->outlet : p->title, p->url, out);
    } else {
      *out += "article " + Text(sources.articles[k]);
    }
    *out += "  \n";  // a hard line break: one source a line, in Markdown as in plain text
  }
  *out += "\n";
}

void AppendPerspectives(const BriefingStory& story, std::string* out) {
  if (story.perspectives.empty()) return;
  *out += "### Perspectives\n\n";
  for (const Perspective& p : story.perspectives) {
    *out += "- " + Outlet(p.outlet);
    const std::string lean = CleanText(p.lean);
    if (!lean.empty()) *out += " (" + Text(lean) + ")";
    if (p.articles > 1) *out += ", " + CountOf(p.articles, "article", "articles");
    *out += ": ";
    AppendLink(p.title.empty() ? p.url : p.title, p.url, out);
    *out += "\n";
    if (!CleanText(p.lead).empty()) *out += "\n  " + Block(p.lead) + "\n";
    if (!CleanText(p.angle).empty()) *out += "\n  Angle: " + Text(p.angle) + "\n";
    *out += "\n";
  }
}

void AppendCoverage(const BriefingStory& story, std::string* out) {
  if (story.coverage.empty()) return;
  *out += "### Coverage\n\n";
  *out += Block(CoverageLine(story)) + "\n\n";
}

void AppendQuotes(const BriefingStory& story, std::string* out) {
  if (story.quotes.empty()) return;
  *out += "### Quotes\n\n";
  for (const Quote& q : story.quotes) {
    *out += "> \"" + Text(q.text) + "\"";
    if (!CleanText(q.speaker).empty()) *out += " \u2014 " + Text(q.speaker);
    if (!CleanText(q.outlet).empty()) *out += " (" + Text(q.outlet) + ")";
    *out += "\n\n";
  }
}

void AppendTimeline(const BriefingStory& story, std::string* out) {
  if (story.timeline.empty()) return;
  *out += "### Timeline\n\n";
  for (const TimelinePoint& t : story.timeline) {
    *out += "- " + Block(TimelineLine(t)) + "\n";
  }
  *out += "\n";
}

void AppendRelated(const BriefingStory& story, std::string* out) {
  if (story.related.empty()) return;
  *out += "### Related\n\n";
  for (const RelatedStory& r : story.related) {
    *out += "- " + Block(r.title);
    for (std::size_t i = 0; i < r.names.size(); ++i) {
      *out += i == 0 ? " (shares: " : ", ";
      AppendText(r.names[i], out);
    }
    *out += r.names.empty() ? "\n" : ")\n";
  }
  *out += "\n";
}

void AppendStory(const BriefingStory& story, int n, std::string* out) {
  *out += "## " + std::to_string(n) + ". " + Text(story.title) + "\n\n";
  *out += Block(StoryFacts(story)) + "\n\n";
  AppendSummary(story, out);
  AppendPerspectives(story, out);
  AppendCoverage(story, out);
  AppendQuotes(story, out);
  AppendTimeline(story, out);
  AppendRelated(story, out);
}

}  // namespace

void RenderBriefingMarkdown(const Briefing& briefing, const BriefingRenderOptions& options,
                            std::string* out) {
  *out += "# " + Text(options.title);
  const std::string range = DateRange(briefing);
  if (!range.empty()) *out += " \u2014 " + Text(range);
  *out += "\n\n";
  if (briefing.stories.empty()) *out += "No stories.\n";
  int n = 0;
  for (const BriefingStory& story : briefing.stories) AppendStory(story, ++n, out);
  // One newline at the end.
  while (out->size() >= 2 && out->ends_with("\n\n")) out->pop_back();
}

}  // namespace newsdesk::output
