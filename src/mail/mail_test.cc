// The e-mail's bytes: headers that cannot be injected into, encoded words for UTF-8 subjects,
// base64 bodies in short lines, the two parts and List-Unsubscribe.
#include "newsdesk/mail.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

namespace newsdesk {
namespace {

TEST(Mail, AddressesArePlainMailboxes) {
  EXPECT_TRUE(IsMailAddress("reader@example.org"));
  EXPECT_TRUE(IsMailAddress("first.last+news@mail.example.co.uk"));
  EXPECT_FALSE(IsMailAddress("reader"));
  EXPECT_FALSE(IsMailAddress("@example.org"));
  EXPECT_FALSE(IsMailAddress("reader@"));
  EXPECT_FALSE(IsMailAddress("a@b@example.org"));
  EXPECT_FALSE(IsMailAddress("two words@example.org"));
  EXPECT_FALSE(IsMailAddress("a@example.org\r\nBcc: x@example.org"));
  EXPECT_FALSE(IsMailAddress("<a@example.org>"));
  EXPECT_FALSE(IsMailAddress("a@example.org, b@example.org"));
}

TEST(Mail, ComposesAMultipartMessageWithShortLinesAndEncodedHeaders) {
  MailOptions options;
  options.from = "briefing@newsdesk.example";
  options.subject = "Briefing — 30 November\r\nBcc: evil@example.org";
  MailBody body;
  body.text = "# Briefing\n\nOne sentence with €.\n";
  body.html = "<!DOCTYPE html><p>" + std::string(500, 'x') + "</p>";
  std::string m =
      ComposeMail("reader@example.org", body, options, "Mon, 30 Nov 2026 07:00:00 +0000", "abc123");
  EXPECT_EQ(m.find("\nBcc:"), std::string::npos) << "a line break in the subject got through";
  EXPECT_NE(m.find("Subject: =?UTF-8?B?"), std::string::npos);
  EXPECT_NE(m.find("To: <reader@example.org>\r\n"), std::string::npos);
  EXPECT_NE(m.find("List-Unsubscribe: <mailto:briefing@newsdesk.example?subject=unsubscribe>"),
            std::string::npos);
  EXPECT_NE(m.find("Message-ID: <abc123@newsdesk.example>"), std::string::npos);
  EXPECT_NE(m.find("Content-Type: text/plain; charset=utf-8"), std::string::npos);
  EXPECT_NE(m.find("Content-Type: text/html; charset=utf-8"), std::string::npos);
  EXPECT_NE(m.find("--newsdesk-alt-abc123--\r\n"), std::string::npos);
  // Every line ends in CRLF and is at most 78 characters (RFC 5322).
  std::size_t start = 0;
  while (start < m.size()) {
    std::size_t end = m.find("\r\n", start);
    ASSERT_NE(end, std::string::npos) << "a line without CRLF at " << start;
    EXPECT_LE(end - start, 78u) << m.substr(start, end - start);
    EXPECT_EQ(m.substr(start, end - start).find('\n'), std::string::npos);
    start = end + 2;
  }
  // An https unsubscribe link offers one-click unsubscribing too.
  options.unsubscribe = "https://news.example/unsubscribe?id=1";
  m = ComposeMail("reader@example.org", body, options, "date", "id");
  EXPECT_NE(m.find("List-Unsubscribe: <https://news.example/unsubscribe?id=1>"), std::string::npos);
  EXPECT_NE(m.find("List-Unsubscribe-Post: List-Unsubscribe=One-Click"), std::string::npos);
}

TEST(Mail, RefusesBadSettingsBeforeSendingAnything) {
  MailOptions options;
  options.smtp_url = "http://127.0.0.1:25";
  EXPECT_EQ(SendMail({"a@example.org"}, {}, options).status().code(), StatusCode::kInvalidArgument);
  options.smtp_url = "smtp://127.0.0.1:1";
  EXPECT_EQ(SendMail({"not an address"}, {}, options).status().code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(SendMail({}, {}, options).status().code(), StatusCode::kInvalidArgument);
  for (const char* bad : {"javascript:alert(1)", "https://x.example/a b", "mailto:a@b>, <x",
                          "https://x.example/\xC3\xA9"}) {
    options.unsubscribe = bad;
    EXPECT_EQ(CheckMail({"a@example.org"}, options).code(), StatusCode::kInvalidArgument) << bad;
  }
  options.unsubscribe = "https://x.example/unsubscribe?id=1";
  EXPECT_TRUE(CheckMail({"a@example.org"}, options).ok());
  options.from = "nobody";
  EXPECT_EQ(SendMail({"a@example.org"}, {}, options).status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace newsdesk
