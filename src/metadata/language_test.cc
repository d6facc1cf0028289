#include "metadata/language.h"

#include <gtest/gtest.h>

#include <string>

namespace newsdesk::metadata {
namespace {

TEST(Language, DetectsLongEnoughText) {
  EXPECT_EQ(DetectLanguage(
                "The city council voted on Tuesday evening to build protected cycle lanes along "
                "the full length of Harbour Road, ending a two-year argument over the busiest "
                "street in the old town. Councillors approved the plan by nine votes to four."),
            "en");
  EXPECT_EQ(
      DetectLanguage("Der Stadtrat hat am Dienstagabend beschlossen, auf der gesamten Länge der "
                     "Hafenstraße geschützte Radwege zu bauen, und damit einen zweijährigen Streit "
                     "über die belebteste Straße der Altstadt beendet. Die Abstimmung war knapp."),
      "de");
}

TEST(Language, ShortTextIsNotGuessed) { EXPECT_EQ(DetectLanguage("Hello world"), ""); }

TEST(Language, TextOverridesTheMarkupAndSaysSo) {
  const std::string english =
      "The city council voted on Tuesday evening to build protected cycle lanes along the full "
      "length of Harbour Road, ending a two-year argument over the busiest street in the old "
      "town. Councillors approved the plan by nine votes to four.";
  Article a;
  a.language = "de";
  a.sources = {{"language", "html:lang"}};
  ReconcileLanguage(english, /*explain=*/true, &a);
  EXPECT_EQ(a.language, "en");
  EXPECT_EQ(a.sources.back().second, "text (cld2; markup said de)");
  Article none;
  ReconcileLanguage(english, /*explain=*/true, &none);
  EXPECT_EQ(none.language, "en");
  ASSERT_EQ(none.sources.size(), 1u);
  EXPECT_EQ(none.sources[0].second, "text (cld2)");
  Article short_text;
  short_text.language = "fr";
  ReconcileLanguage("Hello world", /*explain=*/false, &short_text);
  EXPECT_EQ(short_text.language, "fr");
}

}  // namespace
}  // namespace newsdesk::metadata
