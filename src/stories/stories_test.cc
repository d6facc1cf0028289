// Story grouping on fixtures written for the purpose: one event in five outlets' own words, two
// events on one subject the same day, a story that goes on the next day, wire copies, input order,
// languages, and the errors.
#include "newsdesk/stories.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "stories/story_builder.h"
#include "stories/terms.h"

namespace newsdesk {
namespace {

StoryArticle Make(std::string id, std::string outlet, std::string date, std::string title,
                  std::string text, std::string language = "en") {
  StoryArticle a;
  a.id = std::move(id);
  a.sitename = outlet;
  a.url = "https://" + outlet + "/news/" + a.id;
  a.date = std::move(date);
  a.title = std::move(title);
  a.text = std::move(text);
  a.language = std::move(language);
  return a;
}

// A day of other news, each its own event, so that word rarity means something.
std::vector<StoryArticle> Background(const std::string& date, const std::string& tag) {
  const char* items[][2] = {
      {"Heavy snow closes mountain passes in the Alps",
       "Avalanche warnings were raised across Switzerland and Austria as a metre of snow fell."},
      {"Central bank holds interest rates steady",
       "Policymakers kept the benchmark rate at 4 percent and signalled patience on inflation."},
      {"Local football club appoints new manager",
       "The second-division side named its former captain as head coach on a two-year deal."},
      {"Museum returns looted bronze statues to Nigeria",
       "The Benin bronzes were handed over at a ceremony attended by the culture minister."},
      {"Electric carmaker recalls 40,000 vehicles over brake fault",
       "Owners were told to book a free repair after reports of a faulty brake sensor."},
      {"Heatwave grips southern Australia",
       "Temperatures passed 45 degrees in Adelaide and fire crews were put on alert."},
      {"Streaming service raises subscription prices",
       "Monthly plans will cost two dollars more from March, the company told customers."},
      {"Scientists map the genome of the axolotl",
       "The salamander's genome, ten times larger than a human's, may explain regrowing limbs."},
      {"Airline strike cancels hundreds of flights in France",
       "Air traffic controllers walked out over pensions, grounding flights at Paris airports."},
      {"Record crowd watches marathon in Berlin",
       "More than a million spectators lined the streets as the course record nearly fell."},
  };
  std::vector<StoryArticle> out;
  int n = 0;
  for (const auto& item : items) {
    // One number for both (g++ read n for the outlet before the id's n++; -Wsequence-point).
    std::string number = std::to_string(n++);
    out.push_back(Make(tag + "-bg" + number, "outlet" + number + ".com", date, item[0], item[1]));
  }
  return out;
}

std::vector<Story> Group(const std::vector<StoryArticle>& articles, StoriesOptions options = {}) {
  Result<std::vector<Story>> stories = GroupStories(articles, options);
  EXPECT_TRUE(stories.ok()) << stories.status().ToString();
  return stories.ok() ? *stories : std::vector<Story>{};
}

// The story holding article `id`.
const Story* StoryOf(const std::vector<Story>& stories, const std::string& id) {
  for (const Story& s : stories) {
    if (std::find(s.articles.begin(), s.articles.end(), id) != s.articles.end()) return &s;
  }
  return nullptr;
}

std::vector<StoryArticle> FerryDay() {
  std::vector<StoryArticle> a = Background("2024-03-14", "d1");
  a.push_back(Make("ferry-1", "harbourtimes.gr", "2024-03-14",
                   "Ferry capsizes off Lesbos, 14 migrants rescued",
                   "A ferry carrying migrants capsized off the Greek island of Lesbos before dawn. "
                   "The coast guard rescued 14 people and three are missing."));
  a.push_back(Make("ferry-2", "eurowire.eu", "2024-03-14",
                   "Greek coast guard searches for three missing after Lesbos boat sinks",
                   "Rescuers pulled 14 survivors from the sea after the vessel overturned near "
                   "Lesbos early on Thursday."));
  a.push_back(Make("ferry-3", "dailyglobe.com", "2024-03-14",
                   "Three missing as migrant boat overturns near Lesbos",
                   "Greek authorities said the boat sank in rough seas off Lesbos; the coast guard "
                   "found 14 migrants alive."));
  a.push_back(Make("ferry-4", "islandnews.gr", "2024-03-14",
                   "Lesbos shipwreck: coast guard rescues 14",
                   "Fourteen migrants were saved when their boat capsized north of Lesbos. Three "
                   "people remain missing, the Greek coast guard said."));
  a.push_back(Make("ferry-5", "worldreport.org", "2024-03-14",
                   "Migrants rescued after boat sinks in Aegean off Lesbos",
                   "The Greek coast guard said 14 migrants were rescued and a search continues for "
                   "three missing after their boat capsized off Lesbos."));
  return a;
}

TEST(StoriesTest, FiveOutletsInTheirOwnWordsAreOneStory) {
  std::vector<Story> stories = Group(FerryDay());
  const Story* ferry = StoryOf(stories, "ferry-1");
  ASSERT_NE(ferry, nullptr);
  EXPECT_EQ(ferry->size, 5);
  EXPECT_EQ(ferry->outlets.size(), 5U);
  for (int i = 2; i <= 5; ++i) EXPECT_EQ(StoryOf(stories, "ferry-" + std::to_string(i)), ferry);
  // The biggest story of the day comes first; the background articles stay alone.
  EXPECT_EQ(&stories.front(), ferry);
  EXPECT_EQ(stories.size(), 11U);
  EXPECT_EQ(ferry->first_seen, "2024-03-14");
  EXPECT_EQ(ferry->language, "en");
}

TEST(StoriesTest, TwoRulingsOnOneSubjectTheSameDayAreTwoStories) {
  std::vector<StoryArticle> a = Background("2021-06-17", "d");
  a.push_back(Make("aca-1", "left.com", "2021-06-17",
                   "Supreme Court upholds Affordable Care Act, rejecting Texas challenge",
                   "The Supreme Court on Thursday rejected a challenge by Texas and other "
                   "Republican-led states to the Affordable Care Act, leaving Obamacare intact."));
  a.push_back(
      Make("aca-2", "centre.com", "2021-06-17", "Obamacare survives third Supreme Court challenge",
           "Justices ruled 7-2 that Texas and the other states lacked standing to challenge "
           "the health law's insurance mandate."));
  a.push_back(Make("aca-3", "right.com", "2021-06-17",
                   "Supreme Court tosses Texas lawsuit against Obamacare",
                   "The Affordable Care Act stands after the justices dismissed the Texas-led "
                   "lawsuit for lack of standing."));
  a.push_back(Make("foster-1", "left.com", "2021-06-17",
                   "Supreme Court sides with Catholic foster agency in Philadelphia case",
                   "The Supreme Court ruled that Philadelphia violated the religious freedom of "
                   "Catholic Social Services when it stopped referring foster children to it."));
  a.push_back(Make("foster-2", "centre.com", "2021-06-17",
                   "Justices rule for Catholic charity that refused same-sex foster parents",
                   "The unanimous ruling said Philadelphia could not exclude the Catholic agency "
                   "from its foster care program over its refusal to certify same-sex couples."));
  a.push_back(Make("foster-3", "right.com", "2021-06-17",
                   "Unanimous Supreme Court win for Catholic Social Services",
                   "Philadelphia must keep working with the Catholic foster care agency, the "
                   "justices ruled, in a religious liberty case."));
  std::vector<Story> stories = Group(a);
  const Story* aca = StoryOf(stories, "aca-1");
  const Story* foster = StoryOf(stories, "foster-1");
  ASSERT_NE(aca, nullptr);
  ASSERT_NE(foster, nullptr);
  EXPECT_NE(aca, foster);
  EXPECT_EQ(StoryOf(stories, "aca-2"), aca);
  EXPECT_EQ(StoryOf(stories, "aca-3"), aca);
  EXPECT_EQ(StoryOf(stories, "foster-2"), foster);
  EXPECT_EQ(StoryOf(stories, "foster-3"), foster);
  EXPECT_EQ(aca->size, 3);
  EXPECT_EQ(foster->size, 3);
}

TEST(StoriesTest, AStoryThatGoesOnTheNextDayKeepsItsId) {
  std::vector<StoryArticle> day1 = FerryDay();
  std::string id = StoryOf(Group(day1), "ferry-1")->id;
  std::vector<StoryArticle> both = day1;
  for (StoryArticle& bg : Background("2024-03-15", "d2")) both.push_back(bg);
  both.push_back(Make("ferry-6", "harbourtimes.gr", "2024-03-15",
                      "Bodies of three missing migrants found off Lesbos",
                      "Divers recovered the bodies of the three migrants missing since their boat "
                      "capsized off Lesbos; 14 survivors were rescued by the coast guard."));
  both.push_back(Make("ferry-7", "eurowire.eu", "2024-03-15",
                      "Lesbos shipwreck toll rises to three as search ends",
                      "The Greek coast guard ended its search off Lesbos after finding the three "
                      "missing migrants dead."));
  std::vector<Story> stories = Group(both);
  const Story* ferry = StoryOf(stories, "ferry-1");
  ASSERT_NE(ferry, nullptr);
  EXPECT_EQ(ferry->id, id);
  EXPECT_EQ(StoryOf(stories, "ferry-6"), ferry);
  EXPECT_EQ(StoryOf(stories, "ferry-7"), ferry);
  EXPECT_EQ(ferry->first_seen, "2024-03-14");
  EXPECT_EQ(ferry->last_seen, "2024-03-15");
  EXPECT_EQ(ferry->size, 7);
}

TEST(StoriesTest, ArticlesAlreadyInAStoryStayAndTheStoryGrows) {
  // Day one grouped, then given back with its stories, as the archive does, with day two.
  std::vector<StoryArticle> day1 = FerryDay();
  std::vector<Story> first = Group(day1);
  for (StoryArticle& a : day1) a.story = "db-" + StoryOf(first, a.id)->id;
  std::vector<StoryArticle> both = day1;
  both.push_back(Make("ferry-6", "harbourtimes.gr", "2024-03-15",
                      "Bodies of three missing migrants found off Lesbos",
                      "Divers recovered the bodies of the three migrants missing since their boat "
                      "capsized off Lesbos; the coast guard had rescued 14."));
  std::vector<Story> second = Group(both);
  const Story* ferry = StoryOf(second, "ferry-6");
  ASSERT_NE(ferry, nullptr);
  EXPECT_EQ(ferry->id, "db-" + StoryOf(first, "ferry-1")->id);
  EXPECT_EQ(ferry->size, 6);
  EXPECT_EQ(second.size(), first.size());  // no earlier story merged or split
  for (const Story& s : first) {
    const Story* again = StoryOf(second, s.articles.front());
    EXPECT_EQ(again->id, "db-" + s.id);
  }
}

TEST(StoriesTest, TwoEarlierStoriesAreNeverMerged) {
  // The same event stored as two stories (an earlier run split it): both keep their ids.
  std::vector<StoryArticle> a = FerryDay();
  for (StoryArticle& x : a) {
    if (x.id == "ferry-1" || x.id == "ferry-2") x.story = "old-1";
    if (x.id == "ferry-3") x.story = "old-2";
  }
  std::vector<Story> stories = Group(a);
  EXPECT_EQ(StoryOf(stories, "ferry-1")->id, "old-1");
  EXPECT_EQ(StoryOf(stories, "ferry-3")->id, "old-2");
  EXPECT_EQ(StoryOf(stories, "ferry-2"), StoryOf(stories, "ferry-1"));
}

TEST(StoriesTest, GivenCopyLinksFoldLikeFoundOnes) {
  std::vector<StoryArticle> a = FerryDay();
  a.push_back(Make("short-copy", "aggregator.example", "2024-03-14", "Boat tragedy in the Aegean",
                   "Short item."));
  a.back().copy_of = "ferry-1";
  std::vector<Story> stories = Group(a);
  EXPECT_EQ(StoryOf(stories, "short-copy"), StoryOf(stories, "ferry-1"));
  EXPECT_EQ(StoryOf(stories, "ferry-1")->copies, 1);
}

TEST(StoriesTest, NearDuplicateCopiesFoldIntoTheirOriginal) {
  std::string wire =
      "Officials in the coastal province said on Tuesday that the new desalination plant, the "
      "largest in the region, would begin supplying drinking water to four hundred thousand "
      "homes by the end of the summer. The plant cost 1.2 billion dollars and took six years to "
      "build. Engineers said it would run on solar power during the day and on the grid at "
      "night, and that the brine it produces would be diluted before it returns to the sea.";
  std::vector<StoryArticle> a = Background("2024-05-07", "d");
  a.push_back(Make("wire-1", "wireservice.com", "2024-05-07",
                   "Region's largest desalination plant to open this summer", wire));
  a.push_back(Make("wire-2", "citypaper.com", "2024-05-07",
                   "Water plant set to serve 400,000 homes",
                   "Advertisement. " + wire + " Sign up for our newsletter."));
  a.push_back(Make("wire-3", "valleyherald.com", "2024-05-07",
                   "$1.2bn solar-powered desalination plant nears completion", wire));
  std::vector<Story> stories = Group(a);
  const Story* plant = StoryOf(stories, "wire-1");
  ASSERT_NE(plant, nullptr);
  EXPECT_EQ(plant->size, 3);
  EXPECT_EQ(plant->copies, 2);
  EXPECT_EQ(plant->outlets.size(), 3U);  // the copies' outlets are listed
  // ... but a wire text run three times is one report: it ranks below five outlets' own reports.
  std::vector<StoryArticle> with_ferry = a;
  for (StoryArticle& f : FerryDay()) {
    if (f.id.rfind("ferry", 0) == 0) {
      f.date = "2024-05-07";
      with_ferry.push_back(f);
    }
  }
  stories = Group(with_ferry);
  EXPECT_LT(StoryOf(stories, "wire-1")->score, StoryOf(stories, "ferry-1")->score);
}

TEST(StoriesTest, InputOrderDoesNotChangeTheResult) {
  std::vector<StoryArticle> a = FerryDay();
  for (StoryArticle& bg : Background("2024-03-15", "d2")) a.push_back(bg);
  std::vector<Story> expected = Group(a);
  std::mt19937 random(7);
  for (int round = 0; round < 5; ++round) {
    std::shuffle(a.begin(), a.end(), random);
    std::vector<Story> got = Group(a);
    ASSERT_EQ(got.size(), expected.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i].id, expected[i].id);
      EXPECT_EQ(got[i].articles, expected[i].articles);
      EXPECT_EQ(got[i].title, expected[i].title);
      EXPECT_DOUBLE_EQ(got[i].score, expected[i].score);
    }
  }
}

TEST(StoriesTest, EveryArticleIsInExactlyOneStory) {
  std::vector<StoryArticle> a = FerryDay();
  std::vector<Story> stories = Group(a);
  std::multiset<std::string> seen;
  for (const Story& s : stories) {
    EXPECT_EQ(s.size, static_cast<int>(s.articles.size()));
    seen.insert(s.articles.begin(), s.articles.end());
  }
  EXPECT_EQ(seen.size(), a.size());
  for (const StoryArticle& x : a) EXPECT_EQ(seen.count(x.id), 1U) << x.id;
}

TEST(StoriesTest, StoriesFormWithinALanguage) {
  std::vector<StoryArticle> a = FerryDay();
  a.push_back(Make("es-1", "elpais.es", "2024-03-14",
                   "Naufraga un barco de migrantes frente a Lesbos",
                   "La guardia costera griega rescató a 14 migrantes y busca a tres desaparecidos "
                   "frente a Lesbos.",
                   "es"));
  a.push_back(Make("es-2", "elmundo.es", "2024-03-14",
                   "Tres desaparecidos al hundirse una barca en Lesbos",
                   "Catorce migrantes fueron rescatados por la guardia costera griega cerca de "
                   "Lesbos; tres siguen desaparecidos.",
                   "es"));
  std::vector<Story> stories = Group(a);
  const Story* en = StoryOf(stories, "ferry-1");
  const Story* es = StoryOf(stories, "es-1");
  ASSERT_NE(es, nullptr);
  EXPECT_NE(en, es);
  EXPECT_EQ(StoryOf(stories, "es-2"), es);
  EXPECT_EQ(es->language, "es");
}

TEST(StoriesTest, TopAndDateSelectAndRank) {
  std::vector<StoryArticle> a = FerryDay();
  for (StoryArticle& bg : Background("2024-03-15", "d2")) a.push_back(bg);
  StoriesOptions options;
  options.top = 3;
  EXPECT_EQ(Group(a, options).size(), 3U);
  options.top = 0;
  options.date = "2024-03-14";
  options.only_date = true;
  std::vector<Story> day1 = Group(a, options);
  EXPECT_EQ(day1.size(), 11U);  // the ferry and ten background stories of that day
  EXPECT_EQ(day1.front().articles.front(), "ferry-1");
  options.date = "2024-03-15";
  options.only_date = false;
  std::vector<Story> all = Group(a, options);
  // The documented formula: five outlets and five articles that day; as of the next day, no
  // article that day and one quiet day.
  EXPECT_NEAR(StoryOf(day1, "ferry-1")->score, 2 * std::log2(6.0) + std::log2(6.0), 1e-9);
  EXPECT_NEAR(StoryOf(all, "ferry-1")->score, 0.5 * 2 * std::log2(6.0), 1e-9);
}

TEST(StoriesTest, BadInputIsAClearError) {
  std::vector<StoryArticle> a = FerryDay();
  a.push_back(a.front());
  Result<std::vector<Story>> r = GroupStories(a, {});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find("two articles have the id"), std::string::npos);
  a.pop_back();
  a.front().id.clear();
  EXPECT_FALSE(GroupStories(a, {}).ok());
  StoriesOptions options;
  options.date = "14/03/2024";
  EXPECT_FALSE(GroupStories(FerryDay(), options).ok());
  EXPECT_TRUE(GroupStories({}, {}).ok());
}

TEST(StoriesTest, DayNumbersRoundTrip) {
  EXPECT_EQ(stories::DayNumber("1970-01-01"), 0);
  EXPECT_EQ(stories::DayNumber("2024-03-14T09:00:00+01:00"), 19796);
  EXPECT_FALSE(stories::DayNumber("2024-13-01").has_value());
  EXPECT_FALSE(stories::DayNumber("2024-02-31").has_value());  // no such day
  EXPECT_FALSE(stories::DayNumber("2023-02-29").has_value());  // not a leap year
  EXPECT_FALSE(stories::DayNumber("1900-02-29").has_value());  // nor is 1900
  EXPECT_EQ(stories::DayNumber("2000-02-29"), 11016);
  EXPECT_FALSE(stories::DayNumber("2024-04-31").has_value());
  EXPECT_FALSE(stories::DayNumber("yesterday").has_value());
  for (int day : {0, 19796, 11016, -1, 40000}) {
    EXPECT_EQ(stories::DayNumber(stories::DayString(day)), day);
  }
}

TEST(StoriesTest, SlugWordsComeFromTheLongestPathSegment) {
  using stories::internal::SlugWords;
  std::vector<std::string_view> w =
      SlugWords("https://example.com/2014/03/10/gm-recalls-1-6m-cars-123456.html?utm_source=x");
  EXPECT_EQ(w, (std::vector<std::string_view>{"gm", "recalls", "1", "6m", "cars"}));
  EXPECT_TRUE(SlugWords("https://example.com/business/").empty());  // a section, not a slug
  EXPECT_TRUE(SlugWords("not a url").empty());
}

}  // namespace
}  // namespace newsdesk
