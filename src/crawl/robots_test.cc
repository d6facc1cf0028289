#include "crawl/robots.h"

#include <gtest/gtest.h>

#include <string>

namespace newsdesk::crawl {
namespace {

// RFC 9309 section 5.1's example file.
constexpr std::string_view kRfcExample =
    "User-Agent: *\n"
    "Disallow: *.gif$\n"
    "Disallow: /example/\n"
    "Allow: /publications/\n"
    "\n"
    "User-Agent: foobot\n"
    "Disallow:/\n"
    "Allow:/example/page.html\n"
    "Allow:/example/allowed.gif\n"
    "\n"
    "User-Agent: barbot\n"
    "User-Agent: bazbot\n"
    "Disallow: /example/page.html\n"
    "\n"
    "User-Agent: quxbot\n";

TEST(RobotsTest, RfcExampleGroups) {
  Robots r = ParseRobots(kRfcExample);
  ASSERT_EQ(r.groups().size(), 4u);
  EXPECT_EQ(r.groups()[2].agents, (std::vector<std::string>{"barbot", "bazbot"}));
  // foobot: everything disallowed but two pages.
  EXPECT_FALSE(r.Allowed("foobot", "/"));
  EXPECT_FALSE(r.Allowed("FooBot/1.0", "/example/other.html"));
  EXPECT_TRUE(r.Allowed("foobot", "/example/page.html"));
  EXPECT_TRUE(r.Allowed("foobot", "/example/allowed.gif"));
  // barbot and bazbot share one group.
  EXPECT_FALSE(r.Allowed("barbot", "/example/page.html"));
  EXPECT_FALSE(r.Allowed("bazbot", "/example/page.html"));
  EXPECT_TRUE(r.Allowed("bazbot", "/example/other.html"));
  EXPECT_TRUE(r.Allowed("bazbot", "/a.gif"));  // the "*" group is not merged in
  // quxbot's group is empty: everything allowed.
  EXPECT_TRUE(r.Allowed("quxbot", "/example/x.gif"));
  // Anyone else takes "*".
  EXPECT_FALSE(r.Allowed("otherbot", "/a/b.gif"));
  EXPECT_TRUE(r.Allowed("otherbot", "/a/b.gif?x"));  // '$' anchors the end
  EXPECT_FALSE(r.Allowed("otherbot", "/example/x"));
  EXPECT_TRUE(r.Allowed("otherbot", "/publications/x"));
  EXPECT_TRUE(r.Allowed("otherbot", "/robots.txt"));
}

// RFC 9309 section 5.2: the longest match wins; Allow wins a tie.
TEST(RobotsTest, LongestMatchAndAllowTie) {
  Robots r = ParseRobots(
      "User-Agent: foobot\n"
      "Allow: /example/page/\n"
      "Disallow: /example/page/disallowed.gif\n"
      "Allow: /tie\n"
      "Disallow: /tie\n"
      "Disallow: /folder\n"
      "Allow: /folder/\n");
  EXPECT_TRUE(r.Allowed("foobot", "/example/page/"));
  EXPECT_TRUE(r.Allowed("foobot", "/example/page/x.gif"));
  EXPECT_FALSE(r.Allowed("foobot", "/example/page/disallowed.gif"));
  EXPECT_TRUE(r.Allowed("foobot", "/tie/x"));
  EXPECT_FALSE(r.Allowed("foobot", "/folder"));
  EXPECT_TRUE(r.Allowed("foobot", "/folder/a"));
}

TEST(RobotsTest, Wildcards) {
  Robots r = ParseRobots(
      "user-agent: *\n"
      "disallow: /*/print$\n"
      "disallow: /search*q=\n"
      "disallow: /**/private/*.pdf\n"
      "allow: /$\n"
      "disallow: /only-root$x\n");  // '$' not at the end is a plain character
  EXPECT_FALSE(r.Allowed("x", "/news/print"));
  EXPECT_TRUE(r.Allowed("x", "/news/print/more"));
  EXPECT_FALSE(r.Allowed("x", "/search?lang=en&q=x"));
  EXPECT_TRUE(r.Allowed("x", "/search?lang=en"));
  EXPECT_FALSE(r.Allowed("x", "/a/b/private/c/d.pdf"));
  EXPECT_TRUE(r.Allowed("x", "/a/b/public/d.pdf"));
  EXPECT_TRUE(r.Allowed("x", "/"));
  EXPECT_FALSE(r.Allowed("x", "/only-root$x"));
}

TEST(RobotsTest, NewsdeskGroupBeatsStar) {
  Robots r = ParseRobots(
      "User-agent: *\n"
      "Disallow: /\n"
      "Crawl-delay: 10\n"
      "\n"
      "User-agent: Newsdesk\n"
      "Disallow: /private/\n"
      "Crawl-delay: 2.5\n"
      "\n"
      "User-agent: newsdesk\n"  // a second group for us: merged with the first
      "Disallow: /drafts/\n");
  const char* ua = "newsdesk/0.1 (+https://example.org/bot)";
  EXPECT_TRUE(r.Allowed(ua, "/world/story.html"));
  EXPECT_FALSE(r.Allowed(ua, "/private/a"));
  EXPECT_FALSE(r.Allowed(ua, "/drafts/a"));
  EXPECT_FALSE(r.Allowed("otherbot", "/world/story.html"));
  EXPECT_EQ(r.CrawlDelay(ua), 2.5);
  EXPECT_EQ(r.CrawlDelay("otherbot"), 10.0);
  // A token that only starts like ours is another crawler.
  EXPECT_FALSE(r.Allowed("newsdeskbot", "/world/story.html"));
}

TEST(RobotsTest, CrawlDelayForms) {
  Robots r = ParseRobots(
      "User-agent: a\nCrawl-delay: soon\nCrawl-delay: 0.5\n"
      "User-agent: b\nCrawl-delay: -3\n"
      "User-agent: c\nDisallow: /x\n");
  EXPECT_EQ(r.CrawlDelay("a"), 0.5);  // the first valid value
  EXPECT_FALSE(r.CrawlDelay("b").has_value());
  EXPECT_FALSE(r.CrawlDelay("c").has_value());
  EXPECT_FALSE(r.CrawlDelay("d").has_value());
}

TEST(RobotsTest, SitemapsCommentsCrlfBomAndJunk) {
  Robots r = ParseRobots(
      "\xEF\xBB\xBF# our robots\r\n"
      "Sitemap: https://news.example/sitemap.xml\r\n"
      "User-agent: *   # everyone\r\n"
      "this line has no colon\r\n"
      "Disallow: /admin # staff only\r\n"
      "Unknown-field: whatever\r\n"
      "SITEMAP:https://news.example/news-sitemap.xml\r"
      "Disallow: /tmp/");
  EXPECT_EQ(r.sitemaps(), (std::vector<std::string>{"https://news.example/sitemap.xml",
                                                    "https://news.example/news-sitemap.xml"}));
  ASSERT_EQ(r.groups().size(), 1u);
  EXPECT_EQ(r.groups()[0].rules.size(), 2u);
  EXPECT_FALSE(r.Allowed("x", "/admin/users"));
  EXPECT_FALSE(r.Allowed("x", "/tmp/a"));
  EXPECT_TRUE(r.Allowed("x", "/news"));
}

TEST(RobotsTest, RulesBeforeAnyAgentAndEmptyDisallow) {
  Robots r = ParseRobots("Disallow: /\nUser-agent: *\nDisallow:\n");
  EXPECT_TRUE(r.Allowed("x", "/anything"));
  EXPECT_TRUE(ParseRobots("").Allowed("x", "/anything"));
  // No "*" group and no group for us: allowed.
  EXPECT_TRUE(ParseRobots("User-agent: other\nDisallow: /\n").Allowed("x", "/a"));
}

TEST(RobotsTest, PercentEncodingNormalised) {
  EXPECT_EQ(NormalizeRobotsPath("/%7efoo/%2fbar/%e2%82%ac/\xE2\x82\xAC"),
            "/~foo/%2Fbar/%E2%82%AC/%E2%82%AC");
  Robots r = ParseRobots(
      "User-agent: *\n"
      "Disallow: /%7Euser/\n"
      "Disallow: /caf\xC3\xA9\n"
      "Disallow: /a%2fb\n");
  EXPECT_FALSE(r.Allowed("x", "/~user/home"));
  EXPECT_FALSE(r.Allowed("x", "/caf%c3%a9/menu"));
  EXPECT_FALSE(r.Allowed("x", "/a%2Fb"));
  EXPECT_TRUE(r.Allowed("x", "/a/b"));  // an encoded '/' is not a '/'
}

TEST(RobotsTest, WholeUrlsAndFragments) {
  Robots r = ParseRobots("User-agent: *\nDisallow: /private\n");
  EXPECT_FALSE(r.Allowed("x", "https://news.example/private/a#top"));
  EXPECT_TRUE(r.Allowed("x", "https://news.example"));
  EXPECT_TRUE(r.Allowed("x", ""));
}

TEST(RobotsTest, StatusHelpers) {
  EXPECT_TRUE(Robots::AllowAll().Allowed("x", "/a"));
  EXPECT_FALSE(Robots::DisallowAll().Allowed("x", "/a"));
  EXPECT_TRUE(Robots::DisallowAll().Allowed("x", "/robots.txt"));
}

TEST(RobotsTest, ParseLimit) {
  std::string text = "User-agent: *\n";
  while (text.size() < kMaxRobotsBytes - 100) text += "Allow: /ok\n";
  text += "Disallow: /early\n";  // inside the limit
  while (text.size() < kMaxRobotsBytes + 100) text += "Allow: /ok\n";
  text += "Disallow: /late\n";  // past it: ignored
  Robots r = ParseRobots(text);
  EXPECT_FALSE(r.Allowed("x", "/early"));
  EXPECT_TRUE(r.Allowed("x", "/late"));
}

TEST(RobotsTest, ManyWildcardsStayFast) {
  std::string pattern = "/";
  for (int i = 0; i < 2000; ++i) pattern += "*a";
  Robots r = ParseRobots("User-agent: *\nDisallow: " + pattern + "b\n");
  EXPECT_TRUE(r.Allowed("x", "/" + std::string(5000, 'a')));
}

}  // namespace
}  // namespace newsdesk::crawl
