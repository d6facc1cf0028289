#include "metadata/json_ld.h"

#include <gtest/gtest.h>

namespace newsdesk::metadata {
namespace {

TEST(JsonLd, GraphWithPersonReferences) {
  JsonLdFacts facts;
  ASSERT_TRUE(ReadJsonLd(R"({"@context":"https://schema.org","@graph":[
      {"@type":"WebSite","name":"The Coastal Herald"},
      {"@type":["NewsArticle"],"headline":"Night ferry returns","author":{"@id":"#jane"},
       "datePublished":"2024-03-14T07:30:00Z","articleSection":["Travel"],
       "keywords":"ferries, islands","image":{"@type":"ImageObject","url":"https://x/i.jpg"}},
      {"@type":"Person","@id":"#jane","name":"Jane Doe"}]})",
                         &facts));
  ASSERT_EQ(facts.articles.size(), 1u);
  const JsonLdArticle& a = facts.articles[0];
  EXPECT_EQ(a.type, "NewsArticle");
  EXPECT_EQ(a.headline, "Night ferry returns");
  EXPECT_EQ(a.author_ids, std::vector<std::string>{"#jane"});
  EXPECT_EQ(a.person_authors, std::vector<std::string>{"@id:#jane"});
  EXPECT_EQ(a.date_published, "2024-03-14T07:30:00Z");
  EXPECT_EQ(a.sections, std::vector<std::string>{"Travel"});
  EXPECT_EQ(a.keywords, (std::vector<std::string>{"ferries", "islands"}));
  EXPECT_EQ(a.image, "https://x/i.jpg");
  EXPECT_EQ(facts.website_name, "The Coastal Herald");
  ASSERT_EQ(facts.people.size(), 1u);
  EXPECT_EQ(facts.people[0].second, "Jane Doe");
}

TEST(JsonLd, AuthorsAsStringObjectOrList) {
  JsonLdFacts facts;
  ASSERT_TRUE(
      ReadJsonLd(R"([{"@type":"BlogPosting","author":["Ann Lee",{"@type":"Person","name":"Bo Li"},
      {"@type":"Organization","name":"Acme News"}]}])",
                 &facts));
  ASSERT_EQ(facts.articles.size(), 1u);
  EXPECT_EQ(facts.articles[0].person_authors, (std::vector<std::string>{"Ann Lee", "Bo Li"}));
  EXPECT_EQ(facts.articles[0].organisation_authors, std::vector<std::string>{"Acme News"});
}

TEST(JsonLd, ArticleTypesComeBeforeWebPage) {
  JsonLdFacts facts;
  ReadJsonLd(R"({"@type":"WebPage","name":"Page"})", &facts);
  ReadJsonLd(R"({"@type":"Article","headline":"Story"})", &facts);
  ASSERT_EQ(facts.articles.size(), 2u);
  EXPECT_EQ(facts.articles[0].headline, "Story");
}

TEST(JsonLd, MalformedIsSkippedAndRawNewlinesTolerated) {
  JsonLdFacts facts;
  EXPECT_FALSE(ReadJsonLd("{not json", &facts));
  EXPECT_FALSE(ReadJsonLd("", &facts));
  EXPECT_TRUE(ReadJsonLd("<!-- {\"@type\":\"Article\",\"headline\":\"Line\nbreak\"} -->", &facts));
  ASSERT_EQ(facts.articles.size(), 1u);
  EXPECT_EQ(facts.articles[0].headline, "Line break");
}

}  // namespace
}  // namespace newsdesk::metadata
