#include "util/utf8.h"

#include <gtest/gtest.h>

namespace newsdesk {
namespace {

TEST(Utf8, CleanAndIllFormed) {
  EXPECT_TRUE(IsCleanUtf8("plain ascii text, long enough for the fast path"));
  EXPECT_TRUE(IsCleanUtf8("caf\xC3\xA9 \xE2\x80\x99 \xF0\x9F\x98\x80"));
  EXPECT_FALSE(IsCleanUtf8("\xC0\xAF"));                   // overlong '/'
  EXPECT_FALSE(IsCleanUtf8("\xED\xA0\x80"));               // surrogate
  EXPECT_FALSE(IsCleanUtf8("abc\xE2\x80"));                // truncated
  EXPECT_FALSE(IsCleanUtf8(std::string_view("a\0b", 3)));  // NUL
}

TEST(Utf8, RepairReplacesEachBadSequenceOnce) {
  std::string out;
  RepairUtf8("\xEF\xBB\xBFok\xC0\xAFx\xE2\x80", &out);
  EXPECT_EQ(out, "ok\xEF\xBF\xBDx\xEF\xBF\xBD");
  RepairUtf8(std::string_view("a\0b", 3), &out);
  EXPECT_EQ(out,
            "a\xEF\xBF\xBD"
            "b");
}

TEST(Utf8, CollapseWhitespaceAcrossCalls) {
  std::string out;
  bool pending = false;
  AppendCollapsed("  Hello\n\t world ", &out, &pending);
  AppendCollapsed(
      "again\xC2\xA0"
      "and",
      &out, &pending);
  EXPECT_EQ(out, "Hello world again and");
}

}  // namespace
TEST(Utf8, UndoMojibake) {
  // UTF-8 read as Latin-1 (C1 controls) and as windows-1252, then encoded again.
  EXPECT_EQ(UndoMojibake("Investor\xC3\xA2\xC2\x80\xC2\x99s"), "Investor\xE2\x80\x99s");
  EXPECT_EQ(UndoMojibake("Investor\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s"), "Investor\xE2\x80\x99s");
  EXPECT_EQ(UndoMojibake("JOHNSON\xC3\xA2\xC2\x80\xC2\x99S\xC3\x82\xC2\xAE"),
            "JOHNSON\xE2\x80\x99S\xC2\xAE");
  // Real text stays: Latin-1 letters that are not UTF-8 bytes, other scripts, plain ASCII.
  EXPECT_EQ(UndoMojibake("Caf\xC3\xA9 au lait"), "Caf\xC3\xA9 au lait");
  EXPECT_EQ(UndoMojibake("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"),
            "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0");
  EXPECT_EQ(UndoMojibake("Rail strike"), "Rail strike");
}

}  // namespace newsdesk
