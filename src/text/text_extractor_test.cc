#include "text/text_extractor.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsdesk::text {
namespace {

TEST(PlainText, DetectsTextAndMarkup) {
  EXPECT_TRUE(LooksLikePlainText("A headline\nA paragraph of text.\n"));
  EXPECT_TRUE(LooksLikePlainText("Prices rose 5% (a < b) in the year.\n"));
  EXPECT_FALSE(LooksLikePlainText("<p>one paragraph"));
  EXPECT_FALSE(LooksLikePlainText("  \n<!DOCTYPE html><html>"));
  EXPECT_FALSE(LooksLikePlainText("text <b>bold</b> and <i>more</i> <a href=x>link</a>"));
}

TEST(PlainText, RepeatedBlurbIsADuplicate) {
  // A statement or an exclamation ("... it is free!"): both are blurbs when printed twice.
  for (std::string end : {".", "!"}) {
    SCOPED_TRACE("blurb ends with " + end);
    const std::string blurb =
        "Get the day's top stories from the Ledger in one short email each morning, it is free" +
        end + "\n";
    std::string doc =
        "A headline about the council\n"
        "The council voted on Tuesday evening to build protected cycle lanes along the full "
        "length of the harbour road, ending a long argument.\n" +
        blurb +
        "Councillors approved the plan by nine votes to four after a debate that ran for almost "
        "three hours and drew many residents.\n" +
        blurb +
        "Work on the first section is expected to begin in March and to take about four months, "
        "the transport office said.\n";
    ExtractOptions options;
    options.report_boilerplate = true;
    Article a;
    ExtractFromText(doc, options, &a);
    EXPECT_EQ(a.title, "A headline about the council");
    EXPECT_NE(a.text.find("Work on the first section"), std::string::npos);
    EXPECT_NE(a.text.find("Councillors approved the plan"), std::string::npos);
    // A blurb printed twice is boilerplate in both places (issue #13), not only the second.
    EXPECT_EQ(a.text.find("Get the day's top stories"), std::string::npos) << a.text;
    int reported = 0;
    for (const auto& r : a.removed) reported += r.label == "duplicate";
    EXPECT_EQ(reported, 2);
  }
}

TEST(PlainText, TeasersGluedToTheirDeksAreNotTheArticle) {
  // A dump that lost the break between each teaser's headline and its dek; a brand written in
  // camel case ("ColdFusion") in the article's own paragraphs is no such seam.
  std::string doc =
      "Ferry fares rise in January | The Ledger\n"
      "Auto Union Opens Talks With Fiat Chrysler; Strike PossibleThe United Auto Workers union "
      "on Monday turned its bargaining to the last of the three Detroit carmakers, and warned.\n"
      "Ford Recalls Its Pickups Over Cables That Can Cause FiresFord is recalling more than "
      "168,000 pickup trucks because a loose battery cable can cause stalling or fires.\n"
      "Ferry fares rise in January\n"
      "The island ferry company will raise its fares by eight percent in January, the first "
      "rise in four years, to pay for ColdFusion upgrades to its booking system and new crew.\n"
      "Passengers on the morning crossing said the rise was steep, but the company said the "
      "ColdFusion booking system had not been updated since 2012 and kept failing at peak times.\n";
  Article a;
  ExtractFromText(doc, {}, &a);
  EXPECT_EQ(a.text.find("Strike Possible"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("Ford is recalling"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("The island ferry company will raise its fares"), std::string::npos);
  EXPECT_NE(a.text.find("Passengers on the morning crossing"), std::string::npos);
}

TEST(PlainText, TheWholeArticleAgainInOneLineIsACopy) {
  // Some dumps carry the article twice: as paragraphs, and again as one long line from a hidden
  // field. The copy must not be output.
  std::vector<std::string> paragraphs;
  for (int i = 0; i < 9; ++i) {  // the copy: over 1,500 bytes
    paragraphs.push_back("Paragraph " + std::string(1, static_cast<char>('A' + i)) +
                         " of the report says the harbour authority spent the year rebuilding "
                         "the eastern breakwater, dredging the channel and replacing the lights "
                         "that guide the night ferries past the rocks at the mouth of the bay.");
  }
  std::string doc = "Harbour authority reports a year of repairs\n";
  std::string blob;
  for (const std::string& p : paragraphs) {
    doc += p + "\n";
    blob += p + " ";
  }
  doc += blob + "\n";
  Article a;
  ExtractFromText(doc, {}, &a);
  std::size_t first = a.text.find("Paragraph A of the report");
  ASSERT_NE(first, std::string::npos);
  EXPECT_EQ(a.text.find("Paragraph A of the report", first + 1), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("Paragraph I of the report"), std::string::npos);
}

TEST(PlainText, KickerTeasersAndCaptionsAreNotTheArticle) {
  std::string doc =
      "Hunter catches plague after eating a rabbit\n"
      "A hunter in the north of the country has been diagnosed with bubonic plague after he "
      "killed and ate a wild rabbit, the regional health office said on Monday.\n"
      "The hospital where the hunter is treated, seen from the street. Credit: Getty Images\n"
      "FILE PHOTO: A rabbit in a field outside the town, where hunting is common in autumn\n"
      "Officials said the risk to the public was low and that the man's family had been "
      "checked, but they urged people in the area to avoid contact with wild animals.\n"
      "RANDY ANDY\n"
      "Prince seen at a party in pictures despite his claims\n"
      "TIME TRAVELLER\n"
      "Conspiracy theorists say they have spotted a famous teenager in an old photo\n"
      "EYE POPPING\n"
      "Model stuns fans with a dress made of recycled bottles\n";
  ExtractOptions options;
  options.report_boilerplate = true;
  Article a;
  ExtractFromText(doc, options, &a);
  EXPECT_NE(a.text.find("Officials said the risk to the public was low"), std::string::npos);
  EXPECT_EQ(a.text.find("Credit: Getty"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("FILE PHOTO"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("TIME TRAVELLER"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("Conspiracy theorists"), std::string::npos) << a.text;
  bool caption = false;
  for (const auto& r : a.removed) caption |= r.label == "caption";
  EXPECT_TRUE(caption);
}

TEST(PlainText, ANumberedListIsTheArticlesBody) {
  std::string doc =
      "Ten gifts for people who miss the eighties\n"
      "Black Friday is here, and with it the usual flood of offers. We went through them and kept "
      "the ones that will make anyone who grew up with cassettes and arcades smile.\n"
      "1) A model of the time machine car from the film, at one twenty-fourth scale\n"
      "http://shop.example/a1\n"
      "2) The complete boxed set of the detective series, all eight seasons on DVD\n"
      "http://shop.example/a2\n"
      "3) An instant camera in the style of the early eighties, with two packs of film\n"
      "http://shop.example/a3\n"
      "4) A pocket electronic drum kit with seven pads and built-in speakers for the desk\n"
      "http://shop.example/a4\n";
  Article a;
  ExtractFromText(doc, {}, &a);
  EXPECT_NE(a.text.find("1) A model of the time machine car"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("4) A pocket electronic drum kit"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("http://shop.example"), std::string::npos) << a.text;
}

TEST(PlainText, EmptyInput) {
  Article a;
  ExtractFromText("", {}, &a);
  EXPECT_EQ(a.text, "");
  ExtractFromText("\n\n  \n", {}, &a);
  EXPECT_EQ(a.text, "");
}

TEST(PlainText, DatedCommentThreadDoesNotOutweighAShortPost) {
  // A short post, then readers' comments under "<name> on <date> at <time> said:" heads that
  // together run longer than the post; a quote the post itself opens with "said:" stays.
  std::string doc =
      "Open thread for March\n"
      "Our goal with these open threads is to give readers a place to ask questions about our "
      "research and the charities we recommend, in public, where others can read the answers.\n"
      "As the director said: we will try to answer every question here within a week, and you "
      "can always write to us by email if you would rather ask in private.\n"
      "Comments\n"
      "Ann on March 3, 2018 at 5:23 pm said:\n"
      "Have you looked at the new study on cash transfers that came out last month? It seems to "
      "show smaller effects after three years than the earlier papers did, which surprised me.\n"
      "Bob on March 4, 2018 at 9:02 am said:\n"
      "Thanks for the question, Ann. We have not reviewed that study yet, but we plan to look at "
      "it as part of our year-end review of cash transfers, along with two other new papers.\n"
      "I would add that the effects on consumption were measured differently in the new study, "
      "so the numbers are not directly comparable with the older results we relied on before.\n";
  Article a;
  ExtractFromText(doc, ExtractOptions{}, &a);
  EXPECT_NE(a.text.find("Our goal with these open threads"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("As the director said:"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("cash transfers"), std::string::npos) << a.text;
}

TEST(PlainText, PortugueseProseAndRelatedMarker) {
  // Function words of Portuguese ("de", "e", "um", "para") make a long line prose even without
  // a final full stop; "Veja também:" opens the related links below the article.
  std::string doc =
      "Prefeitura anuncia novas ciclovias no centro\n"
      "A prefeitura de Lisboa anunciou na terça-feira um plano para construir doze quilômetros de "
      "ciclovias no centro da cidade, com obras que devem começar em março e durar cerca de um ano "
      "segundo a secretaria de mobilidade\n"
      "O projeto prevê a ligação entre as principais estações de metrô e os bairros mais "
      "populosos, e inclui estacionamentos para bicicletas junto das escolas e dos mercados.\n"
      "Veja também:\n"
      "Câmara aprova orçamento para o transporte público\n"
      "Moradores protestam contra o fim das linhas de ônibus noturnas\n"
      "Obras no porto atrasam de novo\n";
  Article a;
  ExtractFromText(doc, ExtractOptions{}, &a);
  EXPECT_NE(a.text.find("A prefeitura de Lisboa anunciou"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("O projeto prevê"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("Câmara aprova"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("Moradores protestam"), std::string::npos) << a.text;
}

}  // namespace
}  // namespace newsdesk::text
