#include "crawl/sitemaps.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <string>

namespace newsdesk::crawl {
namespace {

// `data` gzip-compressed (a gzip header, as web servers send .xml.gz).
std::string Gzip(std::string_view data) {
  z_stream zs{};
  EXPECT_EQ(deflateInit2(&zs, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&zs, data.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&zs, Z_FINISH), Z_STREAM_END);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

Sitemap MustParse(std::string_view bytes, std::string_view base = "https://news.example/s.xml") {
  Result<Sitemap> r = ParseSitemap(bytes, base);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? r.value() : Sitemap();
}

constexpr std::string_view kUrlset =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"\n"
    "        xmlns:image=\"http://www.google.com/schemas/sitemap-image/1.1\">\n"
    "  <url><loc> https://news.example/a?x=1&amp;y=2 </loc><lastmod>2024-03-14</lastmod>\n"
    "    <changefreq>daily</changefreq>\n"
    "    <image:image><image:loc>https://news.example/a.jpg</image:loc></image:image></url>\n"
    "  <url><loc>/relative</loc></url>\n"
    "  <url><lastmod>2024-03-14</lastmod></url>\n"
    "  <url><loc>mailto:desk@news.example</loc></url>\n"
    "</urlset>\n";

TEST(SitemapTest, Urlset) {
  Sitemap s = MustParse(kUrlset);
  EXPECT_FALSE(s.index);
  EXPECT_FALSE(s.truncated);
  ASSERT_EQ(s.entries.size(), 2u);  // no loc, and a mailto: loc, are dropped
  EXPECT_EQ(s.entries[0].url, "https://news.example/a?x=1&y=2");
  EXPECT_EQ(s.entries[0].lastmod, "2024-03-14");
  EXPECT_EQ(s.entries[1].url, "https://news.example/relative");
}

TEST(SitemapTest, Index) {
  Sitemap s = MustParse(
      "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
      "<sitemap><loc>https://news.example/sitemap-1.xml.gz</loc>"
      "<lastmod>2024-03-14T07:30:00+00:00</lastmod></sitemap>\n"
      "<sitemap><loc>https://news.example/news.xml</loc></sitemap>\n"
      "<url><loc>https://news.example/not-in-an-index</loc></url>\n"
      "</sitemapindex>");
  EXPECT_TRUE(s.index);
  ASSERT_EQ(s.entries.size(), 2u);
  EXPECT_EQ(s.entries[0].url, "https://news.example/sitemap-1.xml.gz");
  EXPECT_EQ(s.entries[0].lastmod, "2024-03-14T07:30:00+00:00");
  EXPECT_EQ(s.entries[1].url, "https://news.example/news.xml");
}

TEST(SitemapTest, GoogleNews) {
  Sitemap s = MustParse(
      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"\n"
      "        xmlns:n=\"http://www.google.com/schemas/sitemap-news/0.9\">\n"
      "<url><loc>https://news.example/business/article55.html</loc>\n"
      "  <n:news><n:publication><n:name>The Example Times</n:name><n:language>en</n:language>"
      "</n:publication>\n"
      "    <n:publication_date>2008-12-23</n:publication_date>\n"
      "    <n:title>Companies A, B in Merger Talks</n:title></n:news></url>\n"
      "<url><loc>https://news.example/other</loc>"
      "<title xmlns=\"http://example.org/other\">not news</title></url>\n"
      "</urlset>");
  ASSERT_EQ(s.entries.size(), 2u);
  EXPECT_EQ(s.entries[0].news_title, "Companies A, B in Merger Talks");
  EXPECT_EQ(s.entries[0].news_date, "2008-12-23");
  EXPECT_EQ(s.entries[1].news_title, "");
}

TEST(SitemapTest, Gzip) {
  Sitemap s = MustParse(Gzip(kUrlset));
  ASSERT_EQ(s.entries.size(), 2u);
  EXPECT_EQ(s.entries[0].url, "https://news.example/a?x=1&y=2");
  // A text sitemap gzipped too.
  EXPECT_EQ(MustParse(Gzip("https://news.example/t\n")).entries.size(), 1u);
  // Corrupt gzip data: an error.
  std::string broken = Gzip(kUrlset);
  broken.resize(broken.size() / 2);
  EXPECT_EQ(ParseSitemap(broken, "").status().code(), StatusCode::kCorruptInput);
}

TEST(SitemapTest, GzipBombBounded) {
  std::string big(kMaxSitemapBytes + 1024, ' ');
  big.replace(0, 8, "<urlset>");
  Result<Sitemap> r = ParseSitemap(Gzip(big), "");
  EXPECT_EQ(r.status().code(), StatusCode::kLimitExceeded);
}

TEST(SitemapTest, Text) {
  Sitemap s = MustParse(
      "\xEF\xBB\xBFhttps://news.example/one\r\n"
      "\n"
      "  https://news.example/two  \n"
      "not a url\n"
      "/relative/is/not/allowed\n"
      "https://news.example/three");
  EXPECT_FALSE(s.index);
  ASSERT_EQ(s.entries.size(), 3u);
  EXPECT_EQ(s.entries[1].url, "https://news.example/two");
  EXPECT_EQ(s.entries[2].url, "https://news.example/three");
}

TEST(SitemapTest, UrlCap) {
  std::string xml = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">";
  std::string text;
  for (std::size_t i = 0; i < kMaxSitemapUrls + 10; ++i) {
    std::string url = "https://news.example/p/" + std::to_string(i);
    xml += "<url><loc>" + url + "</loc></url>";
    text += url + "\n";
  }
  xml += "</urlset>";
  Sitemap s = MustParse(xml);
  EXPECT_EQ(s.entries.size(), kMaxSitemapUrls);
  EXPECT_TRUE(s.truncated);
  EXPECT_EQ(s.entries.back().url, "https://news.example/p/49999");
  Sitemap t = MustParse(text);
  EXPECT_EQ(t.entries.size(), kMaxSitemapUrls);
  EXPECT_TRUE(t.truncated);
}

TEST(SitemapTest, MalformedAndRefused) {
  Result<Sitemap> r = ParseSitemap(
      "<urlset><url><loc>https://news.example/1</loc></url><url><loc>https://news.example/2", "");
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->truncated);
  EXPECT_EQ(r->entries.size(), 1u);
  EXPECT_EQ(ParseSitemap("<urlset><url><loc>x</url>", "").status().code(),
            StatusCode::kCorruptInput);
  EXPECT_EQ(ParseSitemap("<html><body>404</body></html>", "").status().code(),
            StatusCode::kCorruptInput);
  // A sitemap-looking root in a foreign namespace is not ours.
  EXPECT_FALSE(ParseSitemap("<urlset xmlns=\"http://example.org/x\"/>", "").ok());
  EXPECT_EQ(ParseSitemap("<!DOCTYPE urlset [<!ENTITY a \"aaaa\">]><urlset><url><loc>&a;</loc>"
                         "</url></urlset>",
                         "")
                .status()
                .code(),
            StatusCode::kCorruptInput);
}

}  // namespace
}  // namespace newsdesk::crawl
