// newsdesk/mail.h: the briefing as an e-mail: one multipart message (plain text and HTML, with a
// List-Unsubscribe header) per recipient, sent over SMTP with libcurl. Part of newsdesk_mail
// (the only library that links libcurl for mail; the core never does).
//
// Thread-safe: each call has its own connection; curl_global_init is done once, on first use.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "newsdesk/status.h"

namespace newsdesk {

struct MailOptions {
  // The server: smtp://host[:port] (no TLS), smtps://host[:port] (TLS from the first byte) or
  // smtp+starttls://host[:port] (STARTTLS, refused when the server does not offer it); a
  // user:password@ before the host logs in. Required.
  std::string smtp_url;
  // The sender (envelope and From:). Default: "newsdesk@localhost".
  std::string from = "newsdesk@localhost";
  // The subject (UTF-8). Default: "newsdesk briefing".
  std::string subject = "newsdesk briefing";
  // Where a reader unsubscribes (a mailto: or https: URL) for the List-Unsubscribe header.
  // Default: empty: mailto:<from>?subject=unsubscribe.
  std::string unsubscribe;
  // The most seconds one message may take. Default: 60.
  long timeout_seconds = 60;
};

struct MailBody {
  std::string text;  // the plain-text part (the briefing as Markdown reads well as text)
  std::string html;  // the HTML part (the briefing's page: inline CSS, no script)
};

struct MailReport {
  int sent = 0;
  std::vector<std::string> failed;  // "address: why", one per message that was not accepted
};

// True when `address` is a plain mailbox (local@domain, no spaces, brackets, commas or line
// breaks): nothing else is put in a header or an SMTP command.
bool IsMailAddress(std::string_view address);

// One message to `to`, as sent (CRLF line ends, base64 bodies, a MIME boundary that cannot occur
// in them). `date` is the Date: header value (RFC 5322) and `message_id` the Message-ID's local
// part, so that tests can build the same bytes twice.
std::string ComposeMail(const std::string& to, const MailBody& body, const MailOptions& options,
                        std::string_view date, std::string_view message_id);

// Checks the settings before anything is sent: the URL's scheme, every address, the unsubscribe
// link (mailto: or https:, plain ASCII, no spaces, brackets or commas). kInvalidArgument if not.
Status CheckMail(const std::vector<std::string>& to, const MailOptions& options);

// Sends one message per address of `to`, each addressed to that reader alone. Fails with
// kInvalidArgument for a bad URL scheme or a bad address (nothing is sent then); otherwise
// returns what was sent and what failed (a refused address, a server that cannot be reached).
Result<MailReport> SendMail(const std::vector<std::string>& to, const MailBody& body,
                            const MailOptions& options);

}  // namespace newsdesk
