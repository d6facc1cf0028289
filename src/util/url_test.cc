#include "util/url.h"

#include <gtest/gtest.h>

namespace newsdesk {
namespace {

struct Case {
  const char* in;
  const char* want;
};

TEST(NormalizeUrlTest, Table) {
  const Case cases[] = {
      {"https://example.com/a", "https://example.com/a"},
      {"HTTPS://Example.COM/Path/Case", "https://example.com/Path/Case"},
      {"  https://example.com/a  ", "https://example.com/a"},
      {"https://example.com", "https://example.com/"},
      {"http://example.com:80/a", "http://example.com/a"},
      {"https://example.com:443/a", "https://example.com/a"},
      {"https://example.com:8443/a", "https://example.com:8443/a"},
      {"http://example.com:443/a", "http://example.com:443/a"},
      {"https://example.com/a#comments", "https://example.com/a"},
      {"https://example.com./a", "https://example.com/a"},
      {"https://user@example.com/a", "https://example.com/a"},
      {"https://example.com/a?utm_source=x&utm_medium=y", "https://example.com/a"},
      {"https://example.com/a?UTM_Campaign=x&id=3", "https://example.com/a?id=3"},
      {"https://example.com/a?fbclid=1&gclid=2&mc_cid=3&mc_eid=4", "https://example.com/a"},
      {"https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2"},
      {"https://example.com/a?b=2&&a=1&", "https://example.com/a?a=1&b=2"},
      {"https://example.com/a?", "https://example.com/a"},
      {"https://example.com/a?amp=1", "https://example.com/a"},
      {"https://example.com/a?amp", "https://example.com/a"},
      {"https://example.com/amp/news/story", "https://example.com/news/story"},
      {"https://example.com/news/story/amp", "https://example.com/news/story"},
      {"https://example.com/news/story/amp/", "https://example.com/news/story/"},
      {"https://example.com/news/story.amp", "https://example.com/news/story"},
      {"https://example.com/news/story.amp.html", "https://example.com/news/story.html"},
      {"https://amp.example.com/news/story", "https://example.com/news/story"},
      {"https://example.com/news/ampersand", "https://example.com/news/ampersand"},
      {"https://example.com/news/champ", "https://example.com/news/champ"},
      {"https://example.com/a?example=1", "https://example.com/a?example=1"},
      {"ftp://example.com/a", ""},
      {"example.com/a", ""},
      {"", ""},
      {"https://", ""},
      {"https:///path", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(NormalizeUrl(c.in), c.want) << c.in;
}

TEST(UrlHostTest, Table) {
  const Case cases[] = {
      {"https://www.Example.com:8080/a", "example.com"},
      {"https://amp.example.com/a", "example.com"},
      {"https://news.example.co.uk/a?x", "news.example.co.uk"},
      {"not a url", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(UrlHost(c.in), c.want) << c.in;
}

// RFC 3986 section 5.4.1 and 5.4.2: every normal example and the abnormal ones we meet, with the
// fragment dropped (we never keep one).
TEST(ResolveUrlTest, Rfc3986Examples) {
  const char* base = "http://a/b/c/d;p?q";
  const Case cases[] = {
      {"g:h", "g:h"},
      {"g", "http://a/b/c/g"},
      {"./g", "http://a/b/c/g"},
      {"g/", "http://a/b/c/g/"},
      {"/g", "http://a/g"},
      {"//g", "http://g"},
      {"?y", "http://a/b/c/d;p?y"},
      {"g?y", "http://a/b/c/g?y"},
      {"#s", "http://a/b/c/d;p?q"},
      {"g#s", "http://a/b/c/g"},
      {"g?y#s", "http://a/b/c/g?y"},
      {";x", "http://a/b/c/;x"},
      {"g;x", "http://a/b/c/g;x"},
      {"", "http://a/b/c/d;p?q"},
      {".", "http://a/b/c/"},
      {"./", "http://a/b/c/"},
      {"..", "http://a/b/"},
      {"../", "http://a/b/"},
      {"../g", "http://a/b/g"},
      {"../..", "http://a/"},
      {"../../", "http://a/"},
      {"../../g", "http://a/g"},
      {"../../../g", "http://a/g"},
      {"../../../../g", "http://a/g"},
      {"/./g", "http://a/g"},
      {"/../g", "http://a/g"},
      {"g.", "http://a/b/c/g."},
      {".g", "http://a/b/c/.g"},
      {"g..", "http://a/b/c/g.."},
      {"..g", "http://a/b/c/..g"},
      {"./../g", "http://a/b/g"},
      {"./g/.", "http://a/b/c/g/"},
      {"g/./h", "http://a/b/c/g/h"},
      {"g/../h", "http://a/b/c/h"},
      {"g;x=1/./y", "http://a/b/c/g;x=1/y"},
      {"g;x=1/../y", "http://a/b/c/y"},
      {"g?y/./x", "http://a/b/c/g?y/./x"},
      {"g#s/../x", "http://a/b/c/g"},
  };
  for (const Case& c : cases) EXPECT_EQ(ResolveUrl(base, c.in), c.want) << c.in;
}

TEST(ResolveUrlTest, FeedsAndPages) {
  EXPECT_EQ(ResolveUrl("https://news.example/feed.xml", "  /world/a.html\n"),
            "https://news.example/world/a.html");
  EXPECT_EQ(ResolveUrl("https://news.example", "a.html"), "https://news.example/a.html");
  EXPECT_EQ(ResolveUrl("https://news.example/x/", "//cdn.example/i.png"),
            "https://cdn.example/i.png");
  EXPECT_EQ(ResolveUrl("https://news.example/x/", "HTTPS://Other.example/y"),
            "HTTPS://Other.example/y");
  EXPECT_EQ(ResolveUrl("https://news.example/x/", "mailto:desk@news.example"),
            "mailto:desk@news.example");
  // A relative base cannot resolve anything; an absolute ref needs no base.
  EXPECT_EQ(ResolveUrl("/feed.xml", "a.html"), "");
  EXPECT_EQ(ResolveUrl("", "a.html"), "");
  EXPECT_EQ(ResolveUrl("", "https://a.example/"), "https://a.example/");
  // A colon after the first slash is no scheme.
  EXPECT_EQ(ResolveUrl("https://a.example/d/", "x/y:z"), "https://a.example/d/x/y:z");
}

TEST(IsHttpUrlTest, Table) {
  EXPECT_TRUE(IsHttpUrl("https://a.example/x"));
  EXPECT_TRUE(IsHttpUrl("HTTP://a.example"));
  EXPECT_FALSE(IsHttpUrl("ftp://a.example/x"));
  EXPECT_FALSE(IsHttpUrl("https:///x"));
  EXPECT_FALSE(IsHttpUrl("/x"));
  EXPECT_FALSE(IsHttpUrl("javascript:alert(1)"));
}

}  // namespace
}  // namespace newsdesk
