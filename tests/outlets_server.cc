// outlets_server: a local HTTP server that plays several news outlets for the crawler's tests and
// its benchmark. Each outlet is its own httplib::Server on 127.0.0.1, on a free port, listening on
// its own thread.
//   outlets_server --ready FILE --log FILE [--bench --hosts N --articles M] [--max-seconds S]
// Fixture mode (the default) plays three outlets: alpha (RSS 2.0, conditional GET, gzip,
// redirects, a loop, a 500 then 200, robots.txt with a disallowed article and a crawl delay),
// beta (robots.txt per user agent, a sitemap index and a gzip'd Google News sitemap, Atom, a 429
// then 200, a windows-1251 page) and gamma (JSON Feed, RSS 1.0, a cut-off RSS, a response that
// stalls, a 50 MB response). Bench mode plays N hosts h00.. with M generated articles each.
// When every outlet listens, FILE gets one line "NAME PORT" per outlet, written atomically
// (FILE.tmp, then rename). The --log file gets one JSON line per request, written and flushed
// when the request arrives, before its handler runs. The server exits with status 0 on SIGTERM or
// SIGINT, or after --max-seconds (default 300).
// Every date in the content is a few minutes or hours before the server's start, in UTC.
#include <httplib.h>
#include <pthread.h>
#include <signal.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "outlets_prose.h"

namespace {

using outlets::MakeStory;
using outlets::RussianStory;
using outlets::Story;
using outlets::StoryKinds;

// Set when the server is asked to stop; long responses (the stall, the 50 MB body) watch it.
std::atomic<bool> g_stopping{false};
// The server's start time; every date in the content is relative to it.
time_t g_start = 0;

// ---------------------------------------------------------------------------------------------
// Text helpers

std::string EscapeHtml(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// A JSON string body. '<' is escaped too so the text can sit inside a <script> element; with
// `ascii_only`, bytes >= 0x80 become \u00XX so that a raw request line can never make the log
// invalid UTF-8.
std::string EscapeJson(std::string_view s, bool ascii_only = false) {
  std::string out;
  out.reserve(s.size() + 8);
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (u < 0x20 || c == '<' || (ascii_only && u >= 0x80)) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", u);
      out += buf;
    } else {
      out += c;
    }
  }
  return out;
}

uint64_t Fnv1a(std::string_view s) {
  uint64_t h = 14695981039346656037ULL;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

// UTF-8 to windows-1251: the Cyrillic block and the few punctuation marks our Russian text uses.
// Anything else becomes '?' (the startup self-check makes sure nothing does).
std::string ToWindows1251(std::string_view utf8, int* unmapped) {
  std::string out;
  std::size_t i = 0;
  while (i < utf8.size()) {
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    uint32_t cp = c;
    int len = 1;
    if (c >= 0xE0 && i + 2 < utf8.size()) {
      cp = ((c & 0x0Fu) << 12) | ((utf8[i + 1] & 0x3Fu) << 6) | (utf8[i + 2] & 0x3Fu);
      len = 3;
    } else if (c >= 0xC0 && i + 1 < utf8.size()) {
      cp = ((c & 0x1Fu) << 6) | (utf8[i + 1] & 0x3Fu);
      len = 2;
    }
    i += static_cast<std::size_t>(len);
    int byte = -1;
    if (cp < 0x80) byte = static_cast<int>(cp);
    if (cp >= 0x410 && cp <= 0x44F) byte = static_cast<int>(cp - 0x410 + 0xC0);
    if (cp == 0x401) byte = 0xA8;                             // Ё
    if (cp == 0x451) byte = 0xB8;                             // ё
    if (cp == 0x2116) byte = 0xB9;                            // №
    if (cp == 0x2013) byte = 0x96;                            // en dash
    if (cp == 0x2014) byte = 0x97;                            // em dash
    if (cp == 0xA0 || cp == 0xA9 || cp == 0xAB || cp == 0xBB  // nbsp © « »
        || cp == 0xB7) {                                      // middle dot
      byte = static_cast<int>(cp);
    }
    if (byte < 0) {
      byte = '?';
      if (unmapped != nullptr) ++*unmapped;
    }
    out += static_cast<char>(byte);
  }
  return out;
}

// Whole input as one gzip member (zlib, best compression). Empty on failure.
std::string Gzip(std::string_view in) {
  z_stream zs{};
  if (deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    return {};
  }
  std::string out(deflateBound(&zs, in.size()), '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  int rc = deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return rc == Z_STREAM_END ? out : std::string();
}

// ---------------------------------------------------------------------------------------------
// Time

std::string FormatUtc(time_t t, const char* format) {
  struct tm tm {};
  gmtime_r(&t, &tm);
  char buf[96];
  std::size_t n = std::strftime(buf, sizeof buf, format, &tm);
  return std::string(buf, n);
}
std::string Rfc822(time_t t) { return FormatUtc(t, "%a, %d %b %Y %H:%M:%S +0000"); }
std::string HttpDate(time_t t) { return FormatUtc(t, "%a, %d %b %Y %H:%M:%S GMT"); }
std::string Rfc3339(time_t t) { return FormatUtc(t, "%Y-%m-%dT%H:%M:%SZ"); }
std::string HumanDate(time_t t) { return FormatUtc(t, "%-d %B %Y, %H:%M UTC"); }

// An HTTP date (IMF-fixdate) as seconds since the epoch; -1 when it does not parse.
time_t ParseHttpDate(const std::string& s) {
  struct tm tm {};
  const char* end = strptime(s.c_str(), "%a, %d %b %Y %H:%M:%S", &tm);
  if (end == nullptr) return -1;
  return timegm(&tm);
}

double WallSeconds() {
  auto now = std::chrono::system_clock::now().time_since_epoch();
  return std::chrono::duration<double>(now).count();
}

// ---------------------------------------------------------------------------------------------
// Pages

// The words around the article (navigation, newsletter, footer) in one language.
struct Chrome {
  const char* lang;
  const char* nav[5];  // labels for /section/{local,business,politics,sport,culture}
  const char* home;
  const char* by;
  const char* latest;
  const char* most_read;
  const char* related;
  const char* newsletter_title;
  const char* newsletter_text;
  const char* newsletter_button;
  const char* footer_links[4];  // about, contact, advertise, careers
  const char* rights;
  const char* legal[3];  // privacy, terms, cookies
};
constexpr Chrome kEnglish = {
    "en",
    {"Local", "Business", "Politics", "Sport", "Culture"},
    "Home",
    "By",
    "Latest news",
    "Most read",
    "Related stories",
    "Get the Morning Briefing",
    "The day's most important stories, delivered to your inbox before breakfast. Free, and you "
    "can unsubscribe at any time.",
    "Sign up",
    {"About us", "Contact", "Advertise", "Careers"},
    "All rights reserved.",
    {"Privacy policy", "Terms of use", "Cookie settings"},
};
constexpr Chrome kRussian = {
    "ru",
    {"Город", "Экономика", "Политика", "Спорт", "Культура"},
    "Главная",
    "Текст:",
    "Последние новости",
    "Самое читаемое",
    "Читайте также",
    "Утренняя рассылка",
    "Главные новости дня — в вашей почте каждое утро. Бесплатно, отписаться можно в любой "
    "момент.",
    "Подписаться",
    {"О нас", "Контакты", "Реклама", "Вакансии"},
    "Все права защищены.",
    {"Политика конфиденциальности", "Условия использования", "Настройки cookie"},
};
constexpr const char* kSectionSlugs[5] = {"local", "business", "politics", "sport", "culture"};

struct Link {
  std::string href;
  std::string text;
};

struct Alternate {  // <link rel="alternate"> to a feed
  const char* type;
  const char* href;
};

struct Site {
  std::string name;   // "alpha"
  std::string title;  // "Alpha News"
  int port = 0;       // known once bound
  std::vector<Alternate> alternates;
  std::string Url(std::string_view path) const {
    return "http://127.0.0.1:" + std::to_string(port) + std::string(path);
  }
};

std::string SiteHeader(const Site& site, const Chrome& chrome) {
  std::string out =
      "<header class=\"site-header\">\n<a class=\"logo\" href=\"/\">" + EscapeHtml(site.title) +
      "</a>\n<nav class=\"main-nav\"><ul>\n<li><a href=\"/\">" + chrome.home + "</a></li>\n";
  for (int i = 0; i < 5; ++i) {
    out += std::string("<li><a href=\"/section/") + kSectionSlugs[i] + "\">" + chrome.nav[i] +
           "</a></li>\n";
  }
  out +=
      "</ul></nav>\n<form class=\"search\" action=\"/search\"><input name=\"q\" "
      "type=\"search\"><button>Search</button></form>\n</header>\n";
  return out;
}

std::string SiteFooter(const Site& site, const Chrome& chrome, const std::vector<Link>& related) {
  std::string out = "<footer class=\"site-footer\">\n<section class=\"newsletter\"><h2>";
  out += std::string(chrome.newsletter_title) + "</h2>\n<p>" + chrome.newsletter_text + "</p>\n";
  out +=
      "<form action=\"/newsletter\" method=\"post\"><input type=\"email\" name=\"email\" "
      "placeholder=\"you@example.com\"><button type=\"submit\">";
  out += std::string(chrome.newsletter_button) + "</button></form></section>\n";
  if (!related.empty()) {
    out += std::string("<section class=\"related\"><h2>") + chrome.related + "</h2><ul>\n";
    for (const Link& link : related) {
      out +=
          "<li><a href=\"" + EscapeHtml(link.href) + "\">" + EscapeHtml(link.text) + "</a></li>\n";
    }
    out += "</ul></section>\n";
  }
  out += "<nav class=\"footer-links\"><ul>\n";
  const char* slugs[4] = {"about", "contact", "advertise", "careers"};
  for (int i = 0; i < 4; ++i) {
    out +=
        std::string("<li><a href=\"/") + slugs[i] + "\">" + chrome.footer_links[i] + "</a></li>\n";
  }
  out += "</ul></nav>\n<p class=\"legal\">&copy; " + FormatUtc(g_start, "%Y") + " " +
         EscapeHtml(site.title) + ". " + chrome.rights + " <a href=\"/privacy\">" +
         chrome.legal[0] + "</a> &middot; <a href=\"/terms\">" + chrome.legal[1] +
         "</a> &middot; <a href=\"/cookies\">" + chrome.legal[2] + "</a></p>\n</footer>\n";
  return out;
}

std::string FeedLinks(const Site& site) {
  std::string out;
  for (const Alternate& alt : site.alternates) {
    out += std::string("<link rel=\"alternate\" type=\"") + alt.type + "\" title=\"" +
           EscapeHtml(site.title) + "\" href=\"" + alt.href + "\">\n";
  }
  return out;
}

std::string ArticleHead(const Site& site, const Chrome& chrome, const Story& story,
                        const std::string& canonical, std::string_view charset) {
  std::string title = EscapeHtml(story.headline);
  std::string out = std::string("<!DOCTYPE html>\n<html lang=\"") + chrome.lang + "\">\n<head>\n";
  out += "<meta charset=\"" + std::string(charset) + "\">\n";
  out += "<title>" + title + " | " + EscapeHtml(site.title) + "</title>\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<meta name=\"description\" content=\"" + EscapeHtml(story.description) + "\">\n";
  out += "<meta name=\"author\" content=\"" + EscapeHtml(story.author) + "\">\n";
  out += "<meta property=\"og:type\" content=\"article\">\n";
  out += "<meta property=\"og:title\" content=\"" + title + "\">\n";
  out += "<meta property=\"og:url\" content=\"" + canonical + "\">\n";
  out += "<meta property=\"og:site_name\" content=\"" + EscapeHtml(site.title) + "\">\n";
  out +=
      "<meta property=\"article:published_time\" content=\"" + Rfc3339(story.published) + "\">\n";
  out += "<meta property=\"article:section\" content=\"" + EscapeHtml(story.section) + "\">\n";
  out += "<link rel=\"canonical\" href=\"" + canonical + "\">\n";
  out += FeedLinks(site);
  out += "<link rel=\"stylesheet\" href=\"/static/site.css\">\n";
  out +=
      "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":"
      "\"NewsArticle\",\"headline\":\"" +
      EscapeJson(story.headline) + "\",\"datePublished\":\"" + Rfc3339(story.published) +
      "\",\"author\":{\"@type\":\"Person\",\"name\":\"" + EscapeJson(story.author) +
      "\"},\"publisher\":{\"@type\":\"Organization\",\"name\":\"" + EscapeJson(site.title) +
      "\"},\"mainEntityOfPage\":\"" + canonical + "\"}</script>\n";
  out +=
      "<script>window.dataLayer=window.dataLayer||[];dataLayer.push({page:'article'});</script>\n";
  out += "</head>\n";
  return out;
}

// A news article page. `path` is the article's final path (its canonical URL); `charset` is what
// the page declares (the caller encodes the bytes to match).
std::string RenderArticle(const Site& site, const Chrome& chrome, const Story& story,
                          std::string_view path, const std::vector<Link>& related,
                          std::string_view charset = "utf-8") {
  std::string canonical = site.Url(path);
  std::string out = ArticleHead(site, chrome, story, canonical, charset);
  out +=
      "<body class=\"article-page\">\n<div class=\"cookie-banner\">We use cookies to improve "
      "your experience. <button>Accept</button> <button>Manage</button></div>\n";
  out += SiteHeader(site, chrome);
  out += "<main>\n<article class=\"story\">\n<p class=\"kicker\"><a href=\"/section/local\">" +
         EscapeHtml(story.section) + "</a></p>\n";
  out += "<h1>" + EscapeHtml(story.headline) + "</h1>\n";
  out += std::string("<p class=\"byline\">") + chrome.by + " <a rel=\"author\" href=\"/authors/" +
         std::to_string(Fnv1a(story.author) % 100000) + "\">" + EscapeHtml(story.author) +
         "</a> &middot; <time datetime=\"" + Rfc3339(story.published) + "\">" +
         HumanDate(story.published) + "</time></p>\n";
  out += "<div class=\"story-body\">\n";
  for (const std::string& p : story.paragraphs) out += "<p>" + EscapeHtml(p) + "</p>\n";
  out +=
      "</div>\n<div class=\"share\">Share this article: <a href=\"/share/email\">Email</a> "
      "<a href=\"/share/social\">Social</a> <a href=\"/share/copy\">Copy link</a></div>\n";
  out += "</article>\n";
  if (!related.empty()) {
    out += std::string("<aside class=\"most-read\"><h2>") + chrome.most_read + "</h2><ol>\n";
    for (auto it = related.rbegin(); it != related.rend(); ++it) {
      out += "<li><a href=\"" + EscapeHtml(it->href) + "\">" + EscapeHtml(it->text) + "</a></li>\n";
    }
    out += "</ol></aside>\n";
  }
  out += "</main>\n" + SiteFooter(site, chrome, related) + "</body>\n</html>\n";
  return out;
}

struct Teaser {
  std::string href;
  const Story* story;
};

std::string RenderHome(const Site& site, const std::vector<Teaser>& teasers) {
  const Chrome& chrome = kEnglish;
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<title>" + EscapeHtml(site.title) + " - News from your town</title>\n";
  out += "<meta name=\"description\" content=\"Local news, business, sport and culture from " +
         EscapeHtml(site.title) + ".\">\n";
  out += "<link rel=\"canonical\" href=\"" + site.Url("/") + "\">\n" + FeedLinks(site);
  out += "</head>\n<body class=\"home\">\n" + SiteHeader(site, chrome);
  out += std::string("<main>\n<h1>") + chrome.latest + "</h1>\n";
  for (const Teaser& t : teasers) {
    out += "<div class=\"teaser\"><h2><a href=\"" + EscapeHtml(t.href) + "\">" +
           EscapeHtml(t.story->headline) + "</a></h2>\n<p>" + EscapeHtml(t.story->description) +
           "</p>\n<time datetime=\"" + Rfc3339(t.story->published) + "\">" +
           HumanDate(t.story->published) + "</time></div>\n";
  }
  out += "</main>\n" + SiteFooter(site, chrome, {}) + "</body>\n</html>\n";
  return out;
}

// ---------------------------------------------------------------------------------------------
// Feeds and sitemaps. URLs in them are absolute.

struct FeedItem {
  std::string url;
  std::string title;
  std::string summary;
  std::string author;
  time_t published = 0;
};

FeedItem ItemOf(const Site& site, std::string_view path, const Story& story) {
  return {site.Url(path), story.headline, story.description, story.author, story.published};
}

std::string Rss2(const Site& site, const std::vector<FeedItem>& items, time_t built) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
      "xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n";
  out += "<title>" + EscapeHtml(site.title) + "</title>\n<link>" + site.Url("/") + "</link>\n";
  out += "<atom:link href=\"" + site.Url("/feed.xml") +
         "\" rel=\"self\" type=\"application/rss+xml\"/>\n";
  out += "<description>The latest stories from " + EscapeHtml(site.title) + "</description>\n";
  out += "<language>en</language>\n<lastBuildDate>" + Rfc822(built) + "</lastBuildDate>\n";
  for (const FeedItem& item : items) {
    out += "<item>\n<title>" + EscapeHtml(item.title) + "</title>\n<link>" + item.url +
           "</link>\n<guid isPermaLink=\"true\">" + item.url + "</guid>\n<description>" +
           EscapeHtml(item.summary) + "</description>\n<dc:creator>" + EscapeHtml(item.author) +
           "</dc:creator>\n<pubDate>" + Rfc822(item.published) + "</pubDate>\n</item>\n";
  }
  out += "</channel>\n</rss>\n";
  return out;
}

std::string Atom(const Site& site, const std::vector<FeedItem>& items, time_t updated) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed "
      "xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">\n";
  out += "<title>" + EscapeHtml(site.title) + "</title>\n<id>" + site.Url("/atom.xml") + "</id>\n";
  out += "<link rel=\"self\" href=\"" + site.Url("/atom.xml") +
         "\"/>\n<link rel=\"alternate\" "
         "type=\"text/html\" href=\"" +
         site.Url("/") + "\"/>\n<updated>" + Rfc3339(updated) + "</updated>\n";
  for (const FeedItem& item : items) {
    out += "<entry>\n<title>" + EscapeHtml(item.title) + "</title>\n<id>" + item.url +
           "</id>\n<link rel=\"alternate\" type=\"text/html\" href=\"" + item.url +
           "\"/>\n<published>" + Rfc3339(item.published) + "</published>\n<updated>" +
           Rfc3339(item.published) + "</updated>\n<author><name>" + EscapeHtml(item.author) +
           "</name></author>\n<summary>" + EscapeHtml(item.summary) + "</summary>\n</entry>\n";
  }
  out += "</feed>\n";
  return out;
}

std::string JsonFeed(const Site& site, const std::vector<FeedItem>& items) {
  std::string out = "{\n  \"version\": \"https://jsonfeed.org/version/1.1\",\n  \"title\": \"" +
                    EscapeJson(site.title) + "\",\n  \"home_page_url\": \"" + site.Url("/") +
                    "\",\n  \"feed_url\": \"" + site.Url("/feed.json") +
                    "\",\n  \"language\": \"en\",\n  \"items\": [";
  for (std::size_t i = 0; i < items.size(); ++i) {
    const FeedItem& item = items[i];
    out += i == 0 ? "\n" : ",\n";
    out += "    {\"id\": \"" + item.url + "\", \"url\": \"" + item.url + "\", \"title\": \"" +
           EscapeJson(item.title) + "\", \"summary\": \"" + EscapeJson(item.summary) +
           "\", \"date_published\": \"" + Rfc3339(item.published) +
           "\", \"authors\": [{\"name\": \"" + EscapeJson(item.author) + "\"}]}";
  }
  out += "\n  ]\n}\n";
  return out;
}

std::string Rdf(const Site& site, const std::vector<FeedItem>& items, time_t updated) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rdf:RDF "
      "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
      "xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n";
  out += "<channel rdf:about=\"" + site.Url("/index.rdf") + "\">\n<title>" +
         EscapeHtml(site.title) + "</title>\n<link>" + site.Url("/") +
         "</link>\n<description>Wire stories from " + EscapeHtml(site.title) +
         "</description>\n<dc:date>" + Rfc3339(updated) + "</dc:date>\n<items>\n<rdf:Seq>\n";
  for (const FeedItem& item : items) out += "<rdf:li rdf:resource=\"" + item.url + "\"/>\n";
  out += "</rdf:Seq>\n</items>\n</channel>\n";
  for (const FeedItem& item : items) {
    out += "<item rdf:about=\"" + item.url + "\">\n<title>" + EscapeHtml(item.title) +
           "</title>\n<link>" + item.url + "</link>\n<description>" + EscapeHtml(item.summary) +
           "</description>\n<dc:creator>" + EscapeHtml(item.author) + "</dc:creator>\n<dc:date>" +
           Rfc3339(item.published) + "</dc:date>\n</item>\n";
  }
  out += "</rdf:RDF>\n";
  return out;
}

std::string UrlSet(const std::vector<std::pair<std::string, time_t>>& urls) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset "
      "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  for (const auto& [url, modified] : urls) {
    out += "<url><loc>" + url + "</loc><lastmod>" + Rfc3339(modified) + "</lastmod></url>\n";
  }
  out += "</urlset>\n";
  return out;
}

struct NewsEntry {
  FeedItem item;
  const char* language;
};

std::string NewsSitemap(const std::vector<NewsEntry>& entries) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset "
      "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
      "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n";
  for (const NewsEntry& e : entries) {
    out += "<url>\n<loc>" + e.item.url +
           "</loc>\n<news:news>\n<news:publication><news:name>Beta "
           "Daily</news:name><news:language>" +
           e.language + "</news:language></news:publication>\n<news:publication_date>" +
           Rfc3339(e.item.published) + "</news:publication_date>\n<news:title>" +
           EscapeHtml(e.item.title) + "</news:title>\n</news:news>\n</url>\n";
  }
  out += "</urlset>\n";
  return out;
}

// ---------------------------------------------------------------------------------------------
// HTTP helpers

// The request's Accept-Encoding as the client sent it. The pre-routing hook moves it to this
// header so that httplib never compresses a response on its own (see InstallLogger).
constexpr const char* kClientAcceptEncoding = "X-Outlets-Accept-Encoding";

bool AcceptsGzip(const httplib::Request& req) {
  return req.get_header_value(kClientAcceptEncoding).find("gzip") != std::string::npos;
}

bool EtagListMatches(const std::string& header, const std::string& etag) {
  std::size_t i = 0;
  while (i <= header.size()) {
    std::size_t comma = header.find(',', i);
    if (comma == std::string::npos) comma = header.size();
    std::string tag = header.substr(i, comma - i);
    tag.erase(0, tag.find_first_not_of(" \t"));
    tag.erase(tag.find_last_not_of(" \t") + 1);
    if (tag.rfind("W/", 0) == 0) tag.erase(0, 2);
    if (tag == "*" || tag == etag) return true;
    i = comma + 1;
  }
  return false;
}

// RFC 9110: If-None-Match decides when present (and then If-Modified-Since is ignored);
// otherwise If-Modified-Since not older than Last-Modified means not modified.
bool NotModified(const httplib::Request& req, const std::string& etag, time_t last_modified) {
  if (req.has_header("If-None-Match")) {
    return !etag.empty() && EtagListMatches(req.get_header_value("If-None-Match"), etag);
  }
  if (req.has_header("If-Modified-Since")) {
    time_t since = ParseHttpDate(req.get_header_value("If-Modified-Since"));
    return since >= 0 && since >= last_modified;
  }
  return false;
}

// Sets the validators; true (with a 304 and no body) when the client's copy is current.
bool AnswerConditional(const httplib::Request& req, httplib::Response& res, const std::string& etag,
                       time_t last_modified) {
  if (!etag.empty()) res.set_header("ETag", etag);
  res.set_header("Last-Modified", HttpDate(last_modified));
  if (!NotModified(req, etag, last_modified)) return false;
  res.status = 304;
  return true;
}

constexpr const char* kHtml = "text/html; charset=utf-8";

// The request log: one JSON line per request, flushed as it is written. Thread-safe.
class RequestLog {
 public:
  explicit RequestLog(std::FILE* file) : file_(file) {}
  void Write(const std::string& outlet, const httplib::Request& req) {
    std::string target = req.target.empty() ? req.path : req.target;
    std::size_t q = target.find('?');
    std::string path = target.substr(0, q);
    std::string query = q == std::string::npos ? "" : target.substr(q + 1);
    char t[32];
    std::snprintf(t, sizeof t, "%.6f", WallSeconds());
    auto field = [&](const char* name) {
      return EscapeJson(req.get_header_value(name), /*ascii_only=*/true);
    };
    std::string line =
        "{\"outlet\":\"" + EscapeJson(outlet) + "\",\"method\":\"" + EscapeJson(req.method, true) +
        "\",\"path\":\"" + EscapeJson(path, true) + "\",\"query\":\"" + EscapeJson(query, true) +
        "\",\"t\":" + t + ",\"user_agent\":\"" + field("User-Agent") + "\",\"if_none_match\":\"" +
        field("If-None-Match") + "\",\"if_modified_since\":\"" + field("If-Modified-Since") +
        "\",\"accept_encoding\":\"" + field("Accept-Encoding") + "\"";
    if (path.rfind("/_control/", 0) == 0) line += ",\"control\":true";
    line += "}\n";
    std::lock_guard<std::mutex> lock(mutex_);
    if (file_ == nullptr) return;  // closed: the server is stopping
    std::fputs(line.c_str(), file_);
    std::fflush(file_);
  }
  void Close() {
    std::lock_guard<std::mutex> lock(mutex_);
    if (file_ != nullptr) std::fclose(file_);
    file_ = nullptr;
  }

 private:
  std::mutex mutex_;
  std::FILE* file_;
};

// ---------------------------------------------------------------------------------------------
// Outlets

struct Article {  // an article an outlet serves (fixture mode)
  std::string path;
  int kind = 0;
  bool linked = false;  // on the home page and in related links
  bool gzip = false;    // sent gzip-encoded when the client accepts gzip
  uint64_t seed = 0;
  Story story;
};

struct Outlet {
  Site site;
  httplib::Server server;
  std::vector<Article> articles;
  std::atomic<int> first_hits{0};  // the flaky article's (alpha) or the rate-limited one's (beta)
  // alpha's feed: POST /_control/publish adds /news/a4 and bumps the version.
  std::mutex mutex;
  bool published = false;
  time_t a4_published = 0;
  time_t feed_modified = 0;
  int feed_version = 1;
  // bench mode
  int bench_articles = 0;
  int bench_spacing = 0;  // seconds between two articles' dates
  std::thread thread;
  std::atomic<bool> finished{false};

  const Article* Find(std::string_view path) const {
    for (const Article& a : articles) {
      if (a.path == path) return &a;
    }
    return nullptr;
  }
  std::vector<Link> Related(std::string_view except) const {
    std::vector<Link> out;
    for (const Article& a : articles) {
      if (a.linked && a.path != except) out.push_back({a.path, a.story.headline});
    }
    return out;
  }
};

std::string ExactPath(std::string_view path) {  // an httplib route pattern matching only `path`
  std::string out;
  for (char c : path) {
    if (c == '.' || c == '+' || c == '(' || c == ')' || c == '?' || c == '*') out += '\\';
    out += c;
  }
  return out;
}

void ServeArticle(const Outlet& o, const Article& a, const httplib::Request& req,
                  httplib::Response& res) {
  std::string html = RenderArticle(o.site, kEnglish, a.story, a.path, o.Related(a.path));
  res.set_header("Last-Modified", HttpDate(a.story.published));
  if (a.gzip) res.set_header("Vary", "Accept-Encoding");
  if (a.gzip && AcceptsGzip(req)) {
    res.set_header("Content-Encoding", "gzip");
    res.set_content(Gzip(html), kHtml);
  } else {
    res.set_content(html, kHtml);
  }
}

// Every article's exact path, after the special routes (httplib takes the first route that
// matches, so a special route registered earlier wins).
void RouteArticles(Outlet& o) {
  for (const Article& a : o.articles) {
    o.server.Get(ExactPath(a.path), [&o, &a](const httplib::Request& req, httplib::Response& res) {
      ServeArticle(o, a, req, res);
    });
  }
}

void RouteHome(Outlet& o) {
  o.server.Get("/", [&o](const httplib::Request&, httplib::Response& res) {
    std::vector<Teaser> teasers;
    for (const Article& a : o.articles) {
      if (a.linked) teasers.push_back({a.path, &a.story});
    }
    res.set_content(RenderHome(o.site, teasers), kHtml);
  });
}

// A redirect from `from` to `to`; with `absolute`, the Location is a full URL on this outlet
// (built per request: the port is known only once the outlet is bound).
void Redirect(Outlet& o, const std::string& from, int status, std::string to, bool absolute) {
  o.server.Get(ExactPath(from),
               [&o, status, to, absolute](const httplib::Request&, httplib::Response& res) {
                 res.set_redirect(absolute ? o.site.Url(to) : to, status);
               });
}

// A fixed text at an exact path.
void Text(httplib::Server& server, const std::string& path, std::string body, const char* type) {
  server.Get(ExactPath(path), [body, type](const httplib::Request&, httplib::Response& res) {
    res.set_content(body, type);
  });
}

// alpha's /news/a4, dated when POST /_control/publish added it; its story's date is 0 before.
Article PublishedA4(Outlet& o) {
  Article a4 = *o.Find("/news/a4");
  std::lock_guard<std::mutex> lock(o.mutex);
  a4.story = o.published ? MakeStory(a4.seed, a4.kind, o.a4_published) : Story();
  return a4;
}

void SetupAlpha(Outlet& o) {
  httplib::Server& s = o.server;
  o.feed_modified = g_start - 10 * 60;
  Text(s, "/robots.txt", "User-agent: *\nDisallow: /private/\nCrawl-delay: 1\n",
       "text/plain; charset=utf-8");
  s.Get(R"(/feed\.xml)", [&o](const httplib::Request& req, httplib::Response& res) {
    std::unique_lock<std::mutex> lock(o.mutex);
    std::string etag = "\"alpha-feed-v" + std::to_string(o.feed_version) + "\"";
    time_t modified = o.feed_modified;
    bool published = o.published;
    lock.unlock();
    if (AnswerConditional(req, res, etag, modified)) return;
    std::vector<FeedItem> items;
    if (published) items.push_back(ItemOf(o.site, "/news/a4", PublishedA4(o).story));
    for (const char* path : {"/news/a1", "/news/a2"}) {
      items.push_back(ItemOf(o.site, path, o.Find(path)->story));
    }
    items.push_back(ItemOf(o.site, "/old/a3", o.Find("/news/a3")->story));
    for (const char* path : {"/news/flaky", "/private/secret"}) {
      items.push_back(ItemOf(o.site, path, o.Find(path)->story));
    }
    items.push_back({o.site.Url("/loop/1"), "Live: weekend road closures across the region",
                     "Which roads are shut this weekend, and for how long.", "Travel desk",
                     g_start - 75 * 60});
    FeedItem again = ItemOf(o.site, "/news/a1", o.Find("/news/a1")->story);
    again.title = "Updated: " + again.title;  // the same URL a second time
    items.push_back(again);
    res.set_content(Rss2(o.site, items, modified), "application/rss+xml; charset=utf-8");
  });
  Redirect(o, "/old/a3", 301, "/moved/a3", /*absolute=*/true);
  Redirect(o, "/moved/a3", 302, "/news/a3", false);
  Redirect(o, "/loop/1", 302, "/loop/2", false);
  Redirect(o, "/loop/2", 302, "/loop/1", true);
  s.Get("/news/flaky", [&o](const httplib::Request& req, httplib::Response& res) {
    if (o.first_hits.fetch_add(1) == 0) {
      res.status = 500;
      res.set_content("<html><body><h1>500 Internal Server Error</h1></body></html>\n", kHtml);
      return;
    }
    ServeArticle(o, *o.Find("/news/flaky"), req, res);
  });
  s.Get("/news/a4", [&o](const httplib::Request& req, httplib::Response& res) {
    Article a4 = PublishedA4(o);
    if (a4.story.published != 0) {
      ServeArticle(o, a4, req, res);
    } else {
      res.status = 404;  // not published yet
    }
  });
  // With a content reader the body is read only if the handler asks: httplib would otherwise
  // wait for the connection to close on a POST that has neither Content-Length nor chunking
  // (`curl -X POST`), where HTTP/1.1 says there is no body.
  s.Post("/_control/publish", [&o](const httplib::Request& req, httplib::Response& res,
                                   const httplib::ContentReader& read_body) {
    if (req.has_header("Content-Length") || req.has_header("Transfer-Encoding")) {
      read_body([](const char*, std::size_t) { return true; });  // ignored
    }
    std::lock_guard<std::mutex> lock(o.mutex);
    if (o.published) {
      res.set_content("already published /news/a4\n", "text/plain");
      return;
    }
    o.published = true;
    ++o.feed_version;
    o.feed_modified = std::max(std::time(nullptr), o.feed_modified + 1);
    o.a4_published = o.feed_modified;
    res.set_content("published /news/a4\n", "text/plain");
  });
  RouteHome(o);
  RouteArticles(o);
}

void SetupBeta(Outlet& o) {
  httplib::Server& s = o.server;
  s.Get(R"(/robots\.txt)", [&o](const httplib::Request&, httplib::Response& res) {
    res.set_content(
        "User-agent: newsdesk\nDisallow: /drafts/\n\nUser-agent: *\nDisallow: /\n\n"
        "Sitemap: " +
            o.site.Url("/sitemap_index.xml") + "\n",
        "text/plain; charset=utf-8");
  });
  const time_t sitemap_modified = g_start - 60;  // after its newest entry (b9, 3 minutes old)
  s.Get(R"(/sitemap_index\.xml)",
        [&o, sitemap_modified](const httplib::Request& req, httplib::Response& res) {
          if (AnswerConditional(req, res, "", sitemap_modified)) return;
          res.set_content(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex "
              "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n<sitemap><loc>" +
                  o.site.Url("/sitemap-news.xml.gz") + "</loc><lastmod>" +
                  Rfc3339(sitemap_modified) + "</lastmod></sitemap>\n</sitemapindex>\n",
              "application/xml");
        });
  s.Get(R"(/sitemap-news\.xml\.gz)",
        [&o, sitemap_modified](const httplib::Request& req, httplib::Response& res) {
          if (AnswerConditional(req, res, "", sitemap_modified)) return;
          std::vector<NewsEntry> entries;
          for (const char* path : {"/news/b1", "/news/b2", "/news/ru1", "/drafts/b9"}) {
            const Article* a = o.Find(path);
            entries.push_back({ItemOf(o.site, path, a->story), a->kind < 0 ? "ru" : "en"});
          }
          res.set_content(Gzip(NewsSitemap(entries)), "application/x-gzip");
        });
  s.Get(R"(/atom\.xml)", [&o](const httplib::Request& req, httplib::Response& res) {
    std::vector<FeedItem> items;
    for (const char* path : {"/news/b1", "/news/b3"}) {
      items.push_back(ItemOf(o.site, path, o.Find(path)->story));
    }
    if (AnswerConditional(req, res, "\"beta-atom-v1\"", items[0].published)) return;
    res.set_content(Atom(o.site, items, items[0].published), "application/atom+xml; charset=utf-8");
  });
  s.Get("/news/b2", [&o](const httplib::Request& req, httplib::Response& res) {
    if (o.first_hits.fetch_add(1) == 0) {
      res.status = 429;
      res.set_header("Retry-After", "1");
      res.set_content("Too many requests; retry in a second.\n", "text/plain");
      return;
    }
    ServeArticle(o, *o.Find("/news/b2"), req, res);
  });
  s.Get("/news/ru1", [&o](const httplib::Request&, httplib::Response& res) {
    const Article& a = *o.Find("/news/ru1");
    std::string html =
        RenderArticle(o.site, kRussian, a.story, a.path, o.Related(a.path), "windows-1251");
    res.set_content(ToWindows1251(html, nullptr), "text/html; charset=windows-1251");
  });
  RouteHome(o);
  RouteArticles(o);
}

constexpr std::size_t kHugeBytes = 50u * 1024 * 1024;
constexpr auto kStallLimit = std::chrono::seconds(60);

// gamma's /news/slow: the page up to its second paragraph, then nothing for up to a minute (in
// short sleeps that watch the stop flag), then the rest.
void RouteSlow(Outlet& o) {
  o.server.Get("/news/slow", [&o](const httplib::Request&, httplib::Response& res) {
    const Article& a = *o.Find("/news/slow");
    auto html = std::make_shared<std::string>(
        RenderArticle(o.site, kEnglish, a.story, a.path, o.Related(a.path)));
    std::size_t cut = html->find("</p>", html->find("<div class=\"story-body\">"));
    cut = html->find("</p>", cut + 1) + 4;
    res.set_chunked_content_provider(
        kHtml, [html, cut](std::size_t offset, httplib::DataSink& sink) {
          if (offset == 0) return sink.write(html->data(), cut);
          auto until = std::chrono::steady_clock::now() + kStallLimit;
          while (std::chrono::steady_clock::now() < until) {
            if (g_stopping.load()) return false;
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
          }
          if (!sink.write(html->data() + cut, html->size() - cut)) return false;
          sink.done();
          return true;
        });
  });
}

// gamma's /news/huge: exactly kHugeBytes of HTML in 64 KiB chunks, chunked (no Content-Length);
// a failed write (the client went away) or the stop flag ends it.
void RouteHuge(Outlet& o) {
  o.server.Get("/news/huge", [&o](const httplib::Request&, httplib::Response& res) {
    const Article& a = *o.Find("/news/huge");
    auto head = std::make_shared<std::string>(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
        EscapeHtml(a.story.headline) + "</title>\n<link rel=\"canonical\" href=\"" +
        o.site.Url(a.path) + "\">\n</head>\n<body>\n<article>\n<h1>" +
        EscapeHtml(a.story.headline) + "</h1>\n");
    auto block = std::make_shared<std::string>();
    while (block->size() < 64 * 1024) {
      for (const std::string& p : a.story.paragraphs) *block += "<p>" + EscapeHtml(p) + "</p>\n";
    }
    block->resize(64 * 1024 - 1);
    block->erase(block->rfind('\n') + 1);  // whole lines only
    static const std::string kTail = "</article>\n</body>\n</html>\n";
    res.set_chunked_content_provider(
        kHtml, [head, block](std::size_t offset, httplib::DataSink& sink) {
          if (g_stopping.load()) return false;
          if (offset == 0) return sink.write(head->data(), head->size());
          std::size_t left = kHugeBytes - offset;
          if (left == kTail.size()) {
            if (!sink.write(kTail.data(), kTail.size())) return false;
            sink.done();
            return true;
          }
          if (left - kTail.size() >= block->size()) return sink.write(block->data(), block->size());
          std::string pad(left - kTail.size(), '\n');  // the last stretch: blank lines
          return sink.write(pad.data(), pad.size());
        });
  });
}

void SetupGamma(Outlet& o) {
  httplib::Server& s = o.server;
  s.Get(R"(/robots\.txt)",
        [](const httplib::Request&, httplib::Response& res) { res.status = 404; });
  s.Get(R"(/feed\.json)", [&o](const httplib::Request& req, httplib::Response& res) {
    std::vector<FeedItem> items;
    for (const char* path : {"/news/g1", "/news/slow", "/news/huge"}) {
      items.push_back(ItemOf(o.site, path, o.Find(path)->story));
    }
    if (AnswerConditional(req, res, "\"gamma-json-v1\"", items[0].published)) return;
    res.set_content(JsonFeed(o.site, items), "application/feed+json; charset=utf-8");
  });
  s.Get(R"(/index\.rdf)", [&o](const httplib::Request& req, httplib::Response& res) {
    std::vector<FeedItem> items = {ItemOf(o.site, "/news/g2", o.Find("/news/g2")->story)};
    if (AnswerConditional(req, res, "", items[0].published)) return;  // Last-Modified only
    res.set_content(Rdf(o.site, items, items[0].published), "application/rdf+xml; charset=utf-8");
  });
  s.Get(R"(/broken\.xml)", [&o](const httplib::Request&, httplib::Response& res) {
    std::vector<FeedItem> items = {ItemOf(o.site, "/news/g3", o.Find("/news/g3")->story)};
    std::string rss = Rss2(o.site, items, items[0].published);
    rss.erase(rss.find("</channel>"));
    rss += "<item>\n<title>Council to vote on the harbour wall as storms ";  // cut off here
    res.set_content(rss, "application/rss+xml; charset=utf-8");
  });
  RouteSlow(o);
  RouteHuge(o);
  RouteHome(o);
  RouteArticles(o);
}

// Fixture articles: each its own kind of event, so no two are near-duplicates. kind -1 is the
// Russian article.
struct FixtureArticle {
  const char* outlet;
  const char* path;
  int kind;
  int minutes_ago;  // its date: the server's start minus this
  bool linked;
  bool gzip;
};
constexpr FixtureArticle kFixtureArticles[] = {
    {"alpha", "/news/a1", 0, 14, true, true},
    {"alpha", "/news/a2", 1, 27, true, true},
    {"alpha", "/news/a3", 2, 41, true, false},
    {"alpha", "/news/flaky", 3, 55, true, false},
    {"alpha", "/private/secret", 4, 68, false, false},
    {"alpha", "/news/a4", 5, 0, false, false},  // dated when published
    {"beta", "/news/b1", 6, 9, true, false},
    {"beta", "/news/b2", 7, 22, true, false},
    {"beta", "/news/b3", 8, 36, true, false},
    {"beta", "/news/ru1", -1, 20, true, false},
    {"beta", "/drafts/b9", 9, 3, false, false},
    {"gamma", "/news/g1", 10, 12, true, false},
    {"gamma", "/news/g2", 11, 31, true, false},
    {"gamma", "/news/g3", 12, 47, true, false},
    {"gamma", "/news/slow", 13, 6, false, false},
    {"gamma", "/news/huge", 14, 80, false, false},
};

std::unique_ptr<Outlet> NewOutlet(std::string name, std::string title, int threads) {
  auto o = std::make_unique<Outlet>();
  o->site.name = std::move(name);
  o->site.title = std::move(title);
  o->server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  // httplib closes a keep-alive connection after 5 requests by default; a crawler keeps one
  // connection per host for many more.
  o->server.set_keep_alive_max_count(10000);
  // httplib writes the headers and the body separately; with Nagle's algorithm the body then
  // waits for the client's delayed ACK, about 40 ms a response.
  o->server.set_tcp_nodelay(true);
  return o;
}

std::vector<std::unique_ptr<Outlet>> MakeFixtureOutlets() {
  std::vector<std::unique_ptr<Outlet>> outlets;
  outlets.push_back(NewOutlet("alpha", "Alpha News", 8));
  outlets.push_back(NewOutlet("beta", "Beta Daily", 8));
  outlets.push_back(NewOutlet("gamma", "Gamma Wire", 8));
  outlets[0]->site.alternates = {{"application/rss+xml", "/feed.xml"}};
  outlets[1]->site.alternates = {{"application/atom+xml", "/atom.xml"}};
  outlets[2]->site.alternates = {{"application/feed+json", "/feed.json"},
                                 {"application/rdf+xml", "/index.rdf"}};
  for (const FixtureArticle& f : kFixtureArticles) {
    Article a;
    a.path = f.path;
    a.kind = f.kind;
    a.linked = f.linked;
    a.gzip = f.gzip;
    a.seed = Fnv1a(std::string(f.outlet) + a.path);
    time_t published = g_start - f.minutes_ago * 60;
    a.story = a.kind < 0 ? RussianStory(published) : MakeStory(a.seed, a.kind, published);
    for (auto& o : outlets) {
      if (o->site.name == f.outlet) o->articles.push_back(std::move(a));
    }
  }
  SetupAlpha(*outlets[0]);
  SetupBeta(*outlets[1]);
  SetupGamma(*outlets[2]);
  return outlets;
}

// ---------------------------------------------------------------------------------------------
// Bench mode: articles generated on the fly from (host, K).

time_t BenchDate(const Outlet& o, int k) {
  return g_start - 60 - static_cast<time_t>(o.bench_articles - 1 - k) * o.bench_spacing;
}

Story BenchStory(const Outlet& o, int k, outlets::StoryParts parts = outlets::StoryParts::kAll) {
  return MakeStory(Fnv1a(o.site.name + "/a/" + std::to_string(k)), -1, BenchDate(o, k), parts);
}

// What the feed, the home page and related links show of an article.
Story BenchSummary(const Outlet& o, int k) {
  return BenchStory(o, k, outlets::StoryParts::kSummary);
}

std::string BenchPath(int k) { return "/a/" + std::to_string(k) + ".html"; }

void SetupBenchHost(Outlet& o) {
  httplib::Server& s = o.server;
  s.Get(R"(/robots\.txt)", [&o](const httplib::Request&, httplib::Response& res) {
    res.set_content("User-agent: *\nAllow: /\n\nSitemap: " + o.site.Url("/sitemap.xml") + "\n",
                    "text/plain; charset=utf-8");
  });
  s.Get(R"(/sitemap\.xml)", [&o](const httplib::Request&, httplib::Response& res) {
    std::vector<std::pair<std::string, time_t>> urls;
    for (int k = o.bench_articles - 1; k >= 0; --k) {
      urls.emplace_back(o.site.Url(BenchPath(k)), BenchDate(o, k));
    }
    res.set_content(UrlSet(urls), "application/xml");
  });
  s.Get(R"(/feed\.xml)", [&o](const httplib::Request&, httplib::Response& res) {
    std::vector<FeedItem> items;
    for (int k = o.bench_articles - 1; k >= 0 && k >= o.bench_articles - 50; --k) {
      items.push_back(ItemOf(o.site, BenchPath(k), BenchSummary(o, k)));
    }
    res.set_content(Rss2(o.site, items, BenchDate(o, o.bench_articles - 1)),
                    "application/rss+xml; charset=utf-8");
  });
  s.Get("/", [&o](const httplib::Request&, httplib::Response& res) {
    std::vector<Story> stories;
    std::vector<Teaser> teasers;
    int newest = o.bench_articles - 1;
    for (int k = newest; k >= 0 && k > newest - 10; --k) stories.push_back(BenchSummary(o, k));
    for (std::size_t i = 0; i < stories.size(); ++i) {
      teasers.push_back({BenchPath(newest - static_cast<int>(i)), &stories[i]});
    }
    res.set_content(RenderHome(o.site, teasers), kHtml);
  });
  s.Get(R"(/a/(\d{1,9})\.html)", [&o](const httplib::Request& req, httplib::Response& res) {
    int k = std::atoi(req.matches[1].str().c_str());
    if (k >= o.bench_articles) {
      res.status = 404;
      return;
    }
    std::vector<Link> related;  // the five before it, wrapping round to the newest
    for (int j = 1; j <= 5 && j < o.bench_articles; ++j) {
      int other = (k - j + o.bench_articles) % o.bench_articles;
      related.push_back({BenchPath(other), BenchSummary(o, other).headline});
    }
    Story story = BenchStory(o, k);
    res.set_header("Last-Modified", HttpDate(story.published));
    res.set_content(RenderArticle(o.site, kEnglish, story, BenchPath(k), related), kHtml);
  });
}

std::vector<std::unique_ptr<Outlet>> MakeBenchOutlets(int hosts, int articles) {
  // Dates spread over about four hours, at least a second apart.
  int spacing = std::clamp(4 * 3600 / articles, 1, 600);
  int width = std::max(2, static_cast<int>(std::to_string(hosts - 1).size()));
  std::vector<std::unique_ptr<Outlet>> outlets;
  for (int h = 0; h < hosts; ++h) {
    std::string number = std::to_string(h);
    std::string name = "h";  // built by appending: g++ 12 warns (-Wrestrict) on "h" + string
    name.append(static_cast<std::size_t>(std::max(0, width - static_cast<int>(number.size()))),
                '0');
    name.append(number);
    auto o = NewOutlet(name, "The " + name + " Herald", 8);
    o->site.alternates = {{"application/rss+xml", "/feed.xml"}};
    o->bench_articles = articles;
    o->bench_spacing = spacing;
    SetupBenchHost(*o);
    outlets.push_back(std::move(o));
  }
  return outlets;
}

// ---------------------------------------------------------------------------------------------
// Running

// Logs each request on arrival (before routing) and hides its Accept-Encoding from httplib:
// built with zlib and brotli, httplib 0.11 would otherwise compress every text response itself
// (brotli first), which would double-encode the articles we gzip ourselves and make what the
// crawler receives depend on the library. The hook gets the request as const, but httplib hands
// it a non-const Request it owns (Server::process_request), so the const_cast is well defined.
void InstallHooks(Outlet& o, RequestLog& log) {
  o.server.set_pre_routing_handler([&o, &log](const httplib::Request& req, httplib::Response&) {
    log.Write(o.site.name, req);
    auto& mutable_req = const_cast<httplib::Request&>(req);
    std::string accept = req.get_header_value("Accept-Encoding");
    mutable_req.headers.erase("Accept-Encoding");
    mutable_req.headers.emplace(kClientAcceptEncoding, accept);
    return httplib::Server::HandlerResponse::Unhandled;
  });
  o.server.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (res.body.empty() && res.status != 304) {
      res.set_content("<html><body><h1>" + std::to_string(res.status) + "</h1></body></html>\n",
                      kHtml);
    }
  });
}

struct Options {
  std::string ready;
  std::string log;
  bool bench = false;
  int hosts = 10;
  int articles = 1000;
  int max_seconds = 300;
};

bool ParseOptions(int argc, char** argv, Options& opt) {
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    bool has_value = i + 1 < argc;
    if (arg == "--bench") {
      opt.bench = true;
    } else if (arg == "--ready" && has_value) {
      opt.ready = argv[++i];
    } else if (arg == "--log" && has_value) {
      opt.log = argv[++i];
    } else if (arg == "--hosts" && has_value) {
      opt.hosts = std::atoi(argv[++i]);
    } else if (arg == "--articles" && has_value) {
      opt.articles = std::atoi(argv[++i]);
    } else if (arg == "--max-seconds" && has_value) {
      opt.max_seconds = std::atoi(argv[++i]);
    } else {
      return false;
    }
  }
  return !opt.ready.empty() && !opt.log.empty() && opt.hosts >= 1 && opt.hosts <= 1000 &&
         opt.articles >= 1 && opt.articles <= 10000000 && opt.max_seconds >= 1;
}

// Fails (and says where) when a generated story still holds a {slot} or a [choice], has a double
// space, is too short or has too few or too many paragraphs, or when the Russian page has a
// character windows-1251 cannot hold.
bool SelfCheck() {
  constexpr std::size_t kMinText = 1500;  // the brief: at least ~1,500 characters of prose
  for (int kind = 0; kind < StoryKinds(); ++kind) {
    for (uint64_t seed = 1; seed <= 64; ++seed) {
      Story s = MakeStory(seed * 7919, kind, g_start);
      Story summary = MakeStory(seed * 7919, kind, g_start, outlets::StoryParts::kSummary);
      if (summary.headline != s.headline || summary.description != s.description ||
          summary.author != s.author || !summary.paragraphs.empty()) {
        std::fprintf(stderr, "outlets_server: kind %d seed %llu: summary differs\n", kind,
                     static_cast<unsigned long long>(seed));
        return false;
      }
      std::size_t chars = 0;
      for (const std::string& p : s.paragraphs) chars += p.size();
      std::string all = s.headline + "\n" + s.author;
      for (const std::string& p : s.paragraphs) all += "\n" + p;
      bool unfilled = all.find_first_of("{}[]|") != std::string::npos;
      bool spaced = all.find("  ") != std::string::npos || all.find(" ,") != std::string::npos;
      if (unfilled || spaced || chars < kMinText || s.paragraphs.size() < 5 ||
          s.paragraphs.size() > 8) {
        std::fprintf(stderr,
                     "outlets_server: kind %d seed %llu: %s, %zu chars, %zu paragraphs\n%s\n", kind,
                     static_cast<unsigned long long>(seed),
                     unfilled ? "unfilled slot"
                     : spaced ? "bad spacing"
                              : "too short",
                     chars, s.paragraphs.size(), all.c_str());
        return false;
      }
    }
  }
  Site site{"beta", "Beta Daily", 0, {}};
  int unmapped = 0;
  ToWindows1251(RenderArticle(site, kRussian, RussianStory(g_start), "/news/ru1", {}), &unmapped);
  if (unmapped != 0) {
    std::fprintf(stderr, "outlets_server: %d characters not in windows-1251\n", unmapped);
    return false;
  }
  return true;
}

bool WriteReadyFile(const std::string& path, const std::vector<std::unique_ptr<Outlet>>& outlets) {
  std::string tmp = path + ".tmp";
  std::FILE* f = std::fopen(tmp.c_str(), "w");
  if (f == nullptr) return false;
  for (const auto& o : outlets) std::fprintf(f, "%s %d\n", o->site.name.c_str(), o->site.port);
  bool ok = std::fflush(f) == 0;
  ok = std::fclose(f) == 0 && ok;
  return ok && std::rename(tmp.c_str(), path.c_str()) == 0;
}

// Waits for SIGTERM or SIGINT (blocked in every thread, so only this wait receives them) or
// until `seconds` have passed.
void WaitForStop(const sigset_t& signals, int seconds) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  while (std::chrono::steady_clock::now() < deadline) {
    struct timespec step = {0, 200 * 1000 * 1000};
    int sig = sigtimedwait(&signals, nullptr, &step);
    if (sig == SIGTERM || sig == SIGINT) return;
  }
}

bool AllRunning(const std::vector<std::unique_ptr<Outlet>>& outlets) {
  for (const auto& o : outlets) {
    if (!o->server.is_running()) return false;
  }
  return true;
}

// Stops every server and gives their threads a bounded time to finish. httplib's workers can sit
// on an idle keep-alive connection for up to its keep-alive timeout (5 s); rather than wait, the
// process then ends at once with the log already flushed and closed.
int Shutdown(std::vector<std::unique_ptr<Outlet>>& outlets, RequestLog& log) {
  g_stopping.store(true);
  for (auto& o : outlets) o->server.stop();
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(1500);
  bool all = false;
  while (!all && std::chrono::steady_clock::now() < deadline) {
    all = true;
    for (auto& o : outlets) all = all && o->finished.load();
    if (!all) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  log.Close();
  std::fprintf(stderr, "outlets_server: stopped%s\n",
               all ? "" : " (leaving connections that were still open)");
  if (!all) {
    std::fflush(stderr);
    _exit(0);
  }
  for (auto& o : outlets) o->thread.join();
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  Options opt;
  if (!ParseOptions(argc, argv, opt)) {
    std::fprintf(stderr,
                 "usage: outlets_server --ready FILE --log FILE [--bench --hosts N --articles M] "
                 "[--max-seconds S]\n");
    return 2;
  }
  g_start = std::time(nullptr);
  if (!SelfCheck()) return 1;
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);  // before any thread starts; they inherit it
  signal(SIGPIPE, SIG_IGN);
  std::FILE* log_file = std::fopen(opt.log.c_str(), "w");
  if (log_file == nullptr) {
    std::fprintf(stderr, "outlets_server: cannot open log %s\n", opt.log.c_str());
    return 1;
  }
  RequestLog log(log_file);
  auto outlets = opt.bench ? MakeBenchOutlets(opt.hosts, opt.articles) : MakeFixtureOutlets();
  for (auto& o : outlets) {
    InstallHooks(*o, log);
    o->site.port = o->server.bind_to_any_port("127.0.0.1");
    if (o->site.port <= 0) {
      std::fprintf(stderr, "outlets_server: cannot bind %s\n", o->site.name.c_str());
      return 1;
    }
  }
  for (auto& o : outlets) {
    Outlet* p = o.get();
    o->thread = std::thread([p] {
      p->server.listen_after_bind();
      p->finished.store(true);
    });
  }
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (!AllRunning(outlets) && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  const char* failure = !AllRunning(outlets)                  ? "the servers did not start"
                        : !WriteReadyFile(opt.ready, outlets) ? "cannot write the ready file"
                                                              : nullptr;
  if (failure != nullptr) {
    std::fprintf(stderr, "outlets_server: %s\n", failure);
    log.Close();
    _exit(1);
  }
  std::fprintf(stderr, "outlets_server: %zu outlets ready (%s)\n", outlets.size(),
               opt.ready.c_str());
  WaitForStop(signals, opt.max_seconds);
  return Shutdown(outlets, log);
}
