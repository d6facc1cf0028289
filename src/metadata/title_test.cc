#include "metadata/title.h"

#include <gtest/gtest.h>

#include "html/tree_builder.h"
#include "metadata/metadata.h"

namespace newsdesk::metadata {
namespace {

std::string TitleOf(std::string_view html) {
  Arena arena;
  dom::Document doc;
  html::TreeBuilder builder;
  builder.Build(html, {}, &arena, &doc);
  PageFacts facts;
  facts.Collect(doc);
  Article article;
  ResolveMetadata(facts, MetadataContext{}, &article);
  return article.title;
}

TEST(Title, VisibleHeadlineWinsWhenTheTitleTagAgrees) {
  EXPECT_EQ(
      TitleOf("<title>Rail strike ends | Daily</title><h1>Logo</h1><h1>Rail strike ends</h1>"),
      "Rail strike ends");
}

TEST(Title, SiteSuffixIsDropped) {
  EXPECT_EQ(TitleOf("<title>Rail strike called off - The Daily Ledger</title>"),
            "Rail strike called off");
  EXPECT_EQ(StripSiteSuffix("Long headline | Site"), "Long headline");
  EXPECT_EQ(StripSiteSuffix("Short - A much longer second part of the title"),
            "Short - A much longer second part of the title");
}

TEST(Title, OpenGraphBeforeTitleTag) {
  EXPECT_EQ(TitleOf("<title>Home</title><meta property=og:title content='Real headline here'>"),
            "Real headline here");
}

TEST(Title, NoneFound) { EXPECT_EQ(TitleOf("<p>just text</p>"), ""); }

}  // namespace
}  // namespace newsdesk::metadata
