#include "input/charset.h"

#include <gtest/gtest.h>
#include <iconv.h>

#include <string>

namespace newsdesk {
namespace {

// `utf8` re-encoded in `charset` with glibc's iconv: the fixtures are written in UTF-8 here.
std::string Encode(const std::string& utf8, const char* charset) {
  iconv_t cd = iconv_open(charset, "UTF-8");
  EXPECT_NE(cd, reinterpret_cast<iconv_t>(-1)) << charset;
  std::string out(utf8.size() * 4 + 16, '\0');
  char* in = const_cast<char*>(utf8.data());
  size_t in_left = utf8.size(), out_left = out.size();
  char* dst = out.data();
  size_t r = iconv(cd, &in, &in_left, &dst, &out_left);
  EXPECT_NE(r, static_cast<size_t>(-1)) << charset << ": text not encodable";
  iconv_close(cd);
  out.resize(out.size() - out_left);
  return out;
}

struct Sample {
  const char* language;
  const char* first;
  const char* second;
};

// A news paragraph pair per language (the same story in each).
const Sample kSamples[] = {
    {"fr",
     "Le conseil municipal a voté mardi soir la création de pistes cyclables le long du quai, "
     "après des mois de débats très animés entre les commerçants et les riverains.",
     "« C'est une décision historique pour notre ville », a déclaré la maire, qui espère que les "
     "travaux commenceront dès l'été prochain, malgré les inquiétudes exprimées."},
    {"ru",
     "Городской совет во вторник проголосовал за строительство велосипедных дорожек вдоль "
     "набережной после многомесячных споров между торговцами и жителями района.",
     "\"Это историческое решение для нашего города\", - заявила мэр, которая надеется, что работы "
     "начнутся уже следующим летом, несмотря на высказанные опасения."},
    {"ja",
     "市議会は火曜日の夜、数か月にわたる商店主と住民の激しい議論の末、岸壁沿いに自転車専用道路を建"
     "設することを決定しました。",
     "市長は「これは私たちの町にとって歴史的な決定です」と述べ、懸念の声はあるものの、来年の夏には"
     "工事が始まることを期待していると語りました。"},
    {"zh",
     "市议会星期二晚上投票决定沿着码头修建自行车道，此前商户和居民之间进行了长达数月的激烈辩论。",
     "市长表示：“这是我们城市的历史性决定。”她希望尽管有人表示担忧，工程仍能在明年夏天开始。"},
};

const Sample& SampleFor(std::string_view language) {
  for (const Sample& s : kSamples)
    if (language == s.language) return s;
  return kSamples[0];
}

// A page in UTF-8 with `meta` in its head.
std::string Page(const Sample& s, const std::string& meta) {
  return "<html><head>" + meta + "<title>News</title></head><body><article><p>" + s.first +
         "</p><p>" + s.second + "</p></article></body></html>";
}

TEST(Charset, DeclaredInMeta) {
  EXPECT_EQ(DeclaredCharset("<meta charset=\"ISO-8859-1\">"), "windows-1252");
  EXPECT_EQ(DeclaredCharset(
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">"),
            "shift_jis");
  EXPECT_EQ(DeclaredCharset("<p>no declaration</p>"), "");
}

TEST(Charset, Utf8WinsOverAWrongDeclaration) {
  std::string out, note;
  EXPECT_EQ(DecodeToUtf8("<meta charset=windows-1252>caf\xC3\xA9", "", &out, &note), "utf-8");
  EXPECT_EQ(out, "<meta charset=windows-1252>caf\xC3\xA9");
  EXPECT_EQ(note, "");  // clean UTF-8: nothing to say
}

TEST(Charset, Utf8ByteOrderMarkOutranksTheDeclaration) {
  // A UTF-8 BOM decides, as in the WHATWG encoding sniffing, even when the rest is not clean
  // UTF-8 (one stray windows-1252 byte) and the meta tag names windows-1252: the stray byte is
  // repaired, the UTF-8 text is not read as windows-1252 ("cafÃ©").
  std::string out, note;
  EXPECT_EQ(DecodeToUtf8("\xEF\xBB\xBF<meta charset=windows-1252><p>caf\xC3\xA9 na\xEFve</p>", "",
                         &out, &note),
            "utf-8");
  EXPECT_NE(out.find("<p>caf\xC3\xA9 na\xEF\xBF\xBDve</p>"), std::string::npos) << out;
}

TEST(Charset, Windows1252DeclaredOrDefault) {
  std::string out, note;
  // Declared UTF-8 but every high byte is windows-1252: detected, not a page of U+FFFD.
  EXPECT_EQ(DecodeToUtf8("<meta charset=utf-8>caf\xE9 \x93quoted\x94 and more \xE9t\xE9", "", &out,
                         &note),
            "windows-1252");
  EXPECT_EQ(out,
            "<meta charset=utf-8>caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D and more "
            "\xC3\xA9t\xC3\xA9");
  EXPECT_EQ(note, "declared utf-8 but not valid UTF-8: decoded as windows-1252 (detected)");
  EXPECT_EQ(DecodeToUtf8("caf\xE9 \x93quoted\x94", "", &out), "windows-1252");
  EXPECT_EQ(out, "caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D");
}

TEST(Charset, MostlyUtf8WithAFewBrokenBytesIsRepaired) {
  const Sample& fr = SampleFor("fr");
  std::string page = Page(fr, "<meta charset=utf-8>");
  page.insert(page.find("</article>"), "<p>Prix : 5\x80 le ticket.</p>");  // a stray cp1252 euro
  std::string out, note;
  EXPECT_EQ(DecodeToUtf8(page, "", &out, &note), "utf-8");
  EXPECT_NE(out.find(fr.first), std::string::npos);
  EXPECT_NE(out.find("5\xEF\xBF\xBD le ticket"), std::string::npos);
  EXPECT_EQ(note, "not clean UTF-8: 1 ill-formed sequence replaced with U+FFFD");
}

TEST(Charset, OtherCharsetsThroughIconv) {
  std::string out, note;
  // "Привет" in KOI8-R.
  EXPECT_EQ(DecodeToUtf8("<meta charset=koi8-r>\xF0\xD2\xC9\xD7\xC5\xD4", "", &out, &note),
            "koi8-r");
  EXPECT_NE(out.find("\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82"), std::string::npos);
  EXPECT_EQ(note, "decoded from koi8-r (declared)");
}

struct Legacy {
  const char* language;
  const char* iconv_name;  // how the fixture is encoded
  const char* expected;    // the charset DecodeToUtf8 should name
};

// Pages that declare UTF-8 (or nothing) but are in a legacy charset: detected, decoded right.
TEST(Charset, UndeclaredOrMisdeclaredLegacyCharsetsAreDetected) {
  const Legacy cases[] = {
      {"fr", "WINDOWS-1252", "windows-1252"},
      {"ru", "KOI8-R", "koi8-r"},
      {"ru", "WINDOWS-1251", "windows-1251"},
      {"ja", "SHIFT_JIS", "shift_jis"},
      {"ja", "EUC-JP", "euc-jp"},
      {"zh", "GB18030", "gb18030"},
  };
  for (const Legacy& c : cases) {
    const Sample& s = SampleFor(c.language);
    for (const char* meta : {"", "<meta charset=\"utf-8\">"}) {
      std::string utf8 = Page(s, meta);
      std::string bytes = Encode(utf8, c.iconv_name);
      std::string out, note;
      EXPECT_EQ(DecodeToUtf8(bytes, "", &out, &note), c.expected) << c.iconv_name << " " << meta;
      EXPECT_EQ(out, utf8) << c.iconv_name << " " << meta;
      std::string said = *meta ? "declared utf-8 but" : "no charset declared and";
      EXPECT_EQ(note, said + " not valid UTF-8: decoded as " + c.expected + " (detected)")
          << c.iconv_name;
    }
  }
}

TEST(Charset, WrongMultibyteDeclarationFallsBackToDetection) {
  const Sample& ja = SampleFor("ja");
  std::string utf8 = Page(ja, "<meta charset=shift_jis>");
  std::string out, note;
  EXPECT_EQ(DecodeToUtf8(Encode(utf8, "EUC-JP"), "", &out, &note), "euc-jp");
  EXPECT_EQ(out, utf8);
  EXPECT_NE(note.find("declared shift_jis but"), std::string::npos) << note;
  // Declared right: decoded through the WHATWG superset (Windows-31J), no detection.
  EXPECT_EQ(DecodeToUtf8(Encode(utf8, "SHIFT_JIS"), "", &out, &note), "shift_jis");
  EXPECT_EQ(out, utf8);
  EXPECT_EQ(note, "decoded from shift_jis (declared)");
}

TEST(Charset, Utf16WithBom) {
  std::string out;
  EXPECT_EQ(DecodeToUtf8(std::string("\xFF\xFEh\0i\0", 6), "", &out), "utf-16le");
  EXPECT_EQ(out, "hi");
  EXPECT_EQ(DecodeToUtf8(std::string("\xFE\xFF\0h\0i", 6), "", &out), "utf-16be");
  EXPECT_EQ(out, "hi");
}

TEST(Charset, Utf16WithoutBomByItsZeroBytes) {
  for (const char* language : {"fr", "ru", "ja", "zh"}) {
    std::string utf8 = Page(SampleFor(language), "<meta charset=\"utf-8\">");
    std::string out, note;
    EXPECT_EQ(DecodeToUtf8(Encode(utf8, "UTF-16LE"), "", &out, &note), "utf-16le") << language;
    EXPECT_EQ(out, utf8) << language;
    EXPECT_EQ(note, "no byte-order mark: decoded as UTF-16LE (zero-byte pattern)");
    EXPECT_EQ(DecodeToUtf8(Encode(utf8, "UTF-16BE"), "", &out, &note), "utf-16be") << language;
    EXPECT_EQ(out, utf8) << language;
  }
}

}  // namespace
}  // namespace newsdesk
