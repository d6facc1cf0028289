// The briefing as one self-contained HTML page that is also an e-mail body: every style inline
// (mail clients strip <style>), no script, no image, font or stylesheet from elsewhere; one
// column at most 680px wide, dark text on white, links dark blue and underlined.
//
// Outline: <h1> the briefing, an <article id=story> per story with its <h2> title and an <h3>
// per section (Summary, Perspectives, Coverage, Quotes, Timeline, Related). Each summary
// sentence ends with a numbered superscript link to the article it is quoted from (its outlet
// named in aria-label and title). Every text and attribute value is cleaned (CleanText) and
// escaped with AppendHtmlEscaped; only http(s) URLs become hrefs, any other URL is dropped.
#include <map>
#include <string>
#include <vector>

#include "output/briefing_render.h"
#include "output/escape.h"

namespace newsdesk::output {
namespace {

// Inline styles, one per kind of element.
constexpr std::string_view kBodyStyle = "margin:0;padding:0;background-color:#ffffff;";
constexpr std::string_view kContainerStyle =
    "max-width:680px;margin:0 auto;padding:16px;background-color:#ffffff;color:#1a1a1a;"
    "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:16px;"
    "line-height:1.55;overflow-wrap:anywhere;word-break:break-word;";
constexpr std::string_view kH1Style =
    "font-size:28px;line-height:1.2;margin:8px 0 4px 0;color:#111111;";
constexpr std::string_view kDateStyle = "margin:0 0 24px 0;color:#555555;font-size:15px;";
constexpr std::string_view kStoryStyle =
    "margin:0 0 28px 0;padding:0 0 20px 0;border-bottom:1px solid #d0d0d0;";
constexpr std::string_view kH2Style =
    "font-size:22px;line-height:1.3;margin:0 0 6px 0;color:#111111;";
constexpr std::string_view kFactsStyle = "margin:0 0 8px 0;color:#555555;font-size:14px;";
constexpr std::string_view kH3Style =
    "font-size:14px;text-transform:uppercase;letter-spacing:0.05em;margin:18px 0 8px 0;"
    "color:#333333;";
constexpr std::string_view kListStyle = "margin:0 0 8px 0;padding:0 0 0 22px;";
constexpr std::string_view kItemStyle = "margin:0 0 6px 0;";
constexpr std::string_view kLinkStyle = "color:#0b3d91;text-decoration:underline;";
constexpr std::string_view kSupStyle = "font-size:12px;line-height:0;";
constexpr std::string_view kPerspectiveStyle =
    "margin:0 0 10px 0;padding:8px 12px;border-left:4px solid #0b3d91;"
    "background-color:#f4f6f9;";
constexpr std::string_view kBadgeStyle =
    "display:inline-block;margin:0 0 0 6px;padding:0 6px;border:1px solid #7a8599;"
    "border-radius:3px;font-size:13px;font-weight:normal;color:#1a1a1a;"
    "background-color:#ffffff;";
constexpr std::string_view kParagraphStyle = "margin:4px 0;";
constexpr std::string_view kQuoteStyle =
    "margin:0 0 10px 0;padding:2px 0 2px 12px;border-left:3px solid #8c8c8c;color:#1a1a1a;";
constexpr std::string_view kFooterStyle = "margin:24px 0 0 0;color:#555555;font-size:13px;";

constexpr std::string_view kFooter =
    "Every summary sentence is quoted from the article it links to.";

// `raw` cleaned to one line and escaped: for element content and double-quoted attributes.
void Esc(std::string_view raw, std::string* out) { AppendHtmlEscaped(CleanText(raw), out); }

// <tag style="...">
void Open(std::string_view tag, std::string_view style, std::string* out) {
  *out += "<";
  *out += tag;
  *out += " style=\"";
  *out += style;
  *out += "\">";
}

// <a href="url" ...>text</a> for an http(s) URL (or an in-page "#anchor"), else the text alone.
void AppendLink(std::string_view href, std::string_view text, std::string* out) {
  if (href.empty()) {
    Esc(text, out);
    return;
  }
  *out += "<a href=\"";
  AppendHtmlEscaped(href, out);
  *out += "\" style=\"";
  *out += kLinkStyle;
  *out += "\">";
  Esc(text, out);
  *out += "</a>";
}

// Each story's element id (SafeId, made unique), by story id.
using Anchors = std::map<std::string, std::string, std::less<>>;

std::vector<std::string> StoryAnchors(const Briefing& briefing, Anchors* by_story) {
  std::vector<std::string> ids;
  std::map<std::string, int> used;
  for (const BriefingStory& story : briefing.stories) {
    std::string id = SafeId(story.story);
    if (int n = ++used[id]; n > 1) {
      id += '-';
      id += std::to_string(n);
    }
    by_story->emplace(story.story, id);
    ids.push_back(id);
  }
  return ids;
}

std::string PerspectiveAnchor(std::string_view story_anchor, std::size_t index) {
  return std::string(story_anchor) + "-p" + std::to_string(index + 1);
}

// The numbered superscript after a summary sentence: a link to its article's URL, else to the
// perspective that shows the article; its label names the outlet.
void AppendSourceMarker(const BriefingStory& story, std::string_view anchor,
                        std::string_view article, int number, std::string* out) {
  const Perspective* p = FindPerspective(story, article);
  std::string href;
  std::string label = "Source " + std::to_string(number) + ": ";
  if (p != nullptr) {
    href = WebUrl(p->url);
    if (href.empty()) {
      href = '#';
      href += PerspectiveAnchor(anchor, static_cast<std::size_t>(p - story.perspectives.data()));
    }
    const std::string outlet = CleanText(p->outlet);
    label += outlet.empty() ? "article " + CleanText(article) : outlet;
  } else {
    label += "article " + CleanText(article);
  }
  *out += " ";
  Open("sup", kSupStyle, out);
  *out += href.empty() ? "<span" : "<a href=\"";
  if (!href.empty()) {
    AppendHtmlEscaped(href, out);
    *out += "\" style=\"";
    *out += kLinkStyle;
    *out += "\"";
  }
  *out += " title=\"";
  AppendHtmlEscaped(label, out);
  *out += "\" aria-label=\"";
  AppendHtmlEscaped(label, out);
  *out += "\">" + SourceMarker(number);
  *out += href.empty() ? "</span>" : "</a>";
  *out += "</sup>";
}

void AppendHeading3(std::string_view text, std::string* out) {
  Open("h3", kH3Style, out);
  *out += text;
  *out += "</h3>\n";
}

void AppendSummary(const BriefingStory& story, std::string_view anchor, std::string* out) {
  if (story.summary.empty()) return;
  AppendHeading3("Summary", out);
  const SummarySources sources = NumberSources(story);
  Open("ul", kListStyle, out);
  *out += "\n";
  for (std::size_t i = 0; i < story.summary.size(); ++i) {
    Open("li", kItemStyle, out);
    Esc(story.summary[i].text, out);
    AppendSourceMarker(story, anchor, story.summary[i].article, sources.number[i], out);
    *out += "</li>\n";
  }
  *out += "</ul>\n";
}

void AppendPerspective(const Perspective& p, const std::string& id, std::string* out) {
  *out += "<div id=\"" + id + "\" style=\"";
  *out += kPerspectiveStyle;
  *out += "\">\n";
  Open("p", kParagraphStyle, out);
  const std::string outlet = CleanText(p.outlet);
  *out += "<strong>";
  Esc(outlet.empty() ? std::string("unknown outlet") : outlet, out);
  *out += "</strong>";
  if (!CleanText(p.lean).empty()) {
    Open("span", kBadgeStyle, out);
    Esc(p.lean, out);
    *out += "</span>";
  }
  if (p.articles > 1) {
    *out += " &middot; ";
    AppendHtmlEscaped(CountOf(p.articles, "article", "articles"), out);
  }
  *out += "</p>\n";
  const std::string url = WebUrl(p.url);
  if (!CleanText(p.title).empty() || !url.empty()) {
    Open("p", kParagraphStyle, out);
    *out += "<strong>";
    AppendLink(url, CleanText(p.title).empty() ? url : p.title, out);
    *out += "</strong></p>\n";
  }
  if (!CleanText(p.lead).empty()) {
    Open("p", kParagraphStyle, out);
    Esc(p.lead, out);
    *out += "</p>\n";
  }
  if (!CleanText(p.angle).empty()) {
    Open("p", kParagraphStyle, out);
    *out += "<em>Angle:</em> ";
    Esc(p.angle, out);
    *out += "</p>\n";
  }
  *out += "</div>\n";
}

void AppendQuotes(const BriefingStory& story, std::string* out) {
  if (story.quotes.empty()) return;
  AppendHeading3("Quotes", out);
  for (const Quote& q : story.quotes) {
    Open("blockquote", kQuoteStyle, out);
    Open("p", kParagraphStyle, out);
    *out += "&ldquo;";
    Esc(q.text, out);
    *out += "&rdquo;";
    if (!CleanText(q.speaker).empty()) {
      *out += " &mdash; ";
      Esc(q.speaker, out);
    }
    if (!CleanText(q.outlet).empty()) {
      *out += " (";
      Esc(q.outlet, out);
      *out += ")";
    }
    *out += "</p></blockquote>\n";
  }
}

void AppendTimeline(const BriefingStory& story, std::string* out) {
  if (story.timeline.empty()) return;
  AppendHeading3("Timeline", out);
  Open("ul", kListStyle, out);
  *out += "\n";
  for (const TimelinePoint& t : story.timeline) {
    Open("li", kItemStyle, out);
    AppendHtmlEscaped(TimelineLine(t), out);
    *out += "</li>\n";
  }
  *out += "</ul>\n";
}

void AppendRelated(const BriefingStory& story, const Anchors& anchors, std::string* out) {
  if (story.related.empty()) return;
  AppendHeading3("Related", out);
  Open("ul", kListStyle, out);
  *out += "\n";
  for (const RelatedStory& r : story.related) {
    Open("li", kItemStyle, out);
    auto it = anchors.find(r.story);
    AppendLink(it == anchors.end() ? std::string() : "#" + it->second, r.title, out);
    std::string names;
    for (const std::string& name : r.names) {
      const std::string clean = CleanText(name);
      if (clean.empty()) continue;
      names += names.empty() ? " \u2014 shares: " : ", ";
      names += clean;
    }
    AppendHtmlEscaped(names, out);
    *out += "</li>\n";
  }
  *out += "</ul>\n";
}

void AppendStory(const BriefingStory& story, int n, const std::string& anchor,
                 const Anchors& anchors, const BriefingRenderOptions& options, std::string* out) {
  *out += "<article id=\"" + anchor + "\" style=\"";
  *out += kStoryStyle;
  *out += "\">\n";
  Open("h2", kH2Style, out);
  *out += std::to_string(n) + ". ";
  if (options.story_link.empty()) {
    Esc(story.title, out);
  } else {
    std::string href = options.story_link;
    std::size_t at = href.find("{id}");
    if (at != std::string::npos) href.replace(at, 4, story.story);
    *out += "<a href=\"";
    AppendHtmlEscaped(href, out);
    *out += "\" style=\"color:inherit\">";
    Esc(story.title, out);
    *out += "</a>";
  }
  *out += "</h2>\n";
  Open("p", kFactsStyle, out);
  AppendHtmlEscaped(StoryFacts(story), out);
  *out += "</p>\n";
  AppendSummary(story, anchor, out);
  if (!story.perspectives.empty()) {
    AppendHeading3("Perspectives", out);
    for (std::size_t i = 0; i < story.perspectives.size(); ++i) {
      AppendPerspective(story.perspectives[i], PerspectiveAnchor(anchor, i), out);
    }
  }
  if (!story.coverage.empty()) {
    AppendHeading3("Coverage", out);
    Open("p", kParagraphStyle, out);
    AppendHtmlEscaped(CoverageLine(story), out);
    *out += "</p>\n";
  }
  AppendQuotes(story, out);
  AppendTimeline(story, out);
  AppendRelated(story, anchors, out);
  *out += "</article>\n";
}

}  // namespace

void RenderBriefingHtml(const Briefing& briefing, const BriefingRenderOptions& options,
                        std::string* out) {
  const std::string range = DateRange(briefing);
  std::string lang = BriefingLanguage(briefing);
  if (lang.empty()) lang = "en";
  std::string title = CleanText(options.title);
  if (!range.empty()) title += (title.empty() ? "" : " \u2014 ") + range;
  *out += "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n";
  *out += "<meta charset=\"utf-8\">\n";
  *out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  *out += "<title>";
  AppendHtmlEscaped(title, out);
  *out += "</title>\n</head>\n";
  Open("body", kBodyStyle, out);
  *out += "\n";
  Open("div", kContainerStyle, out);
  *out += "\n<header>\n";
  Open("h1", kH1Style, out);
  Esc(options.title.empty() ? std::string_view("Briefing") : options.title, out);
  *out += "</h1>\n";
  Open("p", kDateStyle, out);
  AppendHtmlEscaped(range, out);
  if (!range.empty()) *out += " &middot; ";
  AppendHtmlEscaped(CountOf(static_cast<int>(briefing.stories.size()), "story", "stories"), out);
  *out += "</p>\n";
  if (!options.search_action.empty()) {
    *out += "<form role=\"search\" method=\"get\" action=\"";
    AppendHtmlEscaped(options.search_action, out);
    *out +=
        "\" style=\"margin:8px 0 16px 0\"><label for=\"q\">Search the archive</label> "
        "<input id=\"q\" name=\"q\" type=\"search\" maxlength=\"200\" "
        "style=\"font-size:16px;padding:4px;max-width:60%\"> <button type=\"submit\" "
        "style=\"font-size:16px;padding:4px 10px\">Search</button></form>\n";
  }
  *out += "</header>\n<main>\n";
  Anchors by_story;
  const std::vector<std::string> anchors = StoryAnchors(briefing, &by_story);
  for (std::size_t i = 0; i < briefing.stories.size(); ++i) {
    AppendStory(briefing.stories[i], static_cast<int>(i) + 1, anchors[i], by_story, options, out);
  }
  *out += "</main>\n<footer>\n";
  Open("p", kFooterStyle, out);
  *out += kFooter;
  *out += "</p>\n</footer>\n</div>\n</body>\n</html>\n";
}

}  // namespace newsdesk::output
