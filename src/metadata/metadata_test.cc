// Date resolution through the public API: which of a page's dates becomes Article::date.
#include <gtest/gtest.h>

#include <string>

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
  EXPECT_EQ(DateOf("<html><head><meta property='article:modified_time' content='2025-06-12T10:00:00Z'>"
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

TEST(MetadataDates, NoDateOnThePageGivesNone) {
  EXPECT_EQ(DateOf("<html><body><article><h1>Cycle lanes for the harbour road</h1>" +
                   std::string(kBody) + "</article></body></html>"),
            "");
}

}  // namespace
}  // namespace newsdesk
