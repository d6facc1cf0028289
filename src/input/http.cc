// HTTP responses as WARC response records hold them.
#include <algorithm>
#include <string>

#include "newsdesk/warc.h"
#include "util/ascii.h"

namespace newsdesk {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// De-chunks a Transfer-Encoding: chunked body; false when it is not well-formed chunking (then
// the body is kept as it is: crawlers often store it de-chunked with the header left in).
bool Dechunk(std::string_view body, std::string* out) {
  out->clear();
  std::size_t pos = 0;
  while (pos < body.size()) {
    std::size_t eol = body.find("\r\n", pos);
    if (eol == std::string_view::npos || eol == pos) return false;
    std::size_t size = 0;
    std::size_t i = pos;
    for (; i < eol; ++i) {
      char c = body[i];
      int d = (c >= '0' && c <= '9')   ? c - '0'
              : (c >= 'a' && c <= 'f') ? c - 'a' + 10
              : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                       : -1;
      if (d < 0) break;
      if (size > (std::size_t{1} << 40)) return false;
      size = size * 16 + d;
    }
    if (i == pos || (i < eol && body[i] != ';' && body[i] != ' ')) return false;
    pos = eol + 2;
    if (size == 0) return true;
    if (pos + size > body.size()) {
      out->append(body.substr(pos));  // clipped last chunk: keep what is there
      return true;
    }
    out->append(body.substr(pos, size));
    pos += size;
    if (body.compare(pos, 2, "\r\n") == 0) pos += 2;
  }
  return true;
}

}  // namespace

Result<HttpResponse> ParseHttpResponse(std::string_view block, bool copy_body) {
  HttpResponse r;
  if (block.substr(0, 5) != "HTTP/") return Status::CorruptInput("not an HTTP response");
  std::size_t header_end = block.find("\r\n\r\n");
  std::size_t body_start =
      header_end == std::string_view::npos ? std::string_view::npos : header_end + 4;
  if (header_end == std::string_view::npos) {
    header_end = block.find("\n\n");
    if (header_end == std::string_view::npos) return Status::CorruptInput("HTTP header never ends");
    body_start = header_end + 2;
  }
  std::string_view head = block.substr(0, header_end);
  std::size_t line_end = head.find('\n');
  std::string_view status_line = head.substr(0, line_end);
  std::size_t sp = status_line.find(' ');
  if (sp != std::string_view::npos) {
    for (std::size_t i = sp + 1;
         i < status_line.size() && status_line[i] >= '0' && status_line[i] <= '9'; ++i)
      r.status = r.status * 10 + (status_line[i] - '0');
  }
  bool chunked = false;
  std::size_t pos = line_end == std::string_view::npos ? head.size() : line_end + 1;
  while (pos < head.size()) {
    std::size_t next = head.find('\n', pos);
    if (next == std::string_view::npos) next = head.size();
    std::string_view line = head.substr(pos, next - pos);
    pos = next + 1;
    std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string name = AsciiLowerCopy(Trim(line.substr(0, colon)));
    std::string_view value = Trim(line.substr(colon + 1));
    if (name == "content-type") {
      std::string v = AsciiLowerCopy(value);
      std::size_t semi = v.find(';');
      r.content_type = std::string(Trim(std::string_view(v).substr(0, semi)));
      std::size_t cs = v.find("charset=");
      if (cs != std::string::npos) {
        std::string_view c = std::string_view(v).substr(cs + 8);
        std::size_t end = c.find_first_of("; ");
        c = c.substr(0, end);
        while (!c.empty() && (c.front() == '"' || c.front() == '\'')) c.remove_prefix(1);
        while (!c.empty() && (c.back() == '"' || c.back() == '\'')) c.remove_suffix(1);
        r.charset = c;
      }
    } else if (name == "content-encoding") {
      std::string v = AsciiLowerCopy(value);
      if (v.empty() || v == "identity") continue;
      if (!r.content_encoding.empty()) r.content_encoding += ", ";  // repeated header: a list
      r.content_encoding += v;
    } else if (name == "transfer-encoding" &&
               AsciiLowerCopy(value).find("chunked") != std::string::npos) {
      chunked = true;
    }
  }
  std::size_t start = std::min(body_start, block.size());
  std::string_view body = block.substr(start);
  if (chunked && Dechunk(body, &r.body)) return r;
  r.body_offset = start;
  if (copy_body) r.body.assign(body);
  return r;
}

}  // namespace newsdesk
