// The server's pages and JSON bodies. See pages.h.
#include "server/pages.h"

#include "newsdesk/json.h"
#include "output/briefing_render.h"
#include "output/escape.h"

namespace newsdesk::server {
namespace {

using output::AppendHtmlEscaped;

constexpr const char* kBodyStyle =
    "margin:0;padding:0;background:#ffffff;color:#1a1a1a;font-family:Georgia,'Times New "
    "Roman',serif;font-size:17px;line-height:1.55";
constexpr const char* kContainerStyle =
    "max-width:680px;margin:0 auto;padding:16px;overflow-wrap:anywhere;word-break:break-word";
constexpr const char* kLinkStyle = "color:#0b3d91;text-decoration:underline";
constexpr const char* kMutedStyle = "color:#4a4a4a;font-size:15px";

std::string Escaped(std::string_view s) {
  std::string out;
  AppendHtmlEscaped(s, &out);
  return out;
}

// Escaped, with the search highlights (\x02 ... \x03) as <mark>.
std::string Highlighted(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '\x02') {
      out += "<mark>";
    } else if (c == '\x03') {
      out += "</mark>";
    } else {
      AppendHtmlEscaped(std::string_view(&c, 1), &out);
    }
  }
  return out;
}

std::string Link(std::string_view href, std::string_view text) {
  return "<a href=\"" + Escaped(href) + "\" style=\"" + kLinkStyle + "\">" + Escaped(text) + "</a>";
}

std::string Nav() {
  return std::string(
             "<nav aria-label=\"site\" style=\"padding:8px 0;border-bottom:1px solid "
             "#d0d0d0;margin-bottom:12px\">") +
         Link("/", "Latest briefing") +
         " <form role=\"search\" method=\"get\" action=\"/search\" style=\"display:inline\">"
         "<label for=\"q\" style=\"margin-left:12px\">Search</label> <input id=\"q\" name=\"q\" "
         "type=\"search\" maxlength=\"200\" style=\"font-size:16px;padding:3px;width:9em\"> "
         "<button "
         "type=\"submit\" style=\"font-size:16px\">Go</button></form></nav>\n";
}

std::string Shell(std::string_view title, const std::string& main) {
  return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta "
         "name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
         Escaped(title) + "</title>\n</head>\n<body style=\"" + kBodyStyle + "\">\n<div style=\"" +
         kContainerStyle + "\">\n" + Nav() + "<main>\n" + main +
         "</main>\n</div>\n</body>\n</html>\n";
}

// Puts the site's navigation right after the <body> tag of a rendered briefing.
std::string WithNav(std::string page) {
  std::size_t body = page.find("<body");
  std::size_t end = body == std::string::npos ? std::string::npos : page.find('>', body);
  if (end == std::string::npos) return page;
  std::string nav =
      "\n<div style=\"" + std::string(kContainerStyle) + ";padding-bottom:0\">" + Nav() + "</div>";
  page.insert(end + 1, nav);
  return page;
}

}  // namespace

std::string BriefingPage(const Briefing& briefing, const std::string& title) {
  BriefingRenderOptions o;
  o.title = title;
  o.story_link = "/story/{id}";
  return WithNav(RenderBriefing(briefing, BriefingFormat::kHtml, o));
}

std::string StoryPage(const Briefing& briefing, Store* store) {
  BriefingRenderOptions o;
  o.title = briefing.stories.empty() ? "Story" : briefing.stories[0].title;
  std::string page = WithNav(RenderBriefing(briefing, BriefingFormat::kHtml, o));
  // Every article of the story, with its outlet, day and links.
  std::string list =
      "<section aria-labelledby=\"all-articles\"><h3 id=\"all-articles\">Every "
      "article</h3>\n<ul>\n";
  if (!briefing.stories.empty()) {
    for (const std::string& id : briefing.stories[0].articles) {
      Result<std::optional<StoredArticle>> a = store->GetArticle(std::stoll(id));
      if (!a.ok() || !a->has_value()) continue;
      const Article& article = (**a).article;
      std::string url = output::WebUrl(article.url.empty() ? article.canonical_url : article.url);
      list += "<li>" +
              Link("/article/" + id, article.title.empty() ? "(untitled)" : article.title) +
              " <span style=\"" + kMutedStyle + "\">" + Escaped(article.sitename) + " · " +
              Escaped(article.date.substr(0, 10)) + "</span>";
      if (!url.empty()) list += " " + Link(url, "original");
      list += "</li>\n";
    }
  }
  list += "</ul></section>\n";
  std::size_t end = page.rfind("</main>");
  if (end != std::string::npos) page.insert(end, list);
  return page;
}

std::string ArticlePage(const StoredArticle& stored) {
  const Article& a = stored.article;
  std::string main = "<article>\n<h1 style=\"font-size:28px;line-height:1.25\">" +
                     Escaped(a.title.empty() ? "(untitled)" : a.title) + "</h1>\n<p style=\"" +
                     kMutedStyle + "\">" + Escaped(a.sitename);
  if (!a.date.empty()) main += " · " + Escaped(a.date.substr(0, 10));
  if (!a.authors.empty()) {
    main += " · by ";
    for (std::size_t i = 0; i < a.authors.size(); ++i) {
      main += (i > 0 ? ", " : "") + Escaped(a.authors[i]);
    }
  }
  main += "</p>\n";
  std::size_t start = 0;
  while (start < a.text.size()) {
    std::size_t end = a.text.find("\n\n", start);
    if (end == std::string::npos) end = a.text.size();
    std::string_view paragraph(a.text.data() + start, end - start);
    if (paragraph.find_first_not_of(" \n") != std::string_view::npos) {
      main += "<p>" + Escaped(paragraph) + "</p>\n";
    }
    start = end + 2;
  }
  std::string url = output::WebUrl(a.url.empty() ? a.canonical_url : a.url);
  main += "<p style=\"" + std::string(kMutedStyle) + "\">";
  if (!url.empty()) main += Link(url, "Read it at " + a.sitename) + " · ";
  if (stored.story != 0) main += Link("/story/" + std::to_string(stored.story), "The whole story");
  main += "</p>\n</article>\n";
  return Shell(a.title, main);
}

std::string SearchPage(std::string_view query, const std::vector<Hit>& hits,
                       std::string_view error) {
  std::string main = "<h1 style=\"font-size:26px\">Search</h1>\n";
  if (!error.empty()) {
    main += "<p role=\"alert\">" + Escaped(error) + "</p>\n";
  } else if (!query.empty()) {
    main += "<p style=\"" + std::string(kMutedStyle) + "\">" + std::to_string(hits.size()) +
            (hits.size() == 1 ? " article" : " articles") + " for “" + Escaped(query) + "”</p>\n";
    main += "<ol>\n";
    for (const Hit& h : hits) {
      main += "<li>" +
              Link("/article/" + std::to_string(h.id), h.title.empty() ? "(untitled)" : h.title) +
              " <span style=\"" + kMutedStyle + "\">" + Escaped(h.outlet) + " · " +
              Escaped(h.date.substr(0, std::min<std::size_t>(10, h.date.size()))) + "</span><br>" +
              Highlighted(h.snippet) + "</li>\n";
    }
    main += "</ol>\n";
  }
  return Shell(query.empty() ? "Search" : "Search: " + std::string(query), main);
}

std::string ErrorPage(int status, std::string_view message) {
  return Shell("Error " + std::to_string(status),
               "<h1 style=\"font-size:26px\">" + std::to_string(status) + "</h1>\n<p>" +
                   Escaped(message) + "</p>\n<p>" + Link("/", "Back to the latest briefing") +
                   "</p>\n");
}

std::string SearchJson(std::string_view query, const std::vector<Hit>& hits) {
  std::string out = "{\"query\":";
  AppendJsonString(query, &out);
  out += ",\"hits\":[";
  for (std::size_t i = 0; i < hits.size(); ++i) {
    const Hit& h = hits[i];
    std::string snippet;
    for (char c : h.snippet) {
      if (c == '\x02') {
        snippet += "[";
      } else if (c == '\x03') {
        snippet += "]";
      } else {
        snippet.push_back(c);
      }
    }
    out += i > 0 ? ",{" : "{";
    out += "\"id\":\"" + std::to_string(h.id) + "\",\"title\":";
    AppendJsonString(h.title, &out);
    out += ",\"url\":";
    AppendJsonString(h.url, &out);
    out += ",\"date\":";
    AppendJsonString(h.date, &out);
    out += ",\"outlet\":";
    AppendJsonString(h.outlet, &out);
    out += ",\"language\":";
    AppendJsonString(h.language, &out);
    out += ",\"snippet\":";
    AppendJsonString(snippet, &out);
    out += "}";
  }
  return out + "]}";
}

std::string OutletsJson(const std::vector<OutletRow>& outlets) {
  std::string out = "{\"outlets\":[";
  for (std::size_t i = 0; i < outlets.size(); ++i) {
    const OutletRow& o = outlets[i];
    out += i > 0 ? ",{\"host\":" : "{\"host\":";
    AppendJsonString(o.host, &out);
    out += ",\"name\":";
    AppendJsonString(o.name, &out);
    out += ",\"language\":";
    AppendJsonString(o.language, &out);
    out += ",\"articles\":" + std::to_string(o.articles) + "}";
  }
  return out + "]}";
}

}  // namespace newsdesk::server
