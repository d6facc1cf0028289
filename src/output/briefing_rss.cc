// The briefing as an RSS 2.0 feed: one channel, one item per story, best first.
//
// Every text is cleaned (CleanText: UTF-8 repaired, the characters XML 1.0 forbids dropped) and
// XML-escaped. An item's description is its summary as an HTML fragment (each sentence with a link
// to its source), escaped as XML text, as feed readers expect. Dates are RFC 822, from the
// briefing's own dates (never the clock), so the same briefing gives the same feed.
//
// The channel's <link> is options.link; RSS requires one, so without it the placeholder
// "https://localhost/" stands in. No atom:link rel="self" is written: options.link is where the
// briefing is published, not necessarily the feed's own address.
#include <chrono>
#include <cstdio>
#include <string>

#include "output/briefing_render.h"
#include "output/escape.h"

namespace newsdesk::output {
namespace {

constexpr std::string_view kPlaceholderLink = "https://localhost/";

// `text` (already clean) escaped for XML text and attribute values.
void AppendXmlEscaped(std::string_view text, std::string* out) {
  for (char c : text) {
    switch (c) {
      case '&':
        *out += "&amp;";
        break;
      case '<':
        *out += "&lt;";
        break;
      case '>':
        *out += "&gt;";
        break;
      case '"':
        *out += "&quot;";
        break;
      case '\'':
        *out += "&apos;";
        break;
      default:
        out->push_back(c);
    }
  }
}

// <tag>text</tag>, the text cleaned and escaped.
void AppendElement(std::string_view tag, std::string_view raw, std::string* out) {
  *out += "<";
  *out += tag;
  *out += ">";
  AppendXmlEscaped(CleanText(raw), out);
  *out += "</";
  *out += tag;
  *out += ">\n";
}

int Digits(std::string_view s, std::size_t at, std::size_t count) {
  if (at + count > s.size()) return -1;
  int v = 0;
  for (std::size_t i = at; i < at + count; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

// "YYYY-MM-DD" with an optional "THH:MM[:SS]" (UTC assumed) as an RFC 822 date: "Thu, 02 May
// 2024 14:00:00 GMT"; empty when it is not a valid date.
std::string Rfc822Date(std::string_view iso) {
  static constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const int y = Digits(iso, 0, 4), m = Digits(iso, 5, 2), d = Digits(iso, 8, 2);
  if (y < 0 || m < 0 || d < 0 || iso[4] != '-' || iso[7] != '-') return {};
  const std::chrono::year_month_day ymd{std::chrono::year{y},
                                        std::chrono::month{static_cast<unsigned>(m)},
                                        std::chrono::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return {};
  int hour = 0, minute = 0, second = 0;
  if (iso.size() >= 16 && (iso[10] == 'T' || iso[10] == ' ') && iso[13] == ':') {
    hour = Digits(iso, 11, 2);
    minute = Digits(iso, 14, 2);
    if (iso.size() >= 19 && iso[16] == ':') second = Digits(iso, 17, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) {
      hour = minute = second = 0;
    }
  }
  const unsigned weekday = std::chrono::weekday{std::chrono::sys_days{ymd}}.c_encoding();
  char buf[40];
  std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d GMT", kDays[weekday], d,
                kMonths[m - 1], y, hour, minute, second);
  return buf;
}

// The summary as an HTML fragment: a list of sentences, each with a link to its source.
std::string SummaryHtml(const BriefingStory& story) {
  std::string html = "<p>";
  AppendHtmlEscaped(StoryFacts(story), &html);
  html += "</p>";
  if (story.summary.empty()) return html;
  html += "<ul>";
  for (const SummarySentence& s : story.summary) {
    html += "<li>";
    AppendHtmlEscaped(CleanText(s.text), &html);
    const Perspective* p = FindPerspective(story, s.article);
    if (p != nullptr) {
      const std::string url = CleanText(WebUrl(p->url));
      const std::string outlet = CleanText(p->outlet);
      html += " (";
      if (!url.empty()) {
        html += "<a href=\"";
        AppendHtmlEscaped(url, &html);
        html += "\">";
      }
      AppendHtmlEscaped(outlet.empty() ? std::string("source") : outlet, &html);
      html += url.empty() ? ")" : "</a>)";
    }
    html += "</li>";
  }
  html += "</ul>";
  return html;
}

void AppendItem(const Briefing& briefing, const BriefingStory& story,
                const BriefingRenderOptions& options, std::string* out) {
  *out += "<item>\n";
  AppendElement("title", story.title, out);
  std::string link;
  if (!story.perspectives.empty()) link = WebUrl(story.perspectives.front().url);
  if (link.empty() && !WebUrl(options.link).empty()) {
    link = WebUrl(options.link) + "#" + SafeId(story.story);
  }
  if (!link.empty()) AppendElement("link", link, out);
  *out += "<description>";
  AppendXmlEscaped(SummaryHtml(story), out);
  *out += "</description>\n";
  *out += "<guid isPermaLink=\"false\">";
  AppendXmlEscaped(CleanText(briefing.date + "/" + story.story), out);
  *out += "</guid>\n";
  const std::string published = Rfc822Date(story.last_seen);
  if (!published.empty()) AppendElement("pubDate", published, out);
  *out += "</item>\n";
}

}  // namespace

void RenderBriefingRss(const Briefing& briefing, const BriefingRenderOptions& options,
                       std::string* out) {
  const std::string range = DateRange(briefing);
  std::string title = CleanText(options.title);
  if (!range.empty()) title += (title.empty() ? "" : " \u2014 ") + range;
  *out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  *out += "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n";
  AppendElement("title", title, out);
  const std::string link = CleanText(options.link);
  AppendElement("link", link.empty() ? kPlaceholderLink : std::string_view(link), out);
  AppendElement("description",
                "The day's biggest stories, each summarised from its own articles and shown from "
                "every outlet's side" +
                    (range.empty() ? std::string() : ": " + range) + ".",
                out);
  const std::string language = BriefingLanguage(briefing);
  if (!language.empty()) AppendElement("language", language, out);
  const std::string built = Rfc822Date(briefing.date);
  if (!built.empty()) AppendElement("lastBuildDate", built, out);
  for (const BriefingStory& story : briefing.stories) AppendItem(briefing, story, options, out);
  *out += "</channel>\n</rss>\n";
}

}  // namespace newsdesk::output
