#include "text/line_signals.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace newsdesk::text {
namespace {

// One line and what a predicate should say of it.
struct Case {
  std::string_view line;
  bool expected;
};

// Runs `predicate` over `cases`, naming the line that fails.
template <typename Predicate>
void ExpectAll(Predicate predicate, const std::vector<Case>& cases) {
  for (const Case& c : cases) EXPECT_EQ(predicate(c.line), c.expected) << "line: " << c.line;
}

TEST(LineSignals, SectionMarkerEnglish) {
  ExpectAll(IsSectionMarker, {
                                 {"Related stories", true},
                                 {"Comments:", true},
                                 {"Leave a Reply", true},
                                 {"You may also like\xE2\x80\xA6", true},  // "…" trimmed
                                 {"Most read.", true},
                                 {"12 comments", true},
                                 {"34 Responses to \"Ferry fares rise\"", true},
                                 {"3 replies", true},
                                 {"5 thoughts on the ferry", true},
                                 {"Related stories about the vote were published.", false},
                                 {"Comments are closed", false},
                                 {"12 apples", false},
                                 {"comments" + std::string(80, ' ') + "x", false},  // too long
                                 {"", false},
                             });
}

TEST(LineSignals, SectionMarkerOtherLanguages) {
  ExpectAll(IsSectionMarker, {
                                 // Portuguese
                                 {"Comentários", true},
                                 {"Veja também", true},
                                 {"Leia também:", true},
                                 {"Você pode gostar...", true},
                                 {"Notícias relacionadas", true},
                                 // Spanish
                                 {"Comentarios", true},
                                 {"Te puede interesar", true},
                                 {"Artículos relacionados", true},
                                 // French
                                 {"Commentaires", true},
                                 {"Lire aussi", true},
                                 {"À lire aussi", true},
                                 {"Sur le même sujet", true},
                                 // German
                                 {"Kommentare", true},
                                 {"Mehr zum Thema", true},
                                 {"Das könnte Sie auch interessieren", true},
                                 // Italian
                                 {"Commenti", true},
                                 {"Leggi anche", true},
                                 {"Articoli correlati", true},
                                 // Russian
                                 {"Комментарии", true},
                                 {"Читайте также:", true},
                                 {"Похожие статьи", true},
                                 // Not markers: prose in those languages.
                                 {"Veja também o que disse o ministro", false},
                                 {"Lire aussi le rapport du conseil", false},
                                 {"Читайте также наш обзор", false},
                             });
}

TEST(LineSignals, CommentMarker) {
  ExpectAll(IsCommentMarker, {
                                 {"Comments", true},
                                 {"Leave a reply", true},
                                 {"Join the discussion", true},
                                 {"12 Responses", true},
                                 {"Commentaires", true},  // French
                                 {"Commenti", true},      // Italian
                                 {"Related stories", false},
                                 {"Veja também", false},
                                 {"The comments section of the site", false},  // not a marker
                             });
}

TEST(LineSignals, CountedThreadMarker) {
  ExpectAll(IsCountedThreadMarker, {
                                       {"34 Responses to \"Ferry fares\"", true},
                                       {"12 comments", true},
                                       {"3 replies", true},
                                       {"Comments", false},  // no count
                                       {"12 things to know", false},
                                       {"", false},
                                   });
}

TEST(LineSignals, EndMarker) {
  ExpectAll(IsEndMarker, {
                             {"Related coverage from Business Insider", true},
                             {"More articles from Jane Doe", true},
                             {"About the author", true},
                             {"Previous Article", true},
                             {"Explore further", true},
                             {"More Great WIRED Stories", true},  // rail heading
                             {"Popular articles", true},
                             {"Latest news", true},
                             {"About Brigit Katz", true},     // author box
                             {"Sobre Carlos Nadalim", true},  // Portuguese author box
                             {"About the council vote, residents said nothing.", false},
                             {"About three people", false},  // not a capitalised name
                             {"Great stories", false},
                             {"More news than ever on the council and its plans for the harbour",
                              false},  // too long
                         });
}

TEST(LineSignals, CommentMeta) {
  ExpectAll(IsCommentMeta,
            {
                {"2 days ago at 07:52 am", true},
                {"March 3, 2024 at 9:14 am", true},
                {"5h ago", true},
                {"5:23 pm", true},
                {"Kickoff 9:14", false},  // a clock, no "at"/am/pm
                {"ago", false},
                {"The council met two days ago and voted on the harbour plan", false},
            });
}

TEST(LineSignals, CommentHead) {
  ExpectAll(IsCommentHead, {
                               {"thelastchargersfan says:", true},
                               {"Ann wrote:", true},
                               {"Catherine on September 13, 2018 at 5:23 pm said:", true},
                               {"The minister said:", false},  // a quote, no clock time
                               {"says:", false},               // too short
                               {"He says: the plan will work", false},
                           });
}

TEST(LineSignals, MachineText) {
  ExpectAll(IsMachineText,
            {
                {"https://example.com/news/ferry-fares", true},
                {"http://example.com", true},
                {"2019-11-13T23:06:00+01:00", true},
                {"news,politics,council,vote", true},
                {"How to retire early,Early retirement,Retiring early,Your Money,Saving", true},
                {"The council met, voted, and left, all within the hour.", false},
                {"example.com", false},
                {"", false},
            });
}

TEST(LineSignals, Caption) {
  ExpectAll(IsCaption, {
                           {"FILE PHOTO: A man walks past the harbour", true},
                           {"Image caption The harbour at dawn", true},
                           {"Video: the storm reaches the coast", true},
                           {"\xC2\xA9 Jane Roe", true},
                           {"This 2017 file photo shows the harbour", true},
                           {"Image 1 of 5", true},
                           {"Photo 3 of 12", true},
                           {"1of4 The harbour at dawn", true},
                           {"3 of 12 The harbour at dawn", true},
                           {"The harbour at dawn. Credit: Getty Images", true},
                           {"Rescuers at work (Photo: AP)", true},
                           {"Foto: Reuters", true},
                           {"The photo shows the harbour at dawn.", false},
                           {"Image of the harbour", false},
                           {"Credit: Approved. Then rejected", false},  // not a credit
                           {"credit: Getty Images", false},             // marks are case-sensitive
                       });
}

TEST(LineSignals, ShoutedLink) {
  ExpectAll(IsShoutedLink, {
                               {"TAYLOR SWIFT CLEARED TO PERFORM HITS AT AMAS, REPORT SAYS", true},
                               {"CLICK HERE TO GET THE APP", true},
                               {"BREAKING NEWS", false},  // a short subheading
                               {"Taylor Swift cleared to perform hits at AMAs", false},
                               {"1 2 3 4 5 6 A", false},  // no letters to shout
                           });
}

TEST(LineSignals, ShareButton) {
  ExpectAll(EndsWithShareButton, {
                                     {"Quote worth sharing.Click To Tweet", true},
                                     {"Click To Tweet", false},  // the button alone
                                     {"click to tweet at the end", false},
                                 });
}

TEST(LineSignals, Bio) {
  ExpectAll(IsBio, {
                       {"Jane Doe is a staff writer at the Ledger.", true},
                       {"Jane Doe has worked as a senior writer at the Ledger since 2014.", true},
                       {"The council voted on Tuesday to build protected cycle lanes.", false},
                       {"Is a staff writer at the Ledger.", false},  // no name
                   });
}

TEST(LineSignals, WriterBio) {
  ExpectAll(IsWriterBio, {
                             {"Jane Doe is a freelance writer based in Toronto.", true},
                             {"Her work has appeared in the Ledger.", true},
                             {"Acme has worked with clients in 40 countries.", false},
                             {"Jane Doe is a writer. " + std::string(400, 'x'), false},  // too long
                         });
}

TEST(LineSignals, StartsWithBy) {
  ExpectAll(StartsWithBy, {
                              {"By Jane Doe", true},
                              {"by Jane Doe", true},
                              {"BY JANE DOE", false},
                              {"Bystanders said", false},
                              {"Written by Jane Doe", false},
                          });
}

TEST(LineSignals, HeaderMeta) {
  ExpectAll(IsHeaderMeta, {
                              {"By Jane Doe", true},
                              {"Updated March 3, 2024", true},
                              {"Published 9:14 am", true},
                              {"Posted on the harbour blog", true},
                              {"March 3, 2024", true},                 // a dateline
                              {"By " + std::string(120, 'x'), false},  // too long for a byline
                              {"Ferry fares rise in January", false},
                          });
}

TEST(LineSignals, TitleLike) {
  ExpectAll(IsTitleLike, {
                             {"Ferry fares rise in January", true},
                             {"Ferry fares rise in January.", false},  // a sentence
                             {"Ferry", false},                         // one word
                             {"", false},
                             {"Ferry fares " + std::string(140, 'x'), false},  // too long
                         });
}

TEST(LineSignals, SectionLabel) {
  ExpectAll(IsSectionLabel, {
                                {"Analysis", true},
                                {"In brief", true},
                                {"Four words are here", false},
                                {"Done.", false},
                                {std::string(31, 'x'), false},
                            });
}

TEST(LineSignals, ShortTag) {
  ExpectAll(IsShortTag, {
                            {"2H ago", true},
                            {"Video", true},
                            {"Thirteen chars", false},  // too long
                            {"Ok.", false},             // a sentence
                        });
}

TEST(LineSignals, SingleSentenceDek) {
  ExpectAll(IsSingleSentenceDek, {
                                     {"The council approved the plan on Tuesday.", true},
                                     {"One. Two. Three.", false},  // three sentences
                                     {"No final stop", false},
                                     {std::string(221, 'x') + ".", false},
                                 });
}

TEST(LineSignals, TeaserDek) {
  ExpectAll(IsTeaserDek, {
                             {"Analysis What cheaper petrol means for drivers", true},
                             {"Drivers will pay less.", true},
                             {"Done. and more words", false},  // neither a label nor a sentence
                             {std::string(221, 'x') + ".", false},
                         });
}

TEST(LineSignals, Kicker) {
  ExpectAll(IsKicker, {
                          {"TIME TRAVELLER", true},
                          {"WORLD CUP", true},
                          {"Time Traveller", false},
                          {"AB", false},           // too short
                          {"A B C D E F", false},  // too many words
                          {"2024", false},         // no capitals
                      });
}

TEST(LineSignals, TeaserBullet) {
  ExpectAll(IsTeaserBullet, {
                                {"-", true},
                                {"\xE2\x80\x93", true},  // "–"
                                {"\xE2\x80\xA2", true},  // "•"
                                {"--", false},
                                {"- item", false},
                            });
}

TEST(LineSignals, GluedDek) {
  const std::string_view camel = "The island ferry company uses ColdFusion upgrades";
  WordCounts once = {{"ColdFusion", 1}};
  WordCounts twice = {{"ColdFusion", 2}};
  EXPECT_TRUE(HasGluedDek(camel, once));
  EXPECT_FALSE(HasGluedDek(camel, twice));  // a word the text uses again: a name, not a seam
  EXPECT_FALSE(HasGluedDek(camel, {}));
  EXPECT_TRUE(HasGluedDek("Child refugees left stateless WASHINGTON: Express news", {}));
  EXPECT_FALSE(HasGluedDek("Refugees WASHINGTON: Express news", {}));  // too few words before
  EXPECT_FALSE(HasGluedDek("The island ferry company will raise its fares", {}));
}

TEST(LineSignals, ListItemNumber) {
  struct NumberCase {
    std::string_view line;
    int expected;
  };
  const NumberCase cases[] = {
      {"1) Buy a kettle", 1}, {"2. Boil the water", 2},
      {"3 - Pour it", 3},     {"4 : Wait", 4},
      {"12) Twelve", 12},     {"1234. Too long", -1},
      {"Item 1", -1},         {"5", -1},
      {"7 days later", -1},   {"3 -", -1},
  };
  for (const NumberCase& c : cases) EXPECT_EQ(ListItemNumber(c.line), c.expected) << c.line;
}

TEST(LineSignals, StopWordShare) {
  struct ShareCase {
    std::string_view line;
    double expected;
  };
  const ShareCase cases[] = {
      {"the cat and the dog", 0.6},  // English
      {"Home News Sport", 0.0},      // a menu
      {"", 0.0},
      {"le chat et la souris", 0.6},    // French
      {"der Hund und die Katze", 0.6},  // German
      {"el perro y la gata", 0.6},      // Spanish
      {"il cane di Mario", 0.5},        // Italian
      {"não é um problema", 0.5},       // Portuguese
  };
  for (const ShareCase& c : cases) EXPECT_DOUBLE_EQ(StopWordShare(c.line), c.expected) << c.line;
}

TEST(LineSignals, WordTriples) {
  std::vector<uint64_t> a, b;
  WordTriples("one two three four", &a);
  EXPECT_EQ(a.size(), 2u);
  WordTriples("one two", &a);
  EXPECT_TRUE(a.empty());
  WordTriples("The Cat Sat", &a);  // case folded, punctuation ignored
  WordTriples("the, cat. sat", &b);
  EXPECT_EQ(a, b);
  WordTriples("the cat ran", &b);
  EXPECT_NE(a, b);
}

TEST(LineSignals, PitchWithoutTheWordNewsletter) {
  ExpectAll(
      IsPitch,
      {
          // Benefits, a price, the reader's inbox, a daily e-mail, fear of missing out.
          {"Get the facts, the analysis and the perspectives you need, for less than a "
           "coffee a week.",
           true},
          {"Unlimited access to award-winning reporting, for just $1 a week.", true},
          {"The best of the Gazette, delivered straight to your inbox.", true},
          {"Our free daily e-mail brings the day's stories to you before breakfast.", true},
          {"Never miss a story: we'll send the headlines to you every Sunday.", true},
          {"Join 40,000 readers who start their day with us.", true},
          {"Subscribe to The Island Courier", true},
          // One strong phrase, no imperative first: the reader addressed, or the outlet speaking.
          {"The Morning Ledger newsletter is free for readers like you.", true},
          {"Our newsletter arrives every weekday at six.", true},
          // News and how-to lines that use the same words.
          {"Residents can send objections by e-mail until March 3, the council said.", false},
          {"\"You will never miss the ferry again,\" the mayor promised.", false},
          {"You can cancel your subscription at any time from the account page.", false},
          {"The letter was delivered to the minister on Monday morning.", false},
          {"If you have 1,000 subscribers, you can earn money through ads.", false},
          {"Start your day with a whole-grain cereal, like oatmeal.", false},
          {std::string(150, 'x') + " delivered straight to your inbox, " + std::string(60, 'y'),
           false},  // too long for a pitch
      });
}

}  // namespace
}  // namespace newsdesk::text
