// The briefing by e-mail: MIME composition and SMTP through libcurl. See newsdesk/mail.h.
#include "newsdesk/mail.h"

#include <curl/curl.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstring>
#include <ctime>
#include <functional>
#include <mutex>
#include <random>

namespace newsdesk {
namespace {

// RFC 2045: base64 lines of at most 76 characters.
constexpr std::size_t kBase64Line = 76;
// RFC 2047: an encoded word is at most 75 characters; 39 bytes of UTF-8 encode to 52, which with
// "=?UTF-8?B?", "?=" and a "Subject: " before it keeps each line under 78 characters.
constexpr std::size_t kEncodedWordBytes = 39;
// Longer ASCII header values are encoded too, so that they fold into short lines.
constexpr std::size_t kMaxPlainHeader = 60;

void AppendBase64(std::string_view bytes, bool wrap, std::string* out) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::size_t line = 0;
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    uint32_t n = static_cast<uint32_t>(static_cast<unsigned char>(bytes[i])) << 16;
    if (i + 1 < bytes.size())
      n |= static_cast<uint32_t>(static_cast<unsigned char>(bytes[i + 1])) << 8;
    if (i + 2 < bytes.size()) n |= static_cast<unsigned char>(bytes[i + 2]);
    char quad[4] = {kAlphabet[(n >> 18) & 63], kAlphabet[(n >> 12) & 63],
                    i + 1 < bytes.size() ? kAlphabet[(n >> 6) & 63] : '=',
                    i + 2 < bytes.size() ? kAlphabet[n & 63] : '='};
    out->append(quad, 4);
    line += 4;
    if (wrap && line >= kBase64Line) {
      out->append("\r\n");
      line = 0;
    }
  }
  if (wrap && line > 0) out->append("\r\n");
}

bool IsPrintableAscii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= 0x20 && c < 0x7F; });
}

// A header value: as it is when printable ASCII, else RFC 2047 encoded words (split between code
// points). Line breaks never get through.
std::string HeaderText(std::string_view value) {
  std::string clean;
  for (char c : value) clean.push_back(c == '\r' || c == '\n' ? ' ' : c);
  if (IsPrintableAscii(clean) && clean.size() <= kMaxPlainHeader) return clean;
  std::string out;
  std::size_t i = 0;
  while (i < clean.size()) {
    std::size_t end = std::min(clean.size(), i + kEncodedWordBytes);
    // Back up to a code point's first byte.
    while (end < clean.size() && end > i + 1 &&
           (static_cast<unsigned char>(clean[end]) & 0xC0) == 0x80) {
      --end;
    }
    if (!out.empty()) out.append("\r\n ");
    out.append("=?UTF-8?B?");
    AppendBase64(std::string_view(clean).substr(i, end - i), false, &out);
    out.append("?=");
    i = end;
  }
  return out;
}

std::string NowRfc5322() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buffer[64];
  std::strftime(buffer, sizeof buffer, "%a, %d %b %Y %H:%M:%S +0000", &tm);
  return buffer;
}

std::string NewMessageId() {
  static std::atomic<uint64_t> counter{0};
  std::random_device random;
  uint64_t n = (static_cast<uint64_t>(random()) << 32) ^ random() ^
               static_cast<uint64_t>(std::chrono::system_clock::now().time_since_epoch().count()) ^
               (counter.fetch_add(1) << 48);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(n));
  return buffer;
}

struct Payload {
  std::string_view bytes;
  std::size_t at = 0;
};

std::size_t ReadPayload(char* buffer, std::size_t size, std::size_t count, void* user) {
  auto* p = static_cast<Payload*>(user);
  std::size_t n = std::min(size * count, p->bytes.size() - p->at);
  std::memcpy(buffer, p->bytes.data() + p->at, n);
  p->at += n;
  return n;
}

// Sends one composed message; empty on success, else why not.
std::string SendOne(const std::string& url, bool starttls, const std::string& from,
                    const std::string& to, std::string_view message, long timeout) {
  CURL* curl = curl_easy_init();
  if (curl == nullptr) return "cannot start libcurl";
  char error[CURL_ERROR_SIZE] = {0};
  curl_slist* recipients = curl_slist_append(nullptr, ("<" + to + ">").c_str());
  std::string mail_from = "<" + from + ">";
  Payload payload{message, 0};
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_MAIL_FROM, mail_from.c_str());
  curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
  curl_easy_setopt(curl, CURLOPT_READFUNCTION, ReadPayload);
  curl_easy_setopt(curl, CURLOPT_READDATA, &payload);
  curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, timeout);
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, std::min(timeout, 30L));
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
  if (starttls) curl_easy_setopt(curl, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
  CURLcode rc = curl_easy_perform(curl);
  curl_slist_free_all(recipients);
  curl_easy_cleanup(curl);
  if (rc == CURLE_OK) return "";
  return error[0] != '\0' ? std::string(error) : std::string(curl_easy_strerror(rc));
}

}  // namespace

bool IsMailAddress(std::string_view address) {
  std::size_t at = address.find('@');
  if (at == std::string_view::npos || at == 0 || at + 1 >= address.size() ||
      address.find('@', at + 1) != std::string_view::npos || address.size() > 254) {
    return false;
  }
  return std::none_of(address.begin(), address.end(), [](char c) {
    return static_cast<unsigned char>(c) <= 0x20 || c == 0x7F || std::strchr("<>,;:\"()[]\\", c);
  });
}

std::string ComposeMail(const std::string& to, const MailBody& body, const MailOptions& options,
                        std::string_view date, std::string_view message_id) {
  std::string domain = options.from.substr(options.from.find('@') + 1);
  std::string boundary = "newsdesk-alt-" + std::string(message_id);
  std::string unsubscribe = options.unsubscribe.empty()
                                ? "mailto:" + options.from + "?subject=unsubscribe"
                                : options.unsubscribe;
  std::string m;
  m += "From: newsdesk <" + options.from + ">\r\n";
  m += "To: <" + to + ">\r\n";
  m += "Subject: " + HeaderText(options.subject) + "\r\n";
  m += "Date: " + std::string(date) + "\r\n";
  m += "Message-ID: <" + std::string(message_id) + "@" + domain + ">\r\n";
  m += "MIME-Version: 1.0\r\n";
  m += "List-Unsubscribe: <" + unsubscribe + ">\r\n";
  if (unsubscribe.rfind("https:", 0) == 0) {
    m += "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n";
  }
  m += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n";
  m += "This is a briefing in plain text and HTML.\r\n";
  for (const auto& [type, part] :
       {std::pair<const char*, const std::string*>{"text/plain", &body.text},
        {"text/html", &body.html}}) {
    m += "\r\n--" + boundary + "\r\n";
    m += std::string("Content-Type: ") + type + "; charset=utf-8\r\n";
    m += "Content-Transfer-Encoding: base64\r\n\r\n";
    AppendBase64(*part, true, &m);
  }
  m += "\r\n--" + boundary + "--\r\n";
  return m;
}

Status CheckMail(const std::vector<std::string>& to, const MailOptions& options) {
  const std::string& url = options.smtp_url;
  if (url.rfind("smtp+starttls://", 0) != 0 && url.rfind("smtp://", 0) != 0 &&
      url.rfind("smtps://", 0) != 0) {
    return Status::InvalidArgument(
        "the SMTP URL must start with smtp://, smtps:// or "
        "smtp+starttls://, not \"" +
        url + "\"");
  }
  if (!IsMailAddress(options.from)) {
    return Status::InvalidArgument("not a mail address: \"" + options.from + "\"");
  }
  if (to.empty()) return Status::InvalidArgument("no address to send the briefing to");
  for (const std::string& address : to) {
    if (!IsMailAddress(address)) {
      return Status::InvalidArgument("not a mail address: \"" + address + "\"");
    }
  }
  const std::string& u = options.unsubscribe;
  bool scheme = u.empty() || u.rfind("mailto:", 0) == 0 || u.rfind("https://", 0) == 0;
  bool clean = std::none_of(u.begin(), u.end(), [](char c) {
    return static_cast<unsigned char>(c) <= 0x20 || static_cast<unsigned char>(c) >= 0x7F ||
           c == '<' || c == '>' || c == ',' || c == '"';
  });
  if (!scheme || !clean || u.size() > 500) {
    return Status::InvalidArgument(
        "the unsubscribe link must be a mailto: or https: URL in plain ASCII, without spaces, "
        "brackets or commas");
  }
  return Status::Ok();
}

Result<MailReport> SendMail(const std::vector<std::string>& to, const MailBody& body,
                            const MailOptions& options) {
  Status checked = CheckMail(to, options);
  if (!checked.ok()) return checked;
  std::string url = options.smtp_url;
  bool starttls = false;
  if (url.rfind("smtp+starttls://", 0) == 0) {
    url = "smtp://" + url.substr(16);
    starttls = true;
  }
  static std::once_flag init;
  std::call_once(init, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
  MailReport report;
  std::string date = NowRfc5322();
  for (const std::string& address : to) {
    std::string message = ComposeMail(address, body, options, date, NewMessageId());
    std::string why =
        SendOne(url, starttls, options.from, address, message, options.timeout_seconds);
    if (why.empty()) {
      ++report.sent;
    } else {
      report.failed.push_back(address + ": " + why);
    }
  }
  return report;
}

}  // namespace newsdesk
