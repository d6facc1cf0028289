// BuildBriefing on a day written for the purpose: one event told by four outlets in their own
// words (with a promotion, a byline and a question headline among them), a second event told by
// two, and single stories.
#include "newsdesk/briefing.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

namespace newsdesk {
namespace {

StoryArticle Make(std::string id, std::string host, std::string outlet, std::string date,
                  std::string title, std::string text) {
  StoryArticle a;
  a.id = std::move(id);
  a.url = "https://" + host + "/news/" + a.id;
  a.sitename = std::move(outlet);
  a.date = std::move(date);
  a.title = std::move(title);
  a.text = std::move(text);
  a.language = "en";
  return a;
}

std::vector<StoryArticle> Day() {
  std::vector<StoryArticle> v;
  v.push_back(Make("wire-1", "metro-wire.example", "Metro Wire", "2026-11-30T07:10:00Z",
                   "Rivervale closes Old Mill Bridge after storm cracks found in piers",
                   "RIVERVALE (Metro Wire) — Rivervale closed the Old Mill Bridge on Saturday "
                   "after inspectors found cracks in two of its piers following Storm Ottilie.\n\n"
                   "The 240-metre bridge carried about 31,000 vehicles a day across the river.\n\n"
                   "\"We will not reopen a bridge that is not safe,\" said Mayor Ana Sorel.\n\n"
                   "Divers will inspect the foundations this week, the city said.\n\n"
                   "This story has been updated."));
  v.push_back(Make("ledger-1", "thedailyledger.example", "The Daily Ledger", "2026-11-30T09:20:00Z",
                   "Old Mill Bridge repairs to cost 18 million euros, Rivervale says",
                   "Repairing the Old Mill Bridge in Rivervale will cost about 18 million euros, "
                   "according to the transport authority.\n\n"
                   "The bridge was closed on Saturday after cracks were found in two piers after "
                   "Storm Ottilie.\n\n"
                   "The city's whole roads budget for next year is 14.5 million euros, and "
                   "insurance will not pay for storm damage to the piers.\n\n"
                   "Reporting by Jane Doe; Editing by John Roe."));
  v.push_back(Make("post-1", "rivervale-post.example", "Rivervale Post", "2026-11-30T10:05:00Z",
                   "Will the Old Mill Bridge ever reopen?",
                   "Shops on Mill Street fear for their December trade now that the Old Mill "
                   "Bridge is closed.\n\n"
                   "Sign up for our morning newsletter to get stories like this in your inbox.\n\n"
                   "The bridge closed on Saturday when inspectors found cracks in two piers after "
                   "the storm.\n\n"
                   "“Half of my customers come from the other bank,” baker Lidia Marsh said.\n\n"
                   "The city will offer two hours of free parking on Mill Street until the bridge "
                   "reopens."));
  v.push_back(Make("times-1", "northgate-times.example", "Northgate Times", "2026-11-30T11:45:00Z",
                   "Old Mill Bridge closure sends Rivervale commuters on long detours",
                   "Commuters in Rivervale face detours of eight kilometres after the Old Mill "
                   "Bridge was closed on Saturday because of cracks in two piers.\n\n"
                   "School buses for 1,200 pupils have been rerouted over the Kessel Road bridge."
                   "\n\nChief engineer Tomas Brandt said that repairs would take at least four "
                   "months once the divers had finished.\n\nBy Karin Oduya, Northgate Times"));
  v.push_back(Make("wire-2", "metro-wire.example", "Metro Wire", "2026-11-30T08:00:00Z",
                   "Bluefinch Air pilots call 48-hour strike over pay from December 8",
                   "Pilots at Bluefinch Air will strike for 48 hours from December 8 after 94 "
                   "percent of union members backed the walkout over pay.\n\n"
                   "The Flight Crew Guild wants an 11 percent rise over two years; the airline "
                   "offers 4 percent.\n\n"
                   "“We have run out of patience,” said union leader Marta Kowen of the guild."));
  v.push_back(Make("herald-2", "coastal-herald.example", "The Coastal Herald",
                   "2026-11-30T12:30:00Z",
                   "Bluefinch Air strike from December 8 will cut the islands' only air link",
                   "A 48-hour strike by Bluefinch Air pilots from December 8 will cut the "
                   "islands' only air link, the airline said.\n\n"
                   "About 160 flights and 21,000 passengers will be hit by the strike over pay, "
                   "which Marta Kowen of the Flight Crew Guild called a last resort.\n\n"
                   "A charter plane will carry patients who need hospital care on the mainland."));
  v.push_back(Make("single-1", "rivervale-post.example", "Rivervale Post", "2026-11-30T15:00:00Z",
                   "Rovers beat Harbour Town 3-1 to go top of the league",
                   "Rivervale Rovers went top of the league with a 3-1 win over Harbour Town on "
                   "Sunday afternoon.\n\nTwo goals in the second half settled the game."));
  v.push_back(Make("single-2", "northgate-times.example", "Northgate Times", "2026-11-30T16:00:00Z",
                   "First snow of the winter expected on the hills",
                   "Forecasters expect the first snow of the winter on the northern hills by "
                   "Wednesday night.\n\nTemperatures will fall below freezing in most valleys."));
  return v;
}

const StoryArticle& ArticleById(const std::vector<StoryArticle>& v, const std::string& id) {
  for (const StoryArticle& a : v) {
    if (a.id == id) return a;
  }
  throw std::runtime_error("no article " + id);
}

TEST(Briefing, TheBiggestStoryFirstWithEveryArticleAndOutlet) {
  std::vector<StoryArticle> day = Day();
  Result<Briefing> b = BuildBriefing(day, {});
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  EXPECT_EQ(b->date, "2026-11-30");
  ASSERT_EQ(b->stories.size(), 4u);
  const BriefingStory& bridge = b->stories[0];
  EXPECT_EQ(std::set<std::string>(bridge.articles.begin(), bridge.articles.end()),
            (std::set<std::string>{"wire-1", "ledger-1", "post-1", "times-1"}));
  EXPECT_EQ(bridge.perspectives.size(), 4u);
  std::set<std::string> outlets;
  for (const Perspective& p : bridge.perspectives) outlets.insert(p.outlet);
  EXPECT_EQ(outlets, (std::set<std::string>{"Metro Wire", "The Daily Ledger", "Rivervale Post",
                                            "Northgate Times"}));
  EXPECT_EQ(b->stories[1].articles.size(), 2u);
}

TEST(Briefing, EverySummarySentenceIsQuotedFromItsArticleOnceAndNeverAPromoOrByline) {
  std::vector<StoryArticle> day = Day();
  Result<Briefing> b = BuildBriefing(day, {});
  ASSERT_TRUE(b.ok());
  for (const BriefingStory& s : b->stories) {
    std::set<std::string> seen;
    EXPECT_LE(s.summary.size(), 5u);
    for (const SummarySentence& sentence : s.summary) {
      const StoryArticle& source = ArticleById(day, sentence.article);
      EXPECT_NE(source.text.find(sentence.text), std::string::npos) << sentence.text;
      EXPECT_TRUE(seen.insert(sentence.text).second) << "twice: " << sentence.text;
      for (const char* bad : {"newsletter", "Reporting by", "updated", "By Karin", "RIVERVALE"}) {
        EXPECT_EQ(sentence.text.find(bad), std::string::npos) << sentence.text;
      }
    }
  }
  // The big story's summary draws on more than one outlet.
  std::set<std::string> sources;
  for (const SummarySentence& s : b->stories[0].summary) sources.insert(s.article);
  EXPECT_GE(b->stories[0].summary.size(), 3u);
  EXPECT_GE(sources.size(), 2u);
}

TEST(Briefing, HeadlineStatesTheEventNotAQuestion) {
  std::vector<StoryArticle> day = Day();
  Result<Briefing> b = BuildBriefing(day, {});
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->stories[0].title.find('?'), std::string::npos) << b->stories[0].title;
  EXPECT_NE(b->stories[0].title.find("Old Mill Bridge"), std::string::npos);
}

TEST(Briefing, PerspectivesCarryLeadAngleAndLeanOnlyFromATable) {
  std::vector<StoryArticle> day = Day();
  Result<Briefing> plain = BuildBriefing(day, {});
  ASSERT_TRUE(plain.ok());
  for (const Perspective& p : plain->stories[0].perspectives) {
    EXPECT_TRUE(p.lean.empty());
    EXPECT_FALSE(p.lead.empty());
    EXPECT_NE(ArticleById(day, p.article).text.find(p.lead), std::string::npos);
    EXPECT_FALSE(p.angle.empty()) << p.outlet;
    EXPECT_NE(p.angle, p.lead);
    EXPECT_EQ(p.url, ArticleById(day, p.article).url);
  }
  EXPECT_TRUE(plain->stories[0].coverage.empty());
  // The Ledger's angle is the budget and insurance, which no one else says.
  for (const Perspective& p : plain->stories[0].perspectives) {
    if (p.outlet == "The Daily Ledger") {
      EXPECT_NE(p.angle.find("budget"), std::string::npos);
    }
  }
  Result<OutletTable> table = OutletTable::Parse(
      "metro-wire.example\tcenter\nthedailyledger.example\tright\nRivervale Post\tleft\n");
  ASSERT_TRUE(table.ok());
  BriefingOptions options;
  options.outlets = &*table;
  Result<Briefing> leaned = BuildBriefing(day, options);
  ASSERT_TRUE(leaned.ok());
  const auto& ps = leaned->stories[0].perspectives;
  ASSERT_EQ(ps.size(), 4u);
  // Grouped by lean, left to right, the outlet the table does not know last.
  EXPECT_EQ(ps[0].lean, "left");
  EXPECT_EQ(ps[1].lean, "center");
  EXPECT_EQ(ps[2].lean, "right");
  EXPECT_EQ(ps[3].lean, "");
  ASSERT_EQ(leaned->stories[0].coverage.size(), 4u);
  EXPECT_EQ(leaned->stories[0].coverage[0].lean, "left");
  EXPECT_EQ(leaned->stories[0].coverage[0].outlets, 1);
}

TEST(Briefing, AWireCopyHasNoAngleOfItsOwn) {
  std::vector<StoryArticle> day = Day();
  StoryArticle copy = day[0];
  copy.id = "copy-1";
  copy.url = "https://coastal-herald.example/news/copy-1";
  copy.sitename = "The Coastal Herald";
  day.push_back(copy);
  Result<Briefing> b = BuildBriefing(day, {});
  ASSERT_TRUE(b.ok());
  for (const Perspective& p : b->stories[0].perspectives) {
    if (p.outlet == "The Coastal Herald" || p.outlet == "Metro Wire") {
      for (const Perspective& q : b->stories[0].perspectives) {
        if (&p != &q && !p.angle.empty()) {
          EXPECT_NE(p.angle, q.angle) << p.outlet;
        }
      }
    }
  }
}

TEST(Briefing, QuotesTimelineAndRelated) {
  std::vector<StoryArticle> day = Day();
  Result<Briefing> b = BuildBriefing(day, {});
  ASSERT_TRUE(b.ok());
  const BriefingStory& bridge = b->stories[0];
  std::set<std::string> speakers;
  for (const Quote& q : bridge.quotes) {
    speakers.insert(q.speaker);
    EXPECT_NE(ArticleById(day, q.article).text.find(q.text), std::string::npos);
  }
  EXPECT_EQ(speakers.count("Mayor Ana Sorel"), 1u);
  EXPECT_LE(bridge.quotes.size(), 3u);
  // Hourly: every article carries a time.
  int total = 0;
  for (const TimelinePoint& t : bridge.timeline) {
    EXPECT_EQ(t.when.size(), 16u) << t.when;
    total += t.articles;
  }
  EXPECT_EQ(total, 4);
  EXPECT_EQ(bridge.timeline.front().when, "2026-11-30T07:00");
  // The strike and the bridge share no names; the football match shares "Rivervale" only.
  for (const RelatedStory& r : bridge.related) EXPECT_NE(r.story, b->stories[1].story);
}

TEST(Briefing, GivenStoriesTopAndRange) {
  std::vector<StoryArticle> day = Day();
  day.push_back(Make("old-1", "metro-wire.example", "Metro Wire", "2026-11-20",
                     "An old story from ten days before",
                     "Nothing in this story happened on the day briefed at all."));
  std::vector<Story> given(2);
  given[0].id = "g-bridge";
  given[0].articles = {"wire-1", "post-1"};
  given[1].id = "g-old";
  given[1].articles = {"old-1"};
  BriefingOptions options;
  options.stories = &given;
  options.top = 0;
  Result<Briefing> b = BuildBriefing(day, options);
  ASSERT_TRUE(b.ok());
  ASSERT_EQ(b->stories.size(), 1u);  // the old story is outside the day
  EXPECT_EQ(b->stories[0].story, "g-bridge");
  EXPECT_EQ(b->stories[0].articles.size(), 2u);
  options.since = "2026-11-19";
  b = BuildBriefing(day, options);
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->stories.size(), 2u);
  EXPECT_EQ(b->since, "2026-11-19");
  options.stories = nullptr;
  options.since.clear();
  options.top = 2;
  b = BuildBriefing(day, options);
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->stories.size(), 2u);
}

TEST(Briefing, ALaterArticleAndAnotherLanguageStayOut) {
  std::vector<StoryArticle> day = Day();
  StoryArticle later = day[0];
  later.id = "later-1";
  later.date = "2026-12-01T08:00:00Z";
  later.text =
      "Rivervale reopened one lane of the Old Mill Bridge on Tuesday after divers checked it.";
  day.push_back(later);
  StoryArticle russian = Make("ru-1", "ria.example", "RIA", "2026-11-30T09:00:00Z",
                              "Мост закрыт после шторма", "Мост закрыли в субботу после шторма.");
  russian.language = "ru";
  day.push_back(russian);
  std::vector<Story> given(2);
  given[0].id = "bridge";
  given[0].articles = {"wire-1", "later-1"};
  given[1].id = "ru";
  given[1].articles = {"ru-1"};
  BriefingOptions options;
  options.stories = &given;
  options.date = "2026-11-30";
  options.language = "en";
  Result<Briefing> b = BuildBriefing(day, options);
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  ASSERT_EQ(b->stories.size(), 1u);
  EXPECT_EQ(b->stories[0].articles, std::vector<std::string>{"wire-1"});
  EXPECT_EQ(b->stories[0].last_seen, "2026-11-30");
  for (const SummarySentence& s : b->stories[0].summary) EXPECT_EQ(s.article, "wire-1");
}

TEST(Briefing, ErrorsAreValues) {
  std::vector<StoryArticle> day = Day();
  BriefingOptions options;
  options.date = "30.11.2026";
  EXPECT_EQ(BuildBriefing(day, options).status().code(), StatusCode::kInvalidArgument);
  options.date = "2026-11-30";
  options.since = "2026-12-01";
  EXPECT_EQ(BuildBriefing(day, options).status().code(), StatusCode::kInvalidArgument);
  options.since.clear();
  options.date = "2027-01-01";
  EXPECT_EQ(BuildBriefing(day, options).status().code(), StatusCode::kNotFound);
  day.push_back(day[0]);
  EXPECT_EQ(BuildBriefing(day, {}).status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace newsdesk
