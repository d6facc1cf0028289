// Metadata precedence through the public API: which of a page's sources gives Article::date,
// ::modified and ::authors, and the name --explain reports for it (Article::sources).
#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "newsdesk/extract.h"

namespace newsdesk {
namespace {

const char kBody[] =
    "<p>The council voted on Tuesday to build protected cycle lanes along the harbour road, "
    "ending a long argument over the busiest street in the old town and its narrow pavements.</p>"
    "<p>Work starts in spring and should take eighteen months, the transport office said, with "
    "the market square closed to cars for the first six of them while the drains are relaid.</p>";

std::string DateOf(const std::string& html) {
  auto a = Extract(html);
  EXPECT_TRUE(a.ok());
  return a.ok() ? a->date.substr(0, 10) : "";
}

TEST(MetadataDates, OnlyAModifiedDateDatesThePage) {
  EXPECT_EQ(
      DateOf("<html><head><meta property='article:modified_time' content='2025-06-12T10:00:00Z'>"
             "</head><body><article><h1>Cycle lanes for the harbour road</h1>" +
             std::string(kBody) + "</article></body></html>"),
      "2025-06-12");
}

TEST(MetadataDates, TimeUnderAPublishedLabelAnywhereOnThePage) {
  std::string page = "<html><body><article><h1>Cycle lanes for the harbour road</h1>" +
                     std::string(kBody) +
                     "</article><aside><h4>Reviewed</h4><time datetime='2020-10-08'>8 October "
                     "2020</time><h4>Published</h4><time datetime='2018-11-15T12:00:00Z'>15 "
                     "November 2018</time></aside></body></html>";
  EXPECT_EQ(DateOf(page), "2018-11-15");
}

TEST(MetadataDates, DateRightAfterTheFirstBylineNotATeasersOne) {
  std::string page = "<html><body><article><h1>Cycle lanes for the harbour road</h1>" +
                     std::string(kBody) +
                     "<div><p>Written by <a href='/author/jane'>Jane Doe</a></p><p>April 8, "
                     "2024</p></div></article><aside><div><p>by <a href='/author/john'>John "
                     "Roe</a></p><p>Updated October 17, 2025</p></div></aside></body></html>";
  EXPECT_EQ(DateOf(page), "2024-04-08");
}

// A UTC timestamp just after midnight is the evening before where the page was published: the
// day its URL or its dateline shows wins, without the time (the page's zone is not known).
TEST(MetadataDates, UtcTimestampAfterMidnightTakesTheDayThePageShows) {
  std::string page =
      "<html><head><meta property='article:published_time' content='2025-12-19T02:30:00Z'>"
      "</head><body><article><h1>Cycle lanes for the harbour road</h1>" +
      std::string(kBody) + "</article></body></html>";
  ExtractOptions options;
  options.url = "https://example.org/news/2025/12/18/cycle-lanes";
  auto a = Extract(page, options);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->date, "2025-12-18");
  options.url = "https://example.org/news/cycle-lanes";  // no day shown: the timestamp stays
  a = Extract(page, options);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->date.substr(0, 10), "2025-12-19");
  // A day the instant cannot fall on in any zone is another item's: the timestamp stays.
  options.url = "https://example.org/news/2025/12/16/cycle-lanes";
  a = Extract(page, options);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->date.substr(0, 10), "2025-12-19");
}

// A page builder stamps its last save as both the publication and the modification date; the
// day the page shows under its headline, earlier, is when it was first published.
TEST(MetadataDates, MarkupDateThatIsTheLastSaveGivesWayToAnEarlierShownDay) {
  auto page = [](const std::string& modified, const std::string& shown) {
    return "<html><head><meta property='article:published_time' content='2025-06-24T09:00:00Z'>"
           "<meta property='article:modified_time' content='" +
           modified + "'></head><body><article><h1>Cycle lanes for the harbour road</h1><p>" +
           shown + "</p>" + std::string(kBody) + "</article></body></html>";
  };
  EXPECT_EQ(DateOf(page("2025-06-24T09:00:00Z", "August 25, 2024")), "2024-08-25");
  EXPECT_EQ(DateOf(page("2025-06-25T11:00:00Z", "August 25, 2024")), "2024-08-25");
  // Modified long after: the markup's publication date is its own, and stays.
  EXPECT_EQ(DateOf(page("2025-11-02T09:00:00Z", "August 25, 2024")), "2025-06-24");
  // A shown day later than the markup's is a revision's or another item's: the markup stays.
  EXPECT_EQ(DateOf(page("2025-06-24T09:00:00Z", "December 18, 2025")), "2025-06-24");
  // The article's own <time> confirms the markup: a related item's earlier day beside it is not
  // the article's.
  EXPECT_EQ(DateOf("<html><head><meta property='article:published_time' "
                   "content='2025-06-24T09:00:00Z'><meta property='article:modified_time' "
                   "content='2025-06-24T10:00:00Z'></head><body><article><h1>Cycle lanes for "
                   "the harbour road</h1><time datetime='2025-06-24'>24 June 2025</time>" +
                   std::string(kBody) +
                   "</article><aside><p>Posted on August 25, 2024</p></aside></body></html>"),
            "2025-06-24");
}

TEST(MetadataDates, TimestampWithALocalOffsetIsKept) {
  std::string page =
      "<html><head><meta property='article:published_time' content='2025-12-18T21:30:00-05:00'>"
      "</head><body><article><h1>Cycle lanes for the harbour road</h1>" +
      std::string(kBody) + "</article></body></html>";
  ExtractOptions options;
  options.url = "https://example.org/news/2025/12/19/cycle-lanes";
  auto a = Extract(page, options);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->date, "2025-12-18T21:30:00-05:00");
}

TEST(MetadataDates, NoDateOnThePageGivesNone) {
  EXPECT_EQ(DateOf("<html><body><article><h1>Cycle lanes for the harbour road</h1>" +
                   std::string(kBody) + "</article></body></html>"),
            "");
}

// The article and the source --explain names for `field` ("" when none).
std::pair<Article, std::string> WithSource(const std::string& html, std::string_view field) {
  ExtractOptions options;
  options.report_boilerplate = true;
  auto a = Extract(html, options);
  EXPECT_TRUE(a.ok());
  if (!a.ok()) return {};
  std::string source;
  for (const auto& [f, s] : a->sources)
    if (f == field) source = s;
  return {*a, source};
}

// 200 teaser links: what puts an author box or a dateline far below the article.
std::string RelatedLinks() {
  std::string links;
  for (int i = 0; i < 200; ++i)
    links.append("<li><a href=/x>Related story ").append(std::to_string(i)).append("</a></li>");
  return links;
}

std::string Page(const std::string& head, const std::string& before, const std::string& after) {
  return "<html><head>" + head + "</head><body><article><h1>Cycle lanes for the harbour road</h1>" +
         before + kBody + after + "</article></body></html>";
}

// kPublishedSources: JSON-LD beats a meta, a meta beats a <time>, a <time> beats the URL.
TEST(MetadataPrecedence, DateTable) {
  const std::string json_ld =
      "<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
      "\"datePublished\":\"2024-03-01T08:00:00Z\"}</script>";
  const std::string meta = "<meta property='article:published_time' content='2023-05-06'>";
  const std::string time = "<time datetime='2022-07-08'>8 July 2022</time>";
  auto [a, source] = WithSource(Page(json_ld + meta, time, ""), "date");
  EXPECT_EQ(a.date.substr(0, 10), "2024-03-01");
  EXPECT_EQ(source, "json-ld:datePublished");
  std::tie(a, source) = WithSource(Page(meta, time, ""), "date");
  EXPECT_EQ(a.date.substr(0, 10), "2023-05-06");
  EXPECT_EQ(source, "meta:article:published_time");
  std::tie(a, source) = WithSource(Page("", time, ""), "date");
  EXPECT_EQ(a.date.substr(0, 10), "2022-07-08");
  EXPECT_EQ(source, "time");
  std::tie(a, source) =
      WithSource(Page("<meta name='article_date_original' content='2021-02-03'>", "", ""), "date");
  EXPECT_EQ(a.date.substr(0, 10), "2021-02-03");
  EXPECT_EQ(source, "meta:article_date_original");  // the "meta:*" entry names its key
}

// A labelled date far from the headline dates the page when nothing nearer does: "Posted on" as
// the publication, "Last updated" as the revision (and then the date, there being no other).
TEST(MetadataDates, LabelledLinesAnywhere) {
  const std::string filler = RelatedLinks();
  auto [a, source] = WithSource(
      Page("", "", "") + "<ul>" + filler + "</ul><p>Posted on the 15/12/2025 at 19:00 by Ann</p>",
      "date");
  EXPECT_EQ(a.date.substr(0, 10), "2025-12-15");
  EXPECT_EQ(source, "dateline(labelled)");
  std::tie(a, source) = WithSource(
      Page("", "", "") + "<ul>" + filler + "</ul><p>Last updated: November 13, 2025</p>", "date");
  EXPECT_EQ(a.modified.substr(0, 10), "2025-11-13");
  EXPECT_EQ(source, "dateline(updated) (no publication date)");
  // In a comment thread it is the commenter's.
  std::tie(a, source) = WithSource(Page("", "", "") + "<ul>" + filler +
                                       "</ul><div class=comments><p>Posted on 1 May 2025</p></div>",
                                   "date");
  EXPECT_EQ(a.date, "");
}

// --explain lists every date candidate with its source, the winner first among them.
TEST(MetadataPrecedence, ExplainListsEveryDateCandidate) {
  const std::string meta = "<meta property='article:published_time' content='2023-05-06'>";
  const std::string time = "<time datetime='2022-07-08'>8 July 2022</time>";
  auto [a, candidates] = WithSource(Page(meta, time, ""), "date-candidates");
  EXPECT_EQ(a.date.substr(0, 10), "2023-05-06");
  EXPECT_NE(candidates.find("meta:article:published_time: 2023-05-06"), std::string::npos)
      << candidates;
  EXPECT_NE(candidates.find("time: 2022-07-08"), std::string::npos) << candidates;
  EXPECT_LT(candidates.find("meta:article:published_time"), candidates.find("time:"));
  auto [b, titles] = WithSource(
      Page("<title>Cycle lanes for the harbour road | Ledger</title>", "", ""), "title-candidates");
  EXPECT_EQ(
      titles,
      "h1: Cycle lanes for the harbour road; title: Cycle lanes for the harbour road | Ledger");
}

// An author box far below the article ("Written by ...") names the author when nothing near the
// headline does; Google Scholar's "Last, First" tags are turned round, one name per tag.
TEST(MetadataPrecedence, AuthorBoxAndScholarTags) {
  const std::string after_article = RelatedLinks();
  struct Case {
    std::string head, after;  // the page's <head> and what follows the article
    std::vector<std::string> authors;
    std::string source;
  };
  const Case cases[] = {
      {"",
       "<ul>" + after_article + "</ul><div><p>Written by Cassidy Horton</p></div>",
       {"Cassidy Horton"},
       "written-by"},
      {"",
       "<div><h6>Author(s)</h6><ul><li><a href=/a>John A. Alic</a></li>"
       "<li><a href=/b>David C. Mowery</a></li></ul></div>",
       {"John A. Alic", "David C. Mowery"},
       "byline-lead-in"},
      {"",
       "<div><strong>Written by</strong><br><a href=/authors/ann-lee>Ann Lee</a>, "
       "reporter<br><a href=/authors/bo-chan>Bo Chan</a>, editor</div>",
       {"Ann Lee", "Bo Chan"},
       "byline-lead-in"},
      {"<meta name=citation_author content='Roy, Aniruddha'>"
       "<meta name=citation_author content='Jyoti Patel'>",
       "",
       {"Aniruddha Roy", "Jyoti Patel"},
       "meta:citation_author"},
  };
  for (const Case& c : cases) {
    auto [a, source] = WithSource(Page(c.head, "", "") + c.after, "authors");
    EXPECT_EQ(a.authors, c.authors) << c.after;
    EXPECT_EQ(source, c.source) << c.after;
  }
}

// kModifiedSources: JSON-LD dateModified beats article:modified_time; alone, it dates the page.
TEST(MetadataPrecedence, ModifiedTable) {
  const std::string json_ld =
      "<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
      "\"dateModified\":\"2024-04-02T08:00:00Z\"}</script>";
  const std::string meta = "<meta property='article:modified_time' content='2023-01-01'>";
  auto [a, source] = WithSource(Page(json_ld + meta, "", ""), "modified");
  EXPECT_EQ(a.modified.substr(0, 10), "2024-04-02");
  EXPECT_EQ(source, "json-ld:dateModified");
  EXPECT_EQ(a.date.substr(0, 10), "2024-04-02");
  EXPECT_EQ(WithSource(Page(json_ld, "", ""), "date").second,
            "json-ld:dateModified (no publication date)");
}

// kAuthorSources: JSON-LD people beat meta author, meta author beats a visible byline, a byline
// near the headline ("By: ...") is found, and the outlet comes last.
TEST(MetadataPrecedence, AuthorTable) {
  const std::string json_ld =
      "<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
      "\"author\":{\"@type\":\"Person\",\"name\":\"Ann Lee\"}}</script>";
  const std::string meta = "<meta name='author' content='John Roe'>";
  const std::string byline = "<p class='byline'>By Jane Doe</p>";
  auto [a, source] = WithSource(Page(json_ld + meta, byline, ""), "authors");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Ann Lee"});
  EXPECT_EQ(source, "json-ld:author");
  std::tie(a, source) = WithSource(Page(meta, byline, ""), "authors");
  EXPECT_EQ(a.authors, std::vector<std::string>{"John Roe"});
  EXPECT_EQ(source, "meta:author");
  std::tie(a, source) = WithSource(Page("", byline, ""), "authors");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jane Doe"});
  EXPECT_EQ(source, "byline");
  std::tie(a, source) = WithSource(Page("", "<p>By: Jane Doe</p>", ""), "authors");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jane Doe"});
  EXPECT_EQ(source, "byline-near-headline");
  std::tie(a, source) = WithSource(Page("<meta property='og:site_name' content='Harbour Times'>"
                                        "<meta name='author' content='Harbour Times'>",
                                        "", ""),
                                   "authors");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Harbour Times"});
  EXPECT_EQ(source, "meta:author(outlet)");
}

}  // namespace
}  // namespace newsdesk
