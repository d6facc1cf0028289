// Sentence splitting, datelines and flaws; quotes and their speakers; the outlet table.
#include "briefing/sentences.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "briefing/quotes.h"
#include "newsdesk/briefing.h"

namespace newsdesk::briefing {
namespace {

std::vector<std::string> Texts(std::string_view text) {
  std::vector<std::string> out;
  for (const Sentence& s : SplitSentences(text)) out.emplace_back(s.text);
  return out;
}

TEST(BriefingSentences, SplitsAtSentenceEndsNotAtAbbreviationsInitialsOrNumbers) {
  EXPECT_EQ(Texts("Mr. Smith met Dr. Jones in the U.S. capital on Jan. 5. They spoke for 2.5 "
                  "hours. J. R. Doe said it went well! Was it? “Yes,” he said."),
            (std::vector<std::string>{"Mr. Smith met Dr. Jones in the U.S. capital on Jan. 5.",
                                      "They spoke for 2.5 hours.", "J. R. Doe said it went well!",
                                      "Was it?", "“Yes,” he said."}));
}

TEST(BriefingSentences, ParagraphsAndQuotesCloseSentences) {
  std::vector<Sentence> s =
      SplitSentences("First paragraph ends here.\n\n\"A quoted line ends.\" Then more text.");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0].paragraph, 0);
  EXPECT_EQ(s[1].text, "\"A quoted line ends.\"");
  EXPECT_EQ(s[1].paragraph, 1);
  EXPECT_EQ(s[2].index, 2);
}

TEST(BriefingSentences, CutsDatelinesFromTheFirstParagraphs) {
  EXPECT_EQ(Texts("RIVERVALE (Metro Wire) — The bridge closed on Saturday evening.")[0],
            "The bridge closed on Saturday evening.");
  EXPECT_EQ(Texts("LONDON, Nov 30 (Reuters) - Prices rose for a third month in a row.")[0],
            "Prices rose for a third month in a row.");
  EXPECT_EQ(Texts("WASHINGTON — Lawmakers passed the budget late on Friday night.")[0],
            "Lawmakers passed the budget late on Friday night.");
  EXPECT_EQ(Texts("ISLAMABAD: Prime Minister Imran Khan said the talks would go on.")[0],
            "Prime Minister Imran Khan said the talks would go on.");
  EXPECT_EQ(Texts("LONDON (Nov 8): Support for the party was unchanged at 40 percent.")[0],
            "Support for the party was unchanged at 40 percent.");
  EXPECT_EQ(Texts("MADISON, Wis. - Officers tracked a burglary suspect by his footprints.")[0],
            "Officers tracked a burglary suspect by his footprints.");
  EXPECT_EQ(Texts("Smith, Jones. - A list is not a dateline at all, is it not?")[0],
            "Smith, Jones. - A list is not a dateline at all, is it not?");
  EXPECT_EQ(Texts("(CNN) - Artist Kanye West has thrown out a new name idea.")[0],
            "Artist Kanye West has thrown out a new name idea.");
  // A colon after ordinary words is not a dateline.
  EXPECT_EQ(Texts("The mayor said: the bridge stays closed until spring.")[0],
            "The mayor said: the bridge stays closed until spring.");
  EXPECT_EQ(Texts("NATO—led troops entered the city on Monday after a long siege.")[0],
            "NATO—led troops entered the city on Monday after a long siege.");
  EXPECT_EQ(Texts("LONDON (Reuters)—Prices rose for a third month in a row.")[0],
            "Prices rose for a third month in a row.");
  // A dash inside a sentence is not a dateline.
  EXPECT_EQ(Texts("The mayor — who was re-elected in May — said the bridge would close.")[0],
            "The mayor — who was re-elected in May — said the bridge would close.");
  // Only the first paragraphs carry datelines.
  EXPECT_EQ(Texts("One.\nTwo.\nPARIS — Three went on.")[2], "PARIS — Three went on.");
}

TEST(BriefingSentences, ARunOfMarksIsOneEndAndCostsItsLength) {
  std::string dots(200000, '.');
  std::vector<Sentence> s = SplitSentences(dots + " The end came. " + dots);
  EXPECT_EQ(s.size(), 2u);
}

TEST(BriefingSentences, FlawsMarkWhatASummaryMustNotQuote) {
  auto flaw = [](std::string_view text) { return SplitSentences(text).at(0).flaw; };
  EXPECT_EQ(flaw("The council voted to close the bridge until the spring."), SentenceFlaw::kNone);
  EXPECT_EQ(flaw("Sign up for our morning newsletter to get stories like this in your inbox."),
            SentenceFlaw::kPromo);
  EXPECT_EQ(flaw("Reporting by Jane Doe; Editing by John Roe."), SentenceFlaw::kPromo);
  EXPECT_EQ(flaw("This story has been updated."), SentenceFlaw::kPromo);
  EXPECT_EQ(flaw("By Elin Hart and Tomas Brandt, Metro Wire"), SentenceFlaw::kByline);
  EXPECT_NE(flaw("By Tuesday, the bridge was closed to all traffic."), SentenceFlaw::kByline);
  EXPECT_EQ(flaw("I came here because I wanted to see the river again..."), SentenceFlaw::kCutOff);
  EXPECT_EQ(flaw("Tickets and prices"), SentenceFlaw::kTooShort);
  EXPECT_EQ(flaw("Read the full report at https://example.org/report today please."),
            SentenceFlaw::kLink);
  // A quote of several sentences: neither part stands alone.
  std::vector<Sentence> quote = SplitSentences(
      "“The bridge stays closed to every car and bus. It stays closed until our engineers say "
      "so,” said the mayor.");
  ASSERT_EQ(quote.size(), 2u);
  EXPECT_EQ(quote[0].flaw, SentenceFlaw::kQuoteFragment);
  EXPECT_EQ(quote[1].flaw, SentenceFlaw::kQuoteFragment);
  EXPECT_TRUE(SplitSentences("Will the bridge ever reopen for the town?").at(0).question);
  EXPECT_TRUE(SplitSentences("But the mayor disagreed with the engineers.").at(0).dependent);
}

TEST(BriefingQuotes, FindsDirectReportedAndSourcedQuotesWithTheirSpeakers) {
  std::vector<Sentence> s = SplitSentences(
      "“We will not reopen a bridge that is not safe,” said Mayor Ana Sorel on Sunday. "
      "“Every crossing is being watched by sensors now,” Sorel said. "
      "Chief engineer Tomas Brandt said that the cracks ran through two of the piers. "
      "He said that divers would inspect the foundations this week. "
      "Repairs will cost about 18 million euros, according to the transport authority. "
      "The word “historic” was used a lot.");
  std::vector<FoundQuote> q = FindQuotes(s);
  ASSERT_EQ(q.size(), 5u);
  EXPECT_EQ(q[0].text, "We will not reopen a bridge that is not safe");
  EXPECT_EQ(q[0].speaker, "Mayor Ana Sorel");
  EXPECT_TRUE(q[0].direct);
  EXPECT_EQ(q[1].speaker, "Mayor Ana Sorel");  // the surname takes the full name
  EXPECT_EQ(q[2].speaker, "Chief engineer Tomas Brandt");
  EXPECT_EQ(q[2].text, "the cracks ran through two of the piers");
  EXPECT_EQ(q[3].speaker, "Chief engineer Tomas Brandt");  // "He" is the last named speaker
  EXPECT_EQ(q[4].speaker, "the transport authority");
  EXPECT_EQ(q[4].text, "Repairs will cost about 18 million euros");
}

TEST(BriefingQuotes, ASpeechVerbInsideTheQuoteIsNotTheAttribution) {
  std::vector<FoundQuote> q = FindQuotes(SplitSentences(
      "“Said the mayor, we will rebuild the bridge by spring,” Sorel told reporters."));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Sorel");
}

TEST(BriefingQuotes, SpeakerAfterTheVerbAndADescription) {
  std::vector<FoundQuote> q = FindQuotes(SplitSentences(
      "\"People have been asking us for this every single year,\" said the operator's chief "
      "executive."));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the operator's chief executive");
}

TEST(BriefingOutlets, FindsByHostParentDomainAndNameAndRejectsBadLines) {
  Result<OutletTable> t = OutletTable::Parse(
      "outlet\tlean\tcountry\tnote\n# a comment\n\ncoastal-herald.example\tcenter-left\tXX\t"
      "daily\nMetro Wire\tcenter\tXX\n");
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  EXPECT_EQ(t->size(), 2u);
  const OutletInfo* a = t->Find("https://www.news.coastal-herald.example/a/b", "");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->lean, "center-left");
  EXPECT_EQ(a->extra, std::vector<std::string>{"daily"});
  const OutletInfo* b = t->Find("https://other.example/x", "metro wire");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->lean, "center");
  EXPECT_EQ(t->Find("https://unknown.example/", "Unknown"), nullptr);
  Result<OutletTable> bad = OutletTable::Parse("host\tlean\n\tleft\n");
  EXPECT_FALSE(bad.ok());
  EXPECT_NE(bad.status().ToString().find("line 2"), std::string::npos);
  EXPECT_FALSE(OutletTable::Load("/nonexistent/outlets.tsv").ok());
}

}  // namespace
}  // namespace newsdesk::briefing
