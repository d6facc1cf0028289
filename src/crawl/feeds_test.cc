#include "crawl/feeds.h"

#include <gtest/gtest.h>

#include <string>

#include "crawl/feed_dates.h"

namespace newsdesk::crawl {
namespace {

Feed MustParse(std::string_view bytes, std::string_view base = "https://news.example/feed.xml") {
  Result<Feed> r = ParseFeed(bytes, base);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? r.value() : Feed();
}

TEST(FeedDatesTest, Rfc822AndRfc3339) {
  EXPECT_EQ(NormalizeFeedDate("Tue, 10 Jun 2003 04:00:00 GMT"), "2003-06-10T04:00:00Z");
  EXPECT_EQ(NormalizeFeedDate("Tue, 10 Jun 2003 04:00:00 +0200"), "2003-06-10T04:00:00+02:00");
  EXPECT_EQ(NormalizeFeedDate("10 Jun 03 09:30 EST"), "2003-06-10T09:30:00-05:00");
  EXPECT_EQ(NormalizeFeedDate(" Wed, 02 Oct 2002 13:00:00 PDT\n"), "2002-10-02T13:00:00-07:00");
  EXPECT_EQ(NormalizeFeedDate("1 September 2024 08:15:00 A"), "2024-09-01T08:15:00");
  EXPECT_EQ(NormalizeFeedDate("Mon, 4 Mar 2024"), "2024-03-04");
  EXPECT_EQ(NormalizeFeedDate("2003-12-13T18:30:02Z"), "2003-12-13T18:30:02Z");
  EXPECT_EQ(NormalizeFeedDate("2003-12-13T18:30:02.25+01:00"), "2003-12-13T18:30:02+01:00");
  EXPECT_EQ(NormalizeFeedDate("2003-12-13t18:30-0500"), "2003-12-13T18:30:00-05:00");
  EXPECT_EQ(NormalizeFeedDate("2024-02-29"), "2024-02-29");
  EXPECT_EQ(NormalizeFeedDate("2023-02-29"), "");
  EXPECT_EQ(NormalizeFeedDate("Tue, 32 Jun 2003 04:00:00 GMT"), "");
  EXPECT_EQ(NormalizeFeedDate("2003-13-01"), "");
  EXPECT_EQ(NormalizeFeedDate("yesterday"), "");
  EXPECT_EQ(NormalizeFeedDate(""), "");
}

TEST(FeedTest, Rss2WithRelativeLinksCdataAndEntities) {
  Feed f = MustParse(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<rss version=\"2.0\"><channel>\n"
      "<title>The Daily &amp; Nightly</title><link>https://news.example/</link>\n"
      "<image><title>logo, not the feed title</title><link>/logo</link></image>\n"
      "<item><title>It&#8217;s <![CDATA[raining & <b>pouring</b>]]></title>\n"
      "  <link>/world/rain.html</link>\n"
      "  <description><![CDATA[<p>Rain <em>everywhere</em>.</p>]]></description>\n"
      "  <pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate>\n"
      "  <guid isPermaLink=\"false\">rain-1</guid></item>\n"
      "<item><title>Guid only</title><guid>https://news.example/guid-only</guid></item>\n"
      "<item><title>Not a permalink</title><guid isPermaLink=\"false\">https://x.example/id</guid>"
      "</item>\n"
      "<item><title>Bad scheme</title><link>javascript:alert(1)</link></item>\n"
      "</channel></rss>");
  EXPECT_EQ(f.kind, FeedKind::kRss);
  EXPECT_EQ(f.title, "The Daily & Nightly");
  EXPECT_EQ(f.link, "https://news.example/");
  EXPECT_FALSE(f.truncated);
  ASSERT_EQ(f.items.size(), 4u);
  EXPECT_EQ(f.items[0].title, "It\xE2\x80\x99s raining & <b>pouring</b>");
  EXPECT_EQ(f.items[0].url, "https://news.example/world/rain.html");
  EXPECT_EQ(f.items[0].summary, "<p>Rain <em>everywhere</em>.</p>");
  EXPECT_EQ(f.items[0].date, "Tue, 10 Jun 2003 04:00:00 GMT");
  EXPECT_EQ(f.items[0].date_iso, "2003-06-10T04:00:00Z");
  EXPECT_EQ(f.items[0].id, "rain-1");
  EXPECT_EQ(f.items[1].url, "https://news.example/guid-only");
  EXPECT_EQ(f.items[2].url, "");
  EXPECT_EQ(f.items[3].url, "");
}

TEST(FeedTest, RssWithDcDateContentEncodedAndAtomLink) {
  // Prefixes chosen to differ from the usual ones: elements are known by namespace URI.
  Feed f = MustParse(
      "<rss version=\"2.0\" xmlns:d=\"http://purl.org/dc/elements/1.1/\"\n"
      "     xmlns:c=\"http://purl.org/rss/1.0/modules/content/\"\n"
      "     xmlns:a=\"http://www.w3.org/2005/Atom\"><channel>\n"
      "<a:link rel=\"self\" href=\"https://news.example/feed.xml\"/>\n"
      "<item><title>One</title><d:date>2024-03-14T07:30:00Z</d:date>\n"
      "  <c:encoded><![CDATA[<p>Full text</p>]]></c:encoded>\n"
      "  <a:link rel=\"alternate\" href=\"https://news.example/one\"/></item>\n"
      "<item><title>Two</title><dc:date xmlns:dc=\"http://example.org/not-dc\">2020-01-01</dc:date>"
      "<link>https://news.example/two</link><description>Short</description>"
      "<content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">Long"
      "</content:encoded></item>\n"
      "</channel></rss>");
  EXPECT_EQ(f.link, "");  // rel="self" is the feed, not the site
  ASSERT_EQ(f.items.size(), 2u);
  EXPECT_EQ(f.items[0].date_iso, "2024-03-14T07:30:00Z");
  EXPECT_EQ(f.items[0].summary, "<p>Full text</p>");  // no description: the content
  EXPECT_EQ(f.items[0].url, "https://news.example/one");
  EXPECT_EQ(f.items[1].date, "");  // a "dc" prefix in another namespace is not Dublin Core
  EXPECT_EQ(f.items[1].summary, "Short");
}

TEST(FeedTest, Rss1Rdf) {
  Feed f = MustParse(
      "<?xml version=\"1.0\"?>\n"
      "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"\n"
      "         xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
      "<channel rdf:about=\"https://news.example/rss\"><title>RDF News</title>\n"
      "  <link>https://news.example/</link></channel>\n"
      "<item rdf:about=\"https://news.example/a\"><title>A</title><link>/a?x=1&amp;y=2</link>\n"
      "  <dc:date>2024-03-14T07:30:00+01:00</dc:date></item>\n"
      "<item rdf:about=\"https://news.example/b\"><title>B</title></item>\n"
      "</rdf:RDF>",
      "");
  EXPECT_EQ(f.kind, FeedKind::kRdf);
  EXPECT_EQ(f.title, "RDF News");
  ASSERT_EQ(f.items.size(), 2u);
  EXPECT_EQ(f.items[0].url, "https://news.example/a?x=1&y=2");  // resolved against the link
  EXPECT_EQ(f.items[0].date_iso, "2024-03-14T07:30:00+01:00");
  EXPECT_EQ(f.items[1].url, "https://news.example/b");  // rdf:about
}

TEST(FeedTest, AtomWithXmlBase) {
  Feed f = MustParse(
      "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"https://news.example/en/\">\n"
      "<title type=\"text\">Atom News</title>\n"
      "<link rel=\"self\" href=\"feed.atom\"/><link href=\"./\"/>\n"
      "<entry><title type=\"html\">Caf&amp;eacute; &lt;b&gt;open&lt;/b&gt;</title>\n"
      "  <link rel=\"enclosure\" href=\"/audio.mp3\"/><link rel=\"alternate\" href=\"cafe\"/>\n"
      "  <id>tag:news.example,2024:cafe</id>\n"
      "  <updated>2024-03-15T10:00:00Z</updated><published>2024-03-14T09:00:00Z</published>\n"
      "  <summary>Short</summary><content type=\"xhtml\"><div>Long <b>text</b></div></content>"
      "</entry>\n"
      "<entry xml:base=\"/sport/\"><title>Match</title><link href=\"match-1\"/>\n"
      "  <updated>2024-03-15T11:00:00-04:00</updated><content>Only content</content></entry>\n"
      "<entry><title>No link</title><id>https://news.example/en/by-id</id></entry>\n"
      "</feed>",
      "https://elsewhere.example/feeds/atom");
  EXPECT_EQ(f.kind, FeedKind::kAtom);
  EXPECT_EQ(f.title, "Atom News");
  EXPECT_EQ(f.link, "https://news.example/en/");
  ASSERT_EQ(f.items.size(), 3u);
  EXPECT_EQ(f.items[0].title, "Caf&eacute; <b>open</b>");
  EXPECT_EQ(f.items[0].url, "https://news.example/en/cafe");
  EXPECT_EQ(f.items[0].id, "tag:news.example,2024:cafe");
  EXPECT_EQ(f.items[0].date_iso, "2024-03-14T09:00:00Z");  // published before updated
  EXPECT_EQ(f.items[0].summary, "Short");
  EXPECT_EQ(f.items[1].url, "https://news.example/sport/match-1");
  EXPECT_EQ(f.items[1].date_iso, "2024-03-15T11:00:00-04:00");
  EXPECT_EQ(f.items[1].summary, "Only content");
  EXPECT_EQ(f.items[2].url, "https://news.example/en/by-id");
}

TEST(FeedTest, JsonFeed) {
  Feed f = MustParse(R"({
    "version": "https://jsonfeed.org/version/1.1",
    "title": "JSON News",
    "home_page_url": "https://news.example/",
    "items": [
      {"id": "1", "url": "/a", "title": "A", "content_html": "<p>A</p>",
       "date_published": "2024-03-14T07:30:00-05:00"},
      {"id": 2, "external_url": "https://other.example/b", "summary": "B",
       "date_modified": "2024-03-15T00:00:00Z"},
      "not an item",
      {"id": "3", "url": "ftp://news.example/c"}
    ]})",
                     "");
  EXPECT_EQ(f.kind, FeedKind::kJson);
  EXPECT_EQ(f.title, "JSON News");
  EXPECT_EQ(f.link, "https://news.example/");
  ASSERT_EQ(f.items.size(), 3u);
  EXPECT_EQ(f.items[0].url, "https://news.example/a");
  EXPECT_EQ(f.items[0].summary, "<p>A</p>");
  EXPECT_EQ(f.items[0].date_iso, "2024-03-14T07:30:00-05:00");
  EXPECT_EQ(f.items[1].id, "2");
  EXPECT_EQ(f.items[1].url, "https://other.example/b");
  EXPECT_EQ(f.items[1].date_iso, "2024-03-15T00:00:00Z");
  EXPECT_EQ(f.items[2].url, "");
  EXPECT_FALSE(ParseFeed(R"({"title": "no version"})", "").ok());
  EXPECT_EQ(
      ParseFeed(R"({"version": "https://jsonfeed.org/version/1", "items": [)", "").status().code(),
      StatusCode::kCorruptInput);
}

TEST(FeedTest, MalformedKeepsItemsReadBeforeTheError) {
  Result<Feed> r = ParseFeed(
      "<rss><channel><title>T</title>"
      "<item><title>One</title><link>https://news.example/1</link></item>"
      "<item><title>Two</title><link>https://news.example/2</link></item>"
      "<item><title>Three</title><link>https://news.example/3</li",
      "");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_TRUE(r->truncated);
  ASSERT_EQ(r->items.size(), 2u);
  EXPECT_EQ(r->items[1].url, "https://news.example/2");
  // Broken before any item: an error.
  Result<Feed> none = ParseFeed("<rss><channel><title>T</title><item><title>x</item>", "");
  EXPECT_EQ(none.status().code(), StatusCode::kCorruptInput);
  EXPECT_EQ(ParseFeed("", "").status().code(), StatusCode::kCorruptInput);
}

TEST(FeedTest, UndeclaredEntities) {
  // Not well-formed XML, but common: HTML's named references are decoded, others kept.
  Feed f = MustParse(
      "<rss><channel><item><title>B&nbsp;C &mdash; caf&eacute; &bogus; &amp;</title>"
      "<link>https://news.example/a?x=1&amp;y=2</link></item></channel></rss>");
  ASSERT_EQ(f.items.size(), 1u);
  EXPECT_FALSE(f.truncated);
  EXPECT_EQ(f.items[0].title,
            "B\xC2\xA0"
            "C \xE2\x80\x94 caf\xC3\xA9 &bogus; &");
  EXPECT_EQ(f.items[0].url, "https://news.example/a?x=1&y=2");
}

TEST(FeedTest, NotAFeed) {
  Result<Feed> r = ParseFeed("<!DOCTYPE html><html><head></head><body>x</body></html>", "");
  EXPECT_EQ(r.status().code(), StatusCode::kCorruptInput);
  EXPECT_NE(r.status().message().find("<html>"), std::string_view::npos);
  EXPECT_FALSE(
      ParseFeed("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"/>", "").ok());
  Result<Feed> empty =
      ParseFeed("<rss version=\"2.0\"><channel><title>E</title></channel></rss>", "");
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->items.empty());
}

TEST(FeedTest, BillionLaughsRefused) {
  std::string doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n";
  for (int i = 1; i < 10; ++i) {
    doc += "<!ENTITY lol" + std::to_string(i) + " \"";
    for (int j = 0; j < 10; ++j)
      doc += "&lol" + (i == 1 ? std::string() : std::to_string(i - 1)) + ";";
    doc += "\">\n";
  }
  doc += "]>\n<rss><channel><item><title>&lol9;</title></item></channel></rss>";
  Result<Feed> r = ParseFeed(doc, "");
  EXPECT_EQ(r.status().code(), StatusCode::kCorruptInput);
  // An external entity is refused the same way (nothing is ever fetched).
  Result<Feed> external = ParseFeed(
      "<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
      "<rss><channel><item><title>&x;</title></item></channel></rss>",
      "");
  EXPECT_EQ(external.status().code(), StatusCode::kCorruptInput);
}

TEST(FeedTest, Windows1252Declared) {
  Feed f = MustParse(
      "<?xml version=\"1.0\" encoding=\"windows-1252\"?>"
      "<rss><channel><item><title>\x93Quoted\x94 \x80 caf\xE9</title></item></channel></rss>");
  ASSERT_EQ(f.items.size(), 1u);
  EXPECT_EQ(f.items[0].title, "\xE2\x80\x9CQuoted\xE2\x80\x9D \xE2\x82\xAC caf\xC3\xA9");
}

TEST(FeedTest, ItemCap) {
  std::string doc = "<rss><channel>";
  for (std::size_t i = 0; i < kMaxFeedItems + 5; ++i) doc += "<item><title>t</title></item>";
  doc += "</channel></rss>";
  Feed f = MustParse(doc);
  EXPECT_EQ(f.items.size(), kMaxFeedItems);
  EXPECT_TRUE(f.truncated);
}

TEST(FeedTest, DeepNestingStops) {
  std::string doc = "<rss><channel><item><title>a</title></item>";
  for (int i = 0; i < 1000; ++i) doc += "<x>";
  Result<Feed> r = ParseFeed(doc, "");
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->truncated);
  EXPECT_EQ(r->items.size(), 1u);
}

TEST(DiscoverFeedsTest, AlternateLinksResolved) {
  std::string page =
      "<!doctype html><html><head>\n"
      "<base href=\"https://news.example/en/\">\n"
      "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"rss.xml\" title=\"RSS\">\n"
      "<link rel=\"Alternate nofollow\" type=\"Application/Atom+XML; charset=utf-8\" "
      "href=\"/atom\">\n"
      "<link rel=\"alternate\" type=\"application/feed+json\" href=\"//cdn.example/feed.json\">\n"
      "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"rss.xml\">\n"  // repeat
      "<link rel=\"alternate\" hreflang=\"de\" href=\"/de/\">\n"                  // not a feed
      "<link rel=\"stylesheet\" type=\"application/rss+xml\" href=\"/x\">\n"      // not alternate
      "<script>var s = '<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/js\">';"
      "</script>\n"
      "</head><body><link rel=alternate type=application/rss+xml href='javascript:x'>"
      "<link rel=alternate type=application/rss+xml href='/body-feed'>"
      "<link rel=alternate type=application/rdf+xml href='/index.rdf'></body></html>";
  EXPECT_EQ(
      DiscoverFeeds(page, "https://news.example/en/page.html"),
      (std::vector<std::string>{"https://news.example/en/rss.xml", "https://news.example/atom",
                                "https://cdn.example/feed.json", "https://news.example/body-feed",
                                "https://news.example/index.rdf"}));
  EXPECT_TRUE(DiscoverFeeds("<p>no feeds \xFF</p>", "https://news.example/").empty());
}

}  // namespace
}  // namespace newsdesk::crawl
