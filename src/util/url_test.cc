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

}  // namespace
}  // namespace newsdesk
