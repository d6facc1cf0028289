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

// The error kinds of issue #20, each on a page written for it.

TEST(Title, KickerBeforeTheHeadlineIsLeftOut) {
  EXPECT_EQ(TitleOf("<meta property=og:title content='Rail strike called off after talks'>"
                    "<h1>LIVE: Rail strike called off after talks</h1>"),
            "Rail strike called off after talks");
  EXPECT_EQ(TitleOf("<title>Rail strike called off after talks | Ledger</title>"
                    "<h1><span>Politics</span> : Rail strike called off after talks</h1>"),
            "Rail strike called off after talks");
}

TEST(Title, DateGluedToTheHeadlineIsLeftOut) {
  EXPECT_EQ(TitleOf("<title>Moving the build farm to new hardware - Team blog</title>"
                    "<h1><small>Dec 18 2025</small> Moving the build farm to new hardware</h1>"),
            "Moving the build farm to new hardware");
}

TEST(Title, SiteNameHeadingGivesWayToThePostsTitle) {
  EXPECT_EQ(TitleOf("<title>Notes on a slow cooker stew | Kitchen Diaries</title>"
                    "<h1>Kitchen Diaries</h1><p>Text</p>"),
            "Notes on a slow cooker stew");
}

TEST(Title, HeadingThatAgreesWithTheMarkupWinsOverAnotherHeading) {
  // No container known: both <h1>s are the page's; the one the <title> holds wins.
  EXPECT_EQ(TitleOf("<title>How to build a bird box | Garden Club</title>"
                    "<h1>How to build a bird box</h1><p>Intro</p><h1>Supplies</h1>"),
            "How to build a bird box");
}

TEST(Title, HeadlineWithASeparatorInsideIsKeptWhole) {
  EXPECT_EQ(TitleOf("<title>Budget vote - and what comes next | The Ledger</title>"
                    "<meta property=og:title content='Budget vote - and what comes next'>"),
            "Budget vote - and what comes next");
  EXPECT_EQ(TitleOf("<title>Budget vote - and what comes next | The Ledger</title>"
                    "<h1>Budget vote - and what comes next</h1>"),
            "Budget vote - and what comes next");
}

TEST(Title, DoubleEscapedReferencesAreDecoded) {
  EXPECT_EQ(TitleOf("<meta property=og:title content='The mayor&amp;#8217;s budget'>"),
            "The mayor\xE2\x80\x99s budget");
}

TEST(Title, VisibleHeadlineWinsOverADifferentSeoTitle) {
  // The markup's titles agree with each other, not with the <h1>: the reader sees the <h1>.
  EXPECT_EQ(TitleOf("<title>Best kettles 2026 | Shop</title>"
                    "<meta property=og:title content='Best kettles 2026'>"
                    "<h1>The kettles we liked this year</h1>"),
            "The kettles we liked this year");
}

TEST(Title, CallToActionHeadingGivesWayToTheTitleThePageShows) {
  // The article's <h1> is a call to action no title holds; the markup's title is the line the
  // page shows in its breadcrumb: that is the visible headline.
  EXPECT_EQ(TitleOf("<title>How to Start an LLC in New York | Filers</title>"
                    "<nav><a href=/>Home</a> <span>How to Start an LLC in New York</span></nav>"
                    "<h1>Form your New York LLC today</h1><p>Text</p>"),
            "How to Start an LLC in New York");
  // Shown only in <title> and a hidden element: the <h1> stays.
  EXPECT_EQ(TitleOf("<title>How to Start an LLC in New York | Filers</title>"
                    "<div hidden>How to Start an LLC in New York</div>"
                    "<h1>Form your New York LLC today</h1><p>Text</p>"),
            "Form your New York LLC today");
}

TEST(Title, LinkOrButtonLabelIsNeverTheHeadline) {
  EXPECT_EQ(TitleOf("<title>Harbour bridge to close for repairs | Ledger</title>"
                    "<h1><a href=/more>Read more</a></h1><p>Text</p>"),
            "Harbour bridge to close for repairs");
  EXPECT_EQ(TitleOf("<title>Harbour bridge to close for repairs | Ledger</title>"
                    "<h1>Subscribe now!</h1><p>Text</p>"),
            "Harbour bridge to close for repairs");
  EXPECT_TRUE(IsActionLabel("READ MORE \xC2\xBB"));
  EXPECT_FALSE(IsActionLabel("Read more books, says the minister"));
}

TEST(Title, SiteNameAndSectionLabelAroundTheHeadlineAreLeftOut) {
  std::string label;
  EXPECT_EQ(
      TrimSiteAndSection("Best UK Art Exhibitions 2025 \xE2\x80\x93 Artlyst", "Artlyst", &label),
      "Best UK Art Exhibitions 2025");
  EXPECT_EQ(label, "");
  EXPECT_EQ(TrimSiteAndSection("How meditation rewires brains | Opinion", "The Appeal", &label),
            "How meditation rewires brains");
  EXPECT_EQ(label, "Opinion");
  label.clear();
  EXPECT_EQ(TrimSiteAndSection("Analysis: Rail strike talks collapse again", "", &label),
            "Rail strike talks collapse again");
  EXPECT_EQ(label, "Analysis");
  label.clear();
  EXPECT_EQ(TrimSiteAndSection("Birdbuddy : Shop", "Birdbuddy", &label), "Birdbuddy : Shop");
  EXPECT_EQ(TrimSiteAndSection("Opinion polls close in Ohio", "", &label),
            "Opinion polls close in Ohio");
  // Through the cascade, the label becomes the section when no markup names one.
  Arena arena;
  dom::Document doc;
  html::TreeBuilder builder;
  builder.Build("<h1>How meditation rewires brains | Opinion</h1><p>Text</p>", {}, &arena, &doc);
  PageFacts facts;
  facts.Collect(doc);
  Article article;
  ResolveMetadata(facts, MetadataContext{}, &article);
  EXPECT_EQ(article.title, "How meditation rewires brains");
  EXPECT_EQ(article.section, "Opinion");
}

TEST(Title, MojibakeAndBulletSiteParts) {
  // A page whose UTF-8 was read as windows-1252 once before it was saved.
  EXPECT_EQ(TitleOf("<h1>A DIY Investor\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s Guide</h1>"),
            "A DIY Investor\xE2\x80\x99s Guide");
  EXPECT_EQ(TitleOf("<title>A brief intro to git \xE2\x80\xA2 Cory's Notes</title>"),
            "A brief intro to git");
}

TEST(Title, DoubleEscapedReferencesInAHeadingAreDecoded) {
  EXPECT_EQ(TitleOf("<title>Tools for 2026 | Python, SQL &amp; AI | Site</title>"
                    "<h1>Tools for 2026 | Python, SQL &amp;#x26; AI</h1>"),
            "Tools for 2026 | Python, SQL & AI");
}

TEST(Title, PipeTailOfAHeadlineIsCut) {
  // Every source carries the tail, the <h1> too: the pipe sets it off all the same.
  EXPECT_EQ(TitleOf("<title>Best Movers in NYC 2025 | Top 19 Companies | Movely</title>"
                    "<h1>Best Movers in NYC 2025 | Top 19 Companies</h1><p>Text</p>"),
            "Best Movers in NYC 2025");
  EXPECT_EQ(CutPipeTail("How to help babies sleep at night | Patient Education | City Hospital"),
            "How to help babies sleep at night");
  // What stays must read as a headline: three words, and not shorter than the tail.
  EXPECT_EQ(CutPipeTail("Rates | What the central bank decided"),
            "Rates | What the central bank decided");
  EXPECT_EQ(CutPipeTail("Rate rise | The central bank's decision explained"),
            "Rate rise | The central bank's decision explained");
  EXPECT_EQ(CutPipeTail("Rail strike called off - union"), "Rail strike called off - union");
  // A tail of more than five words is a second headline, not a label.
  EXPECT_EQ(CutPipeTail("Top 10 Cameras Under $2500 | The Best Mirrorless Cameras on Sale"),
            "Top 10 Cameras Under $2500 | The Best Mirrorless Cameras on Sale");
}

TEST(Title, HeadingInCapitalsGivesWayToTheMarkupsTitle) {
  // The page types its headline in capitals; the markup has it as written.
  EXPECT_EQ(TitleOf("<title>Best Drip Coffee Maker 2026: Tips From Coffee Pros | Brew</title>"
                    "<h1>BEST DRIP COFFEE MAKER IN 2026: TIPS FROM COFFEE PROS</h1><p>Text</p>"),
            "Best Drip Coffee Maker 2026: Tips From Coffee Pros");
  // The same words in capitals: the title as written.
  EXPECT_EQ(TitleOf("<title>Rail workers end three-week strike | Ledger</title>"
                    "<h1>RAIL WORKERS END THREE-WEEK STRIKE</h1><p>Text</p>"),
            "Rail workers end three-week strike");
  EXPECT_EQ(
      TitleOf("<meta property=og:title "
              "content='"
              "\xD0\x9F\xD1\x80\xD0\xB0\xD0\xB2\xD0\xB8\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8C\xD1\x81\xD1"
              "\x82\xD0\xB2\xD0\xBE\x20\xD0\xBE\xD0\xB1\xD1\x8A\xD1\x8F\xD0\xB2\xD0\xB8\xD0\xBB\xD0"
              "\xBE\x20\xD0\xB2\xD1\x8B\xD0\xB1\xD0\xBE\xD1\x80\xD1\x8B'>"
              "<h1>"
              "\xD0\x9F\xD0\xA0\xD0\x90\xD0\x92\xD0\x98\xD0\xA2\xD0\x95\xD0\x9B\xD0\xAC\xD0\xA1\xD0"
              "\xA2\xD0\x92\xD0\x9E\x20\xD0\x9E\xD0\x91\xD0\xAA\xD0\xAF\xD0\x92\xD0\x98\xD0\x9B\xD0"
              "\x9E\x20\xD0\x92\xD0\xAB\xD0\x91\xD0\x9E\xD0\xA0\xD0\xAB</h1><p>Text</p>"),
      "\xD0\x9F\xD1\x80\xD0\xB0\xD0\xB2\xD0\xB8\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8C\xD1\x81\xD1\x82\xD0"
      "\xB2\xD0\xBE\x20\xD0\xBE\xD0\xB1\xD1\x8A\xD1\x8F\xD0\xB2\xD0\xB8\xD0\xBB\xD0\xBE\x20\xD0\xB2"
      "\xD1\x8B\xD0\xB1\xD0\xBE\xD1\x80\xD1\x8B");  // Cyrillic: "Правительство объявило выборы"
                                                    // over "ПРАВИТЕЛЬСТВО ОБЪЯВИЛО ВЫБОРЫ"
  // Small letters of another script are small letters: not a heading in capitals.
  EXPECT_EQ(TitleOf("<title>NASA launches a rocket | Space</title>"
                    "<h1>NASA \xD0\xB7\xD0\xB0\xD0\xBF\xD1\x83\xD1\x81\xD1\x82\xD0\xB8"
                    "\xD0\xBB\xD0\xB0 NASA</h1><p>Text</p>"),
            "NASA \xD0\xB7\xD0\xB0\xD0\xBF\xD1\x83\xD1\x81\xD1\x82\xD0\xB8\xD0\xBB\xD0\xB0 NASA");
  // A heading in capitals the title shares few words with stays.
  EXPECT_EQ(TitleOf("<title>Best Drip Coffee Maker 2026 | Brew</title>"
                    "<h1>OUR LAB TESTED FORTY MACHINES</h1><p>Text</p>"),
            "OUR LAB TESTED FORTY MACHINES");
}

TEST(Title, HeadingWithLostCharactersGivesWayToTheMarkupsTitle) {
  // Each '?' stands for a character (or two) the page's encoding lost.
  EXPECT_EQ(TitleOf("<title>Event Planning: A Beginner\xE2\x80\x99s Guide</title>"
                    "<h1>Event Planning? A Beginner? Guide</h1><p>Text</p>"),
            "Event Planning: A Beginner\xE2\x80\x99s Guide");
  // A real question mark: the <h1> stays.
  EXPECT_EQ(TitleOf("<title>Is the strike over | Ledger</title>"
                    "<h1>Is the strike over? Talks resume</h1><p>Text</p>"),
            "Is the strike over? Talks resume");
  EXPECT_EQ(TitleOf("<title>What is a Mobile App? [Definition + Types]</title>"
                    "<h1>What is a Mobile Application?</h1><p>Text</p>"),
            "What is a Mobile Application?");
}

TEST(Title, ProseInAHeadingIsNotTheHeadline) {
  const std::string prose =
      "<h1>Learn which home renovations have the best return? Get expert tips on how to "
      "understand and calculate it. We will help you learn everything you need to know about "
      "the value of your project.</h1><p>Text</p>";
  EXPECT_EQ(TitleOf("<title>The 10 Best Home Improvement Projects of 2023 | Reno</title>"
                    "<meta property=og:title content='The 10 Best Home Improvement Projects of "
                    "2023'>" +
                    prose),
            "The 10 Best Home Improvement Projects of 2023");
  // One title alone (a site's generic <title>) does not outweigh the page's <h1>.
  EXPECT_EQ(TitleOf("<title>Reno - home of renovation</title>" + prose).substr(0, 20),
            "Learn which home ren");
  EXPECT_FALSE(IsProse("Is the strike over? Talks resume on Monday"));
}

TEST(Title, HoldsHeadline) {
  EXPECT_TRUE(HoldsHeadline("Rail strike ends | Daily", "Rail strike ends"));
  EXPECT_TRUE(HoldsHeadline("Daily - Rail strike ends", "rail STRIKE ends!"));
  EXPECT_TRUE(HoldsHeadline("LIVE: Rail strike ends", "Rail strike ends"));
  EXPECT_TRUE(HoldsHeadline("December 18, 2025 Rail strike ends", "Rail strike ends"));
  // The site part is not the headline; nor is a word run without a separator.
  EXPECT_FALSE(HoldsHeadline("Rail strike ends | Daily", "Daily"));
  EXPECT_FALSE(HoldsHeadline("Great Rail strike ends", "Rail strike ends"));
  EXPECT_FALSE(HoldsHeadline("Rail strike ends tonight", "Rail strike ends"));
}

TEST(Title, ChooseHeadlineNamesItsSources) {
  HeadlineCandidates c;
  c.h1 = "Rail strike ends";
  c.metas = {{"meta:og:title", "Rail strike ends"}, {"title", "Rail strike ends | Daily"}};
  HeadlineChoice choice = ChooseHeadline(c);
  EXPECT_EQ(choice.text, "Rail strike ends");
  EXPECT_EQ(choice.source, "h1 (agrees: meta:og:title, title)");
  c.h1 = "Form your company today";  // a call to action inside the article
  c.other_h1s = {"Rail strike ends"};
  choice = ChooseHeadline(c);
  EXPECT_EQ(choice.text, "Rail strike ends");
  EXPECT_EQ(choice.source, "h1(page) (agrees: meta:og:title, title)");
  c.other_h1s.clear();
  c.metas = {{"meta:og:title", "Rail strike ends - Daily"}};
  c.shown = [](std::string_view text) { return text == "Rail strike ends"; };
  choice = ChooseHeadline(c);
  EXPECT_EQ(choice.text, "Rail strike ends");
  EXPECT_EQ(choice.source, "meta:og:title (shown on the page)");
}

TEST(Title, NoneFound) { EXPECT_EQ(TitleOf("<p>just text</p>"), ""); }

}  // namespace
}  // namespace newsdesk::metadata
