#include "input/charset.h"

#include <gtest/gtest.h>

namespace newsdesk {
namespace {

TEST(Charset, DeclaredInMeta) {
  EXPECT_EQ(DeclaredCharset("<meta charset=\"ISO-8859-1\">"), "windows-1252");
  EXPECT_EQ(DeclaredCharset("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">"),
            "shift_jis");
  EXPECT_EQ(DeclaredCharset("<p>no declaration</p>"), "");
}

TEST(Charset, Utf8WinsOverAWrongDeclaration) {
  std::string out;
  EXPECT_EQ(DecodeToUtf8("<meta charset=windows-1252>caf\xC3\xA9", "", &out), "utf-8");
  EXPECT_EQ(out, "<meta charset=windows-1252>caf\xC3\xA9");
}

TEST(Charset, Windows1252DeclaredOrDefault) {
  std::string out;
  EXPECT_EQ(DecodeToUtf8("<meta charset=utf-8>caf\xE9 \x93quoted\x94 and more \xE9t\xE9", "", &out),
            "utf-8");  // declared UTF-8 stays UTF-8, broken bytes repaired
  EXPECT_EQ(DecodeToUtf8("caf\xE9 \x93quoted\x94", "", &out), "windows-1252");
  EXPECT_EQ(out, "caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D");
}

TEST(Charset, OtherCharsetsThroughIconv) {
  std::string out;
  // "Привет" in KOI8-R.
  EXPECT_EQ(DecodeToUtf8("<meta charset=koi8-r>\xF0\xD2\xC9\xD7\xC5\xD4", "", &out), "koi8-r");
  EXPECT_NE(out.find("\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82"), std::string::npos);
}

TEST(Charset, Utf16WithBom) {
  std::string out;
  EXPECT_EQ(DecodeToUtf8(std::string("\xFF\xFEh\0i\0", 6), "", &out), "utf-16le");
  EXPECT_EQ(out, "hi");
  EXPECT_EQ(DecodeToUtf8(std::string("\xFE\xFF\0h\0i", 6), "", &out), "utf-16be");
  EXPECT_EQ(out, "hi");
}

}  // namespace
}  // namespace newsdesk
