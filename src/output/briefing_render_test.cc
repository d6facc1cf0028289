// The briefing renderers (RenderBriefing) on a hand-made briefing with a hostile story: each
// output is read back with a real parser (our HTML parser, expat, nlohmann) and checked for
// injected markup, dangerous links and broken text.
#include <expat.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "html/tree_builder.h"
#include "newsdesk/briefing.h"
#include "util/arena.h"
#include "util/utf8.h"

namespace newsdesk {
namespace {

constexpr char kHostileTitle[] = "<script>alert(1)</script> \"quotes\" & 'apostrophes'";

BriefingStory HostileStory() {
  BriefingStory s;
  s.story = "s1/alpha beta";
  s.title = kHostileTitle;
  s.summary = {{"Officials confirmed the plan on Monday.", "a1"},
               {"Critics said it was <rushed> & costly.", "a2"},
               {"A second line from the first article.", "a1"}};
  s.articles = {"a1", "a2", "a3"};
  Perspective evil;
  evil.outlet = "Evil Outlet";
  evil.article = "a1";
  evil.url = "javascript:alert(1)";
  evil.title = "Click *me*";
  evil.lead = "**stars** and [x](http://evil) <img src=x onerror=alert(1)>";
  evil.angle = "# Not a heading";
  evil.lean = "left";
  evil.articles = 2;
  Perspective good;
  good.outlet = "Good News";
  good.article = "a2";
  good.url = "https://good.example/a2?x=1&y=(2)";
  good.title = "Good headline";
  good.lead = "- Not a list item.";
  s.perspectives = {evil, good};
  s.coverage = {{"left", 1}, {"", 1}};
  s.quotes = {{"We will \xff act\x01 now", "The Minister", "a1", "Evil Outlet"}};
  s.timeline = {{"2024-05-01", 2, 1}, {"2024-05-02", 1, 1}};
  s.related = {{"s2", "Ordinary story about rain", {"Minister"}}};
  s.first_seen = "2024-05-01";
  s.last_seen = "2024-05-02";
  s.score = 3.5;
  s.language = "en";
  return s;
}

BriefingStory OrdinaryStory() {
  BriefingStory s;
  s.story = "s2";
  s.title = "Ordinary story about rain";
  s.summary = {{"Rain is expected across the north on Thursday.", "b1"}};
  s.articles = {"b1"};
  Perspective p;
  p.outlet = "Weather Daily";
  p.article = "b1";
  p.url = "http://weather.example/b1";
  p.title = "Rain expected";
  p.lead = "Rain is expected across the north on Thursday.";
  s.perspectives = {p};
  s.timeline = {{"2024-05-02", 1, 1}};
  s.first_seen = "2024-05-02";
  s.last_seen = "2024-05-02";
  s.score = 1.25;
  s.language = "en";
  return s;
}

Briefing TwoStories() {
  Briefing b;
  b.date = "2024-05-02";
  b.since = "2024-05-01";
  b.stories = {HostileStory(), OrdinaryStory()};
  return b;
}

std::string Joined(const BriefingStory& s) {
  std::string text;
  for (const SummarySentence& sentence : s.summary) {
    if (!text.empty()) text += " ";
    text += sentence.text;
  }
  return text;
}

// --- HTML, read back with our own parser ---

struct HtmlFacts {
  std::vector<std::string> elements;  // every element name, document order
  std::vector<std::pair<std::string, std::string>> attributes;
  std::string text;     // every text node, concatenated
  std::string h2_text;  // the text of the h2 elements
};

void Walk(const dom::Node* n, bool in_h2, HtmlFacts* facts) {
  for (const dom::Node* c = n->first_child; c != nullptr; c = c->next_sibling) {
    if (c->is_text()) {
      facts->text += c->text();
      if (in_h2) facts->h2_text += c->text();
    } else if (c->is_element()) {
      facts->elements.emplace_back(c->name);
      for (uint32_t i = 0; i < c->attribute_count; ++i) {
        facts->attributes.emplace_back(c->attributes[i].name, c->attributes[i].value);
      }
      Walk(c, in_h2 || c->is(dom::Tag::k_h2), facts);
    }
  }
}

HtmlFacts ParseHtml(const std::string& page) {
  Arena arena;
  dom::Document doc;
  html::TreeBuilder().Build(page, html::TreeBuilderOptions{}, &arena, &doc);
  HtmlFacts facts;
  Walk(doc.root, false, &facts);  // copies every string: the tree dies with the arena
  return facts;
}

int Count(const std::vector<std::string>& names, std::string_view name) {
  int n = 0;
  for (const std::string& s : names) n += s == name;
  return n;
}

TEST(BriefingRender, HtmlHasNoScriptAndEscapesEveryText) {
  const Briefing b = TwoStories();
  const std::string page = RenderBriefing(b, BriefingFormat::kHtml);
  EXPECT_EQ(page.find("<script"), std::string::npos);
  EXPECT_TRUE(page.starts_with("<!DOCTYPE html>"));
  EXPECT_NE(page.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(page.find("<meta charset=\"utf-8\">"), std::string::npos);
  EXPECT_NE(page.find("width=device-width, initial-scale=1"), std::string::npos);
  EXPECT_TRUE(IsCleanUtf8(page));
  EXPECT_EQ(page.find('\x01'), std::string::npos);

  const HtmlFacts facts = ParseHtml(page);
  EXPECT_EQ(Count(facts.elements, "script"), 0);
  EXPECT_EQ(Count(facts.elements, "img"), 0);
  EXPECT_EQ(Count(facts.elements, "link"), 0);
  EXPECT_EQ(Count(facts.elements, "iframe"), 0);
  EXPECT_EQ(Count(facts.elements, "title"), 1);
  EXPECT_EQ(Count(facts.elements, "h1"), 1);
  EXPECT_EQ(Count(facts.elements, "h2"), static_cast<int>(b.stories.size()));
  EXPECT_EQ(Count(facts.elements, "article"), static_cast<int>(b.stories.size()));
  for (const auto& [name, value] : facts.attributes) {
    EXPECT_FALSE(name.starts_with("on")) << name << "=" << value;
    EXPECT_NE(name, "src");
    if (name == "href") {
      EXPECT_TRUE(value.starts_with("https://") || value.starts_with("http://") ||
                  value.starts_with("#"))
          << value;
    }
  }
  // The hostile title is text, whole, in its heading; so are the lead's would-be tags.
  EXPECT_NE(facts.h2_text.find(kHostileTitle), std::string::npos) << facts.h2_text;
  EXPECT_NE(facts.text.find("<img src=x onerror=alert(1)>"), std::string::npos);
  for (const BriefingStory& s : b.stories) {
    for (const SummarySentence& sentence : s.summary) {
      EXPECT_NE(facts.text.find(sentence.text), std::string::npos) << sentence.text;
    }
  }
  EXPECT_NE(facts.text.find("Every summary sentence is quoted from the article it links to."),
            std::string::npos);
}

TEST(BriefingRender, HtmlLinksSourcesAndAnchorsStories) {
  const std::string page = RenderBriefing(TwoStories(), BriefingFormat::kHtml);
  const HtmlFacts facts = ParseHtml(page);
  std::vector<std::string> ids, hrefs, labels;
  for (const auto& [name, value] : facts.attributes) {
    if (name == "id") ids.push_back(value);
    if (name == "href") hrefs.push_back(value);
    if (name == "aria-label") labels.push_back(value);
  }
  // Story ids sanitised to [A-Za-z0-9_-]; the related story is linked by its anchor.
  EXPECT_EQ(Count(ids, "s1-alpha-beta"), 1);
  EXPECT_EQ(Count(ids, "s2"), 1);
  EXPECT_EQ(Count(hrefs, "#s2"), 1);
  // The javascript: perspective's sentences point at its block instead; the good one at its URL.
  EXPECT_EQ(Count(hrefs, "#s1-alpha-beta-p1"), 2);
  EXPECT_EQ(Count(hrefs, "https://good.example/a2?x=1&y=(2)"), 2);  // marker and headline
  EXPECT_EQ(Count(labels, "Source 1: Evil Outlet"), 2);
  EXPECT_EQ(Count(labels, "Source 2: Good News"), 1);
  EXPECT_EQ(Count(labels, "Source 1: Weather Daily"), 1);
  // Every style is inline: the page needs no <style> block.
  EXPECT_EQ(Count(facts.elements, "style"), 0);
  EXPECT_NE(page.find("max-width:680px"), std::string::npos);
  EXPECT_NE(facts.text.find("left 1 \u00b7 unrated 1"), std::string::npos);
}

// --- RSS, read back with expat ---

struct Feed {
  std::vector<std::string> path;  // open elements
  std::string text;               // character data of the innermost element
  int items = 0;
  std::vector<std::string> item_titles, item_links, item_descriptions, guids;
  std::string channel_title, channel_link, channel_description, last_build_date;
};

void XMLCALL StartElement(void* data, const XML_Char* name, const XML_Char** /*attributes*/) {
  auto* feed = static_cast<Feed*>(data);
  feed->path.emplace_back(name);
  feed->text.clear();
  if (feed->path.back() == "item") ++feed->items;
}

void XMLCALL EndElement(void* data, const XML_Char* name) {
  auto* feed = static_cast<Feed*>(data);
  const std::string parent = feed->path.size() >= 2 ? feed->path[feed->path.size() - 2] : "";
  const std::string element = name;
  if (parent == "item") {
    if (element == "title") feed->item_titles.push_back(feed->text);
    if (element == "link") feed->item_links.push_back(feed->text);
    if (element == "description") feed->item_descriptions.push_back(feed->text);
    if (element == "guid") feed->guids.push_back(feed->text);
  } else if (parent == "channel") {
    if (element == "title") feed->channel_title = feed->text;
    if (element == "link") feed->channel_link = feed->text;
    if (element == "description") feed->channel_description = feed->text;
    if (element == "lastBuildDate") feed->last_build_date = feed->text;
  }
  feed->path.pop_back();
  feed->text.clear();
}

void XMLCALL CharacterData(void* data, const XML_Char* s, int len) {
  static_cast<Feed*>(data)->text.append(s, static_cast<std::size_t>(len));
}

// Parses `xml`; the error message when expat refuses it.
std::string ParseFeed(const std::string& xml, Feed* feed) {
  XML_Parser parser = XML_ParserCreate("UTF-8");
  XML_SetUserData(parser, feed);
  XML_SetElementHandler(parser, StartElement, EndElement);
  XML_SetCharacterDataHandler(parser, CharacterData);
  std::string error;
  if (XML_Parse(parser, xml.data(), static_cast<int>(xml.size()), /*isFinal=*/1) != XML_STATUS_OK) {
    error = std::string(XML_ErrorString(XML_GetErrorCode(parser))) + " at line " +
            std::to_string(XML_GetCurrentLineNumber(parser));
  }
  XML_ParserFree(parser);
  return error;
}

TEST(BriefingRender, RssParsesWithOneItemPerStory) {
  const Briefing b = TwoStories();
  const std::string xml = RenderBriefing(b, BriefingFormat::kRss);
  ASSERT_TRUE(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
  EXPECT_NE(xml.find("<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">"),
            std::string::npos);
  Feed feed;
  ASSERT_EQ(ParseFeed(xml, &feed), "") << xml;
  EXPECT_EQ(feed.items, 2);
  ASSERT_EQ(feed.item_titles.size(), 2u);
  EXPECT_EQ(feed.item_titles[0], kHostileTitle);
  EXPECT_EQ(feed.item_titles[1], "Ordinary story about rain");
  EXPECT_EQ(feed.channel_title, "newsdesk briefing \u2014 2024-05-01 \u2013 2024-05-02");
  EXPECT_EQ(feed.channel_link, "https://localhost/");  // no options.link: the placeholder
  EXPECT_FALSE(feed.channel_description.empty());
  EXPECT_EQ(feed.last_build_date, "Thu, 02 May 2024 00:00:00 GMT");
  // The hostile story's first perspective has a javascript: URL: no link for it.
  ASSERT_EQ(feed.item_links.size(), 1u);
  EXPECT_EQ(feed.item_links[0], "http://weather.example/b1");
  ASSERT_EQ(feed.guids.size(), 2u);
  EXPECT_EQ(feed.guids[1], "2024-05-02/s2");
  // The description is an HTML fragment, escaped: the XML parser gives the HTML back.
  ASSERT_EQ(feed.item_descriptions.size(), 2u);
  EXPECT_NE(feed.item_descriptions[0].find("Critics said it was &lt;rushed&gt; &amp; costly."),
            std::string::npos);
  EXPECT_NE(feed.item_descriptions[0].find("<a href=\"https://good.example/a2?x=1&amp;y=(2)\">"),
            std::string::npos);
  EXPECT_EQ(feed.item_descriptions[0].find("javascript:"), std::string::npos);
}

TEST(BriefingRender, RssDropsCharactersXmlForbidsAndUsesTheGivenLink) {
  Briefing b = TwoStories();
  b.stories[1].title = "Bad \x01 byte \xc3 and \xef\xbf\xbe noncharacter";
  BriefingRenderOptions options;
  options.title = "Morning \"news\"";
  options.link = "https://news.example/briefing";
  b.stories[1].perspectives[0].url = "ftp://weather.example/b1";
  const std::string xml = RenderBriefing(b, BriefingFormat::kRss, options);
  Feed feed;
  ASSERT_EQ(ParseFeed(xml, &feed), "") << xml;
  ASSERT_EQ(feed.item_titles.size(), 2u);
  EXPECT_EQ(feed.item_titles[1], "Bad byte \xef\xbf\xbd and noncharacter");
  EXPECT_EQ(feed.channel_link, "https://news.example/briefing");
  EXPECT_TRUE(feed.channel_title.starts_with("Morning \"news\""));
  // Without an http(s) perspective URL, the item links to the story on the briefing's page.
  ASSERT_EQ(feed.item_links.size(), 2u);
  EXPECT_EQ(feed.item_links[0], "https://news.example/briefing#s1-alpha-beta");
  EXPECT_EQ(feed.item_links[1], "https://news.example/briefing#s2");
}

// --- JSON and JSON lines ---

TEST(BriefingRender, JsonHasEveryFieldAndReplacesBadUtf8) {
  const Briefing b = TwoStories();
  std::string text;
  ASSERT_NO_THROW(text = RenderBriefing(b, BriefingFormat::kJson));
  EXPECT_TRUE(IsCleanUtf8(text));
  nlohmann::json j;
  ASSERT_NO_THROW(j = nlohmann::json::parse(text));
  EXPECT_EQ(j["date"], "2024-05-02");
  EXPECT_EQ(j["since"], "2024-05-01");
  ASSERT_EQ(j["stories"].size(), 2u);
  for (std::size_t i = 0; i < b.stories.size(); ++i) {
    const nlohmann::json& s = j["stories"][i];
    const BriefingStory& want = b.stories[i];
    EXPECT_EQ(s["story"], want.story);
    EXPECT_EQ(s["title"], want.title);
    EXPECT_EQ(s["summary"], Joined(want));
    ASSERT_EQ(s["summary_sources"].size(), want.summary.size());
    ASSERT_EQ(s["sentences"].size(), want.summary.size());
    for (std::size_t k = 0; k < want.summary.size(); ++k) {
      EXPECT_EQ(s["summary_sources"][k], want.summary[k].article);
      EXPECT_EQ(s["sentences"][k]["text"], want.summary[k].text);
      EXPECT_EQ(s["sentences"][k]["article"], want.summary[k].article);
    }
    EXPECT_EQ(s["articles"].size(), want.articles.size());
    EXPECT_EQ(s["perspectives"].size(), want.perspectives.size());
    EXPECT_EQ(s["first_seen"], want.first_seen);
    EXPECT_EQ(s["last_seen"], want.last_seen);
    EXPECT_DOUBLE_EQ(s["score"].get<double>(), want.score);
    EXPECT_EQ(s["language"], want.language);
    for (const char* key : {"coverage", "quotes", "timeline", "related"}) {
      EXPECT_TRUE(s[key].is_array()) << key;
    }
  }
  const nlohmann::json& hostile = j["stories"][0];
  const nlohmann::json& p = hostile["perspectives"][0];
  for (const char* key :
       {"outlet", "article", "url", "title", "lead", "angle", "lean", "articles"}) {
    EXPECT_TRUE(p.contains(key)) << key;
  }
  EXPECT_EQ(p["lean"], "left");
  EXPECT_EQ(p["articles"], 2);
  EXPECT_EQ(hostile["coverage"][1]["lean"], "");
  EXPECT_EQ(hostile["coverage"][1]["outlets"], 1);
  EXPECT_EQ(hostile["quotes"][0]["text"], "We will \xef\xbf\xbd act\x01 now");
  EXPECT_EQ(hostile["quotes"][0]["speaker"], "The Minister");
  EXPECT_EQ(hostile["quotes"][0]["outlet"], "Evil Outlet");
  EXPECT_EQ(hostile["timeline"][0]["when"], "2024-05-01");
  EXPECT_EQ(hostile["timeline"][0]["articles"], 2);
  EXPECT_EQ(hostile["related"][0]["story"], "s2");
  EXPECT_EQ(hostile["related"][0]["names"][0], "Minister");
}

TEST(BriefingRender, JsonlHasOneStoryALineWithTheDate) {
  const Briefing b = TwoStories();
  std::string text;
  ASSERT_NO_THROW(text = RenderBriefing(b, BriefingFormat::kJsonl));
  ASSERT_TRUE(text.ends_with("\n"));
  std::istringstream lines(text);
  std::string line;
  std::size_t n = 0;
  while (std::getline(lines, line)) {
    ASSERT_LT(n, b.stories.size());
    nlohmann::json j;
    ASSERT_NO_THROW(j = nlohmann::json::parse(line)) << line;
    EXPECT_EQ(j["date"], "2024-05-02");
    EXPECT_EQ(j["story"], b.stories[n].story);
    EXPECT_EQ(j["summary"], Joined(b.stories[n]));
    ++n;
  }
  EXPECT_EQ(n, b.stories.size());
  EXPECT_EQ(RenderBriefing(Briefing{}, BriefingFormat::kJsonl), "");
}

// --- Markdown ---

TEST(BriefingRender, MarkdownEscapesArticleTexts) {
  const Briefing b = TwoStories();
  const std::string md = RenderBriefing(b, BriefingFormat::kMarkdown);
  EXPECT_TRUE(IsCleanUtf8(md));
  EXPECT_EQ(md.find('\x01'), std::string::npos);
  EXPECT_TRUE(md.starts_with("# newsdesk briefing \u2014 2024-05-01 \u2013 2024-05-02\n"));
  // No raw HTML: every '<' (all from articles' texts) is escaped.
  for (std::size_t at = md.find('<'); at != std::string::npos; at = md.find('<', at + 1)) {
    EXPECT_TRUE(at > 0 && md[at - 1] == '\\') << md.substr(at, 20);
  }
  EXPECT_NE(md.find("\\<script\\>alert(1)\\</script\\>"), std::string::npos);
  // No live link nor emphasis from a lead, no block from a text's first character.
  EXPECT_EQ(md.find("[x](http://evil)"), std::string::npos);
  EXPECT_NE(md.find("\\[x\\](http://evil)"), std::string::npos);
  EXPECT_NE(md.find("\\*\\*stars\\*\\*"), std::string::npos);
  EXPECT_NE(md.find("Angle: # Not a heading"), std::string::npos);  // not at a block's start
  EXPECT_NE(md.find("\\- Not a list item."), std::string::npos);
  // The javascript: URL is never a link target; the good URL's parentheses are encoded.
  EXPECT_EQ(md.find("javascript:"), std::string::npos);
  EXPECT_NE(md.find("[Good headline](https://good.example/a2?x=1&y=%282%29)"), std::string::npos);
  // One "## n. " heading per story, and the sentences with their source markers.
  std::istringstream lines(md);
  std::string line;
  int headings = 0;
  while (std::getline(lines, line)) headings += line.starts_with("## ");
  EXPECT_EQ(headings, 2);
  EXPECT_NE(md.find("\n## 1. "), std::string::npos);
  EXPECT_NE(md.find("\n## 2. Ordinary story about rain\n"), std::string::npos);
  EXPECT_NE(md.find("- Officials confirmed the plan on Monday. [1]\n"), std::string::npos);
  EXPECT_NE(md.find("- Critics said it was \\<rushed\\> & costly. [2]\n"), std::string::npos);
  EXPECT_NE(md.find("[2] **Good News**: [Good headline]("), std::string::npos);
  EXPECT_NE(md.find("> \"We will \xef\xbf\xbd act now\" \u2014 The Minister (Evil Outlet)"),
            std::string::npos);
}

// --- ParseBriefingFormat ---

TEST(BriefingRender, ParseBriefingFormatNames) {
  const std::pair<const char*, BriefingFormat> names[] = {
      {"html", BriefingFormat::kHtml},   {"markdown", BriefingFormat::kMarkdown},
      {"md", BriefingFormat::kMarkdown}, {"json", BriefingFormat::kJson},
      {"jsonl", BriefingFormat::kJsonl}, {"rss", BriefingFormat::kRss},
  };
  for (const auto& [name, format] : names) {
    Result<BriefingFormat> parsed = ParseBriefingFormat(name);
    ASSERT_TRUE(parsed.ok()) << name;
    EXPECT_EQ(*parsed, format) << name;
  }
  for (const char* bad : {"", "xml", "htm", "json lines"}) {
    Result<BriefingFormat> parsed = ParseBriefingFormat(bad);
    ASSERT_FALSE(parsed.ok()) << bad;
    EXPECT_EQ(parsed.status().code(), StatusCode::kInvalidArgument) << bad;
  }
}

}  // namespace
}  // namespace newsdesk
