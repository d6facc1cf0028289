#include "metadata/language.h"

#include <gtest/gtest.h>

namespace newsdesk::metadata {
namespace {

TEST(Language, DetectsLongEnoughText) {
  EXPECT_EQ(DetectLanguage(
                "The city council voted on Tuesday evening to build protected cycle lanes along "
                "the full length of Harbour Road, ending a two-year argument over the busiest "
                "street in the old town. Councillors approved the plan by nine votes to four."),
            "en");
  EXPECT_EQ(DetectLanguage(
                "Der Stadtrat hat am Dienstagabend beschlossen, auf der gesamten Länge der "
                "Hafenstraße geschützte Radwege zu bauen, und damit einen zweijährigen Streit "
                "über die belebteste Straße der Altstadt beendet. Die Abstimmung war knapp."),
            "de");
}

TEST(Language, ShortTextIsNotGuessed) { EXPECT_EQ(DetectLanguage("Hello world"), ""); }

}  // namespace
}  // namespace newsdesk::metadata
