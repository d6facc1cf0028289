// The extraction cascade (content_selector.h) step by step, on small hand-written pages.
#include "extract/content_selector.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "html/tree_builder.h"
#include "test_util.h"
#include "util/arena.h"

namespace newsdesk::extract {
namespace {

// `count` sentences of running prose about `topic`, each about 100 characters, in one <p>.
std::string Paragraph(const std::string& topic, int count = 1) {
  std::string p = "<p>";
  for (int i = 1; i <= count; ++i) {
    if (i > 1) p += " ";
    p += "The " + topic + " report, part " + std::to_string(i) +
         ", said the harbour ferry will run again next spring, as officials confirmed.";
  }
  return p + "</p>";
}

// What the cascade kept and dropped, as text, and where the container is.
struct Result {
  std::vector<std::string> kept;
  std::vector<std::pair<Label, std::string>> dropped;
  std::string container;  // "tag#id" of the container element ("tag" when it has no id)
  int attempt = 0;

  bool Kept(const std::string& snippet) const {
    for (const std::string& k : kept)
      if (k.find(snippet) != std::string::npos) return true;
    return false;
  }
  std::string KeptText() const {
    std::string all;
    for (const std::string& k : kept) all += k + "\n";
    return all;
  }
};

// kSelectAndDropHeadline: Select(), then DropHeadlineAndByline() with the page's title, "Story".
enum class Run { kSelect, kSelectWithHiddenFallback, kSelectAndDropHeadline };

Result Extract(const std::string& body_html, Run run = Run::kSelect, int max_attempt = 3) {
  // The tree's names and texts point into the page: it lives as long as the tree.
  const std::string page = testing::Page("Story", body_html);
  Arena arena;
  dom::Document doc;
  html::TreeBuilder().Build(page, html::TreeBuilderOptions{}, &arena, &doc);
  BlockBuilder blocks;
  ContentSelector selector;
  Selection selection;
  if (run == Run::kSelect || run == Run::kSelectAndDropHeadline) {
    blocks.Build(doc.body);
    selector.Select(doc, blocks, &selection, max_attempt);
    if (run == Run::kSelectAndDropHeadline)
      selector.DropHeadlineAndByline(blocks, "Story", &selection);
  } else {
    selector.SelectWithHiddenFallback(doc, &blocks, &selection);
  }
  Result r;
  for (uint32_t b : selection.kept) r.kept.emplace_back(blocks.text(blocks.blocks()[b]));
  for (const Selection::Dropped& d : selection.dropped)
    r.dropped.emplace_back(d.label, std::string(blocks.text(blocks.blocks()[d.block])));
  if (selection.container != nullptr) {
    r.container = std::string(selection.container->name);
    std::string_view id = selection.container->Attr("id");
    if (!id.empty()) r.container += "#" + std::string(id);
  }
  r.attempt = selection.attempt;
  return r;
}

TEST(ContentSelector, ArticleContainerWinsOverSidebar) {
  Result r = Extract(
      "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a></nav>"
      "<div id=\"main\">"
      "<article id=\"story\"><h1>Ferry returns</h1>" +
      Paragraph("council", 2) + Paragraph("budget", 2) + Paragraph("captain", 2) +
      "</article>"
      "<div id=\"rail\" class=\"sidebar\">" +
      Paragraph("weather", 2) + Paragraph("traffic") + "</div></div>");
  EXPECT_EQ(r.container, "article#story");
  EXPECT_EQ(r.attempt, 1);
  EXPECT_TRUE(r.Kept("The council report, part 1")) << r.KeptText();
  EXPECT_TRUE(r.Kept("The captain report, part 2")) << r.KeptText();
  EXPECT_FALSE(r.Kept("weather")) << r.KeptText();
  EXPECT_FALSE(r.Kept("traffic")) << r.KeptText();
  EXPECT_FALSE(r.Kept("Home")) << r.KeptText();
}

struct BoilerplateCase {
  const char* name;
  const char* html;     // placed between the article's paragraphs
  const char* snippet;  // text of the boilerplate block
  Label label;          // why it is dropped
};

TEST(ContentSelector, BoilerplateInsideTheContainerIsDroppedWithItsLabel) {
  const BoilerplateCase cases[] = {
      {"newsletter box by class",
       "<div class=\"newsletter-signup\"><p>Get the morning briefing in your inbox, every day of "
       "the week, for free.</p></div>",
       "Get the morning briefing", Label::kNewsletter},
      {"share buttons by class",
       "<div class=\"share-tools\"><a href=\"https://facebook.example/s\">Facebook</a> "
       "<a href=\"https://twitter.example/s\">Twitter</a></div>",
       "Facebook", Label::kShare},
      {"related stories by class",
       "<section class=\"related-stories\"><p>Harbour dredging to start in June, and the marina "
       "will close for two weeks while it runs.</p></section>",
       "Harbour dredging", Label::kRelated},
      {"newsletter call to action by wording", "<p>Sign up for our free newsletters</p>",
       "Sign up for our free newsletters", Label::kNewsletter},
  };
  for (const BoilerplateCase& c : cases) {
    SCOPED_TRACE(c.name);
    Result r = Extract("<article id=\"story\">" + Paragraph("council", 2) + Paragraph("budget", 2) +
                       c.html + Paragraph("captain", 2) + Paragraph("mayor", 2) + "</article>");
    EXPECT_EQ(r.container, "article#story");
    EXPECT_FALSE(r.Kept(c.snippet)) << r.KeptText();
    EXPECT_TRUE(r.Kept("The budget report")) << r.KeptText();
    EXPECT_TRUE(r.Kept("The captain report")) << r.KeptText();
    bool dropped_with_label = false;
    for (const auto& [label, text] : r.dropped) {
      if (text.find(c.snippet) != std::string::npos) {
        EXPECT_EQ(LabelName(label), LabelName(c.label));
        dropped_with_label = true;
      }
    }
    EXPECT_TRUE(dropped_with_label) << "not among the dropped blocks: " << c.snippet;
  }
}

// The article is split over three elements whose class the catalog reads as promotions, each too
// small a share of the page to veto its label; the only unlabelled prose is a short note.
const char* const kArticleInPromoBoxes =
    "<div id=\"wrap\">"
    "<div class=\"promo-one\"><p>The council report said the harbour ferry will run again next "
    "spring, as officials confirmed on Monday. The budget was approved late in the evening.</p>"
    "</div>"
    "<div class=\"promo-two\"><p>The captain told reporters the new boat is faster than the old "
    "one, and that fares will stay the same for the first year of the new service.</p></div>"
    "<div class=\"promo-three\"><p>The mayor said the town had waited four years for the route "
    "to return, and thanked the crews who kept the harbour open through the winter.</p></div>"
    "</div>"
    "<div id=\"note\"><p>Reporting by the harbour desk team today.</p></div>";

TEST(ContentSelector, RelaxesTheCatalogWhenItHidesTheArticle) {
  Result first = Extract(kArticleInPromoBoxes, Run::kSelect, /*max_attempt=*/1);
  EXPECT_EQ(first.attempt, 1);
  EXPECT_EQ(first.container, "div#note");
  EXPECT_FALSE(first.Kept("The council report")) << first.KeptText();

  Result r = Extract(kArticleInPromoBoxes);
  EXPECT_EQ(r.attempt, 2);
  EXPECT_TRUE(r.Kept("The council report said")) << r.KeptText();
  EXPECT_TRUE(r.Kept("The captain told reporters")) << r.KeptText();
  EXPECT_TRUE(r.Kept("The mayor said the town")) << r.KeptText();
}

// A link list of `links` entries, each about 50 characters.
std::string LinkList(const std::string& section, int links) {
  std::string ul = "<ul>";
  for (int i = 0; i < links; ++i) {
    ul += "<li><a href=\"/" + section + "/" + std::to_string(i) + "\">More " + section +
          " news: story number " + std::to_string(i) + " of the day</a></li>";
  }
  return ul + "</ul>";
}

TEST(ContentSelector, FallsBackToEveryProseBlockWhenNoContainerHoldsEnough) {
  // Four short pieces of prose, each under the cascade's minimum, kept apart by link lists that
  // weigh more than all of them together: no element holds enough, so every prose block is kept.
  Result r = Extract("<div id=\"a\">" + Paragraph("council", 3) + "</div>" + LinkList("world", 14) +
                     "<div id=\"b\">" + Paragraph("budget", 3) + "</div>" + LinkList("sport", 14) +
                     "<div id=\"c\">" + Paragraph("captain", 3) + "</div>" + LinkList("arts", 14) +
                     "<div id=\"d\">" + Paragraph("mayor", 3) + "</div>");
  EXPECT_EQ(r.attempt, 3);
  EXPECT_EQ(r.container, "body");
  for (const char* topic : {"council", "budget", "captain", "mayor"}) {
    EXPECT_TRUE(r.Kept(std::string("The ") + topic + " report, part 3")) << r.KeptText();
  }
  EXPECT_FALSE(r.Kept("story number")) << r.KeptText();
  EXPECT_EQ(r.kept.size(), 4u) << r.KeptText();
}

struct HiddenCase {
  const char* name;
  std::string html;
  bool hidden_taken;  // the hidden article replaces the visible selection
};

TEST(ContentSelector, HiddenContentIsReadWhenTheVisibleArticleIsShort) {
  const std::string hidden_article =
      Paragraph("council", 2) + Paragraph("budget", 2) + Paragraph("captain", 2);
  const HiddenCase cases[] = {
      {"article in a hidden element, a loading line visible",
       "<div id=\"app\"><p>Loading the latest story for you now.</p></div>"
       "<div hidden id=\"payload\"><article>" +
           hidden_article + "</article></div>",
       true},
      {"article hidden by inline style",
       "<div id=\"app\"><p>Loading the latest story for you now.</p></div>"
       "<div style=\"display: none\"><article>" +
           hidden_article + "</article></div>",
       true},
      {"visible article long enough: hidden text ignored",
       "<article>" + Paragraph("mayor", 2) + Paragraph("weather", 2) + "</article>" +
           "<div hidden>" + hidden_article + "</div>",
       false},
      {"hidden text too short to outweigh the visible article",
       "<article><p>The mayor said the ferry will return next spring.</p></article>"
       "<div hidden><p>The council report said the boat is faster than before.</p></div>",
       false},
  };
  for (const HiddenCase& c : cases) {
    SCOPED_TRACE(c.name);
    Result visible_only = Extract(c.html);
    EXPECT_FALSE(visible_only.Kept("The council report")) << visible_only.KeptText();
    Result r = Extract(c.html, Run::kSelectWithHiddenFallback);
    EXPECT_EQ(r.Kept("The council report"), c.hidden_taken) << r.KeptText();
    if (c.hidden_taken) {
      // The whole hidden article, not just its first paragraph.
      EXPECT_TRUE(r.Kept("The budget report, part 2")) << r.KeptText();
      EXPECT_TRUE(r.Kept("The captain report, part 2")) << r.KeptText();
    } else {
      // The visible selection stands, as Select() alone makes it.
      EXPECT_EQ(r.kept, visible_only.kept);
      EXPECT_EQ(r.container, visible_only.container);
    }
  }
}

TEST(ContentSelector, TheBylineLineIsDroppedButNotOtherLinesStartingWithBy) {
  // Before the first prose: the title and the "By ..." line go; a subheading that merely starts
  // with the letters "By" stays.
  Result r =
      Extract("<article><h2>Story</h2><p>By Jane Doe</p><h2>Bygone ferries of the harbour</h2>" +
                  Paragraph("council", 3) + Paragraph("budget", 3) + "</article>",
              Run::kSelectAndDropHeadline);
  EXPECT_FALSE(r.Kept("By Jane Doe")) << r.KeptText();
  EXPECT_TRUE(r.Kept("Bygone ferries of the harbour")) << r.KeptText();
  EXPECT_TRUE(r.Kept("The council report, part 1")) << r.KeptText();
  bool byline_dropped = false;
  for (const auto& [label, text] : r.dropped)
    byline_dropped |= label == Label::kByline && text == "By Jane Doe";
  EXPECT_TRUE(byline_dropped);
}

}  // namespace
}  // namespace newsdesk::extract
