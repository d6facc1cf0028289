// The public API end to end: options, limits, formats, errors as values.
#include <gtest/gtest.h>
#include <iconv.h>

#include <random>

#include "newsdesk/extract.h"
#include "test_util.h"

namespace newsdesk {
namespace {

const char* kParagraphs =
    "<p>The first paragraph of the story is long enough to count as prose, and it ends well.</p>"
    "<p>The second paragraph adds <b>detail</b> and a <a href=\"https://example.org/x\">link</a> "
    "to a source, as articles do.</p>"
    "<h2>A subheading</h2>"
    "<ul><li>A point made in a list.</li><li>Another point.</li></ul>"
    "<blockquote><p>A quotation from someone who was there at the time.</p></blockquote>";

TEST(Extractor, TextMarkdownAndHtmlCarryTheSameBlocks) {
  Extractor extractor;
  Result<Article> a = extractor.Extract(
      testing::Page("Story", "<article>" + std::string(kParagraphs) + "</article>"));
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The second paragraph adds detail and a link to a source"),
            std::string::npos);
  EXPECT_NE(a->text.find("\n\nA subheading\n\n"), std::string::npos);
  EXPECT_NE(a->markdown.find("**detail**"), std::string::npos);
  EXPECT_NE(a->markdown.find("[link](https://example.org/x)"), std::string::npos);
  EXPECT_NE(a->markdown.find("## A subheading"), std::string::npos);
  EXPECT_NE(a->markdown.find("- A point made in a list.\n- Another point."), std::string::npos);
  EXPECT_NE(a->markdown.find("> A quotation"), std::string::npos);
  EXPECT_NE(a->html.find("<h2>A subheading</h2>"), std::string::npos);
  EXPECT_NE(a->html.find("<a href=\"https://example.org/x\">link</a>"), std::string::npos);
  EXPECT_NE(a->html.find("<ul>\n<li>A point made in a list.</li>"), std::string::npos);
}

TEST(Extractor, ReusedExtractorGivesTheSameResult) {
  Extractor extractor;
  std::string page = testing::Page("Story", kParagraphs);
  Result<Article> first = extractor.Extract(page);
  Result<Article> other = extractor.Extract(
      testing::Page("Other", "<p>Something else entirely, a different page.</p>"));
  Result<Article> again = extractor.Extract(page);
  ASSERT_TRUE(first.ok() && other.ok() && again.ok());
  EXPECT_EQ(first->text, again->text);
  EXPECT_NE(first->text, other->text);
}

TEST(Extractor, InputOverTheLimitIsAnError) {
  ExtractOptions options;
  options.max_input_bytes = 100;
  Result<Article> a = Extract(std::string(200, 'x'), options);
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().code(), StatusCode::kLimitExceeded);
  EXPECT_NE(a.status().ToString().find("max_input_bytes"), std::string::npos);
}

TEST(Extractor, EmptyAndTextlessPagesGiveEmptyArticles) {
  for (const char* page : {"", "<html></html>", "<script>var x = 1;</script>", "\x00\x01"}) {
    Result<Article> a = Extract(page);
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->text, "");
  }
}

TEST(Extractor, ReportsRemovedBoilerplateWhenAsked) {
  ExtractOptions options;
  options.report_boilerplate = true;
  options.url = "https://example.org/story";
  Result<Article> a = Extract(
      testing::Page("Story",
                    std::string("<article>") + kParagraphs +
                        "<div class=\"share-buttons\"><a href=\"#\">Share</a></div></article>"),
      options);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->url, "https://example.org/story");
  bool found = false;
  for (const auto& r : a->removed) found |= (r.label == "share" && r.text == "Share");
  EXPECT_TRUE(found);
}

TEST(Extractor, Windows1252PageIsDecoded) {
  std::string page =
      "<meta charset=\"windows-1252\"><p>Caf\xE9 society returns to the old "
      "quarter, with \x93quotes\x94 and accents, in a long enough sentence.</p>";
  Result<Article> a = Extract(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("Caf\xC3\xA9 society"), std::string::npos);
  EXPECT_NE(a->text.find("\xE2\x80\x9Cquotes\xE2\x80\x9D"), std::string::npos);
}

// `utf8` re-encoded in `charset` with glibc's iconv (the fixtures are written in UTF-8 here).
std::string Encode(const std::string& utf8, const char* charset) {
  iconv_t cd = iconv_open(charset, "UTF-8");
  std::string out(utf8.size() * 4 + 16, '\0');
  char* in = const_cast<char*>(utf8.data());
  size_t in_left = utf8.size(), out_left = out.size();
  char* dst = out.data();
  EXPECT_NE(iconv(cd, &in, &in_left, &dst, &out_left), static_cast<size_t>(-1)) << charset;
  iconv_close(cd);
  out.resize(out.size() - out_left);
  return out;
}

// The same story in four languages, as a page with `meta` in its head.
std::string StoryPage(std::string_view language, const std::string& meta) {
  std::string title, p1, p2;
  if (language == "fr") {
    title = "Des pistes cyclables sur le quai";
    p1 = "Le conseil municipal a vot\u00e9 mardi soir la cr\u00e9ation de pistes cyclables le long "
         "du quai, apr\u00e8s des mois de d\u00e9bats tr\u00e8s anim\u00e9s entre les "
         "commer\u00e7ants et les riverains.";
    p2 = "\u00ab C'est une d\u00e9cision historique pour notre ville \u00bb, a d\u00e9clar\u00e9 "
         "la maire, qui esp\u00e8re que les travaux commenceront d\u00e8s l'\u00e9t\u00e9 "
         "prochain.";
  } else if (language == "ru") {
    title = "Велодорожки на набережной";
    p1 = "Городской совет во вторник проголосовал за строительство велосипедных дорожек вдоль "
         "набережной после многомесячных споров между торговцами и жителями района.";
    p2 = "\"Это историческое решение для нашего города\", - заявила мэр, которая надеется, что "
         "работы начнутся уже следующим летом.";
  } else if (language == "ja") {
    title = "岸壁に自転車道";
    p1 =
        "市議会は火曜日の夜、数か月にわたる商店主と住民の激しい議論の末、岸壁沿いに自転車専用道路を"
        "建設することを決定しました。";
    p2 = "市長は「これは私たちの町にとって歴史的な決定です」と述べ、来年の夏には工事が始まることを"
         "期待していると語りました。";
  } else {
    title = "码头自行车道";
    p1 = "市议会星期二晚上投票决定沿着码头修建自行车道，此前商户和居民之间进行了长达数月的激烈辩论"
         "。";
    p2 = "市长表示：“这是我们城市的历史性决定。”她希望尽管有人表示担忧，工程仍能在明年夏天开始。";
  }
  return "<html><head>" + meta + "<title>" + title + "</title></head><body><article><h1>" + title +
         "</h1><p>" + p1 + "</p><p>" + p2 + "</p></article></body></html>";
}

bool HasWarning(const Article& a, std::string_view text) {
  for (const std::string& w : a.warnings)
    if (w == text) return true;
  return false;
}

// Pages in legacy charsets, declared right, declared UTF-8 or not declared: the same text and
// title as the UTF-8 page, and a warning that says what was done.
TEST(Extractor, LegacyCharsetsGiveTheSameTextAsUtf8) {
  struct Case {
    const char* language;
    const char* charset;  // iconv name and label
    const char* label;
  } cases[] = {{"fr", "WINDOWS-1252", "windows-1252"},
               {"ru", "KOI8-R", "koi8-r"},
               {"ru", "WINDOWS-1251", "windows-1251"},
               {"ja", "SHIFT_JIS", "shift_jis"},
               {"zh", "GB18030", "gb18030"}};
  for (const Case& c : cases) {
    Result<Article> want = Extract(StoryPage(c.language, "<meta charset=\"utf-8\">"));
    ASSERT_TRUE(want.ok());
    ASSERT_FALSE(want->text.empty());
    struct Variant {
      std::string meta, warning;
    } variants[] = {
        {"<meta charset=\"" + std::string(c.label) + "\">",
         "decoded from " + std::string(c.label) + " (declared)"},
        {"<meta charset=\"utf-8\">",
         "declared utf-8 but not valid UTF-8: decoded as " + std::string(c.label) + " (detected)"},
        {"", "no charset declared and not valid UTF-8: decoded as " + std::string(c.label) +
                 " (detected)"},
    };
    for (const Variant& v : variants) {
      std::string bytes = Encode(StoryPage(c.language, v.meta), c.charset);
      Result<Article> got = Extract(bytes);
      ASSERT_TRUE(got.ok()) << got.status().ToString();
      EXPECT_EQ(got->text, want->text) << c.charset << " " << v.meta;
      EXPECT_EQ(got->title, want->title) << c.charset << " " << v.meta;
      EXPECT_TRUE(HasWarning(*got, v.warning))
          << c.charset << " " << v.meta << ": " << (got->warnings.empty() ? "" : got->warnings[0]);
    }
  }
}

// UTF-16 with a byte-order mark and <meta charset=utf-16> used to come out as markup-as-text;
// without a byte-order mark, as mojibake.
TEST(Extractor, Utf16WithAndWithoutByteOrderMark) {
  for (const char* language : {"fr", "ru", "ja", "zh"}) {
    Result<Article> want = Extract(StoryPage(language, "<meta charset=\"utf-8\">"));
    ASSERT_TRUE(want.ok());
    std::string page = StoryPage(language, "<meta charset=\"utf-16\">");
    for (const char* charset : {"UTF-16LE", "UTF-16BE"}) {
      std::string bare = Encode(page, charset);
      std::string bom = std::string(charset)[6] == 'L' ? "\xFF\xFE" : "\xFE\xFF";
      for (const std::string& bytes : {bom + bare, bare}) {
        Result<Article> got = Extract(bytes);
        ASSERT_TRUE(got.ok()) << got.status().ToString();
        EXPECT_EQ(got->text, want->text) << language << " " << charset;
        EXPECT_EQ(got->title, want->title) << language << " " << charset;
        EXPECT_EQ(got->title.find('<'), std::string::npos);
      }
    }
  }
}

TEST(Extractor, BinaryInputIsRefused) {
  std::mt19937 rng(13);
  std::string random(64 << 10, '\0');
  for (char& c : random) c = static_cast<char>(rng());
  std::string png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10", 20);
  std::string jpeg("\xFF\xD8\xFF\xE0\0\x10JFIF\0\x01\x01", 13);
  std::string gif("GIF89a\x10\0\x10\0\x80\0\0\xFF\xFF\xFF", 16);
  std::string pdf = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n";
  std::string zip("PK\x03\x04\x14\0\0\0\x08\0", 10);
  struct Case {
    std::string bytes;
    std::string kind;
  } cases[] = {{random, "unknown binary"},    {png + random, "PNG image"},
               {jpeg + random, "JPEG image"}, {gif + random, "GIF image"},
               {pdf + random, "PDF"},         {zip + random, "zip archive"}};
  for (const Case& c : cases) {
    for (InputFormat format : {InputFormat::kAuto, InputFormat::kHtml, InputFormat::kText}) {
      ExtractOptions options;
      options.input_format = format;
      Result<Article> a = Extract(c.bytes, options);
      ASSERT_FALSE(a.ok()) << c.kind;
      EXPECT_EQ(a.status().code(), StatusCode::kInvalidArgument);
      EXPECT_EQ(a.status().message(), "binary input (" + c.kind + "), not HTML or text");
    }
  }
}

TEST(Extractor, PageWithAFewStrayControlBytesStillExtracts) {
  std::string page = StoryPage("fr", "<meta charset=\"windows-1252\">");
  page.insert(page.find("<p>"), std::string("\0\x01\x08\x0B\x1F\x7F", 6));
  page.insert(page.find("</p>"), "\x0C\x02");
  Result<Article> a = Extract(Encode(page, "WINDOWS-1252"));
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_NE(a->text.find("Le conseil municipal a vot\u00e9 mardi soir"), std::string::npos);
}

}  // namespace
}  // namespace newsdesk
