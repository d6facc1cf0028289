#include "util/url.h"

#include <algorithm>
#include <vector>

#include "util/ascii.h"

namespace newsdesk {
namespace {

// Query parameters that say how a reader arrived, not what the page is. Exact names; a trailing
// '*' matches a prefix.
constexpr std::string_view kTrackingParameters[] = {
    "utm_*",    // Google Analytics campaign tags
    "fbclid",   // Facebook click id
    "gclid",    // Google Ads click id
    "dclid",    // DoubleClick click id
    "gclsrc",   // Google Ads source
    "msclkid",  // Microsoft Ads click id
    "yclid",    // Yandex click id
    "mc_cid",   // Mailchimp campaign id
    "mc_eid",   // Mailchimp subscriber id
    "igshid",   // Instagram share id
    "_ga",      // Google Analytics linker
    "_gl",      // Google Analytics linker (gtag)
    "_hsenc",   // HubSpot
    "_hsmi",    // HubSpot
    "mkt_tok",  // Marketo
    "ocid",     // MSN syndication tag
    "cmpid",    // campaign id (many outlets)
    "smid",     // New York Times share id
    "amp",      // ?amp or ?amp=1: the AMP rendering of the same article
};

struct Parts {
  std::string scheme;
  std::string host;
  std::string port;
  std::string path;
  std::string query;
};

bool IsTracking(std::string_view name) {
  std::string lower = AsciiLowerCopy(name);
  for (std::string_view t : kTrackingParameters) {
    if (t.back() == '*' ? lower.starts_with(t.substr(0, t.size() - 1)) : lower == t) return true;
  }
  return false;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && static_cast<unsigned char>(s.front()) <= ' ') s.remove_prefix(1);
  while (!s.empty() && static_cast<unsigned char>(s.back()) <= ' ') s.remove_suffix(1);
  return s;
}

// Splits an absolute http(s) URL; false when it is not one.
bool Split(std::string_view url, Parts* p) {
  url = Trim(url);
  std::size_t colon = url.find("://");
  if (colon == std::string_view::npos) return false;
  p->scheme = AsciiLowerCopy(url.substr(0, colon));
  if (p->scheme != "http" && p->scheme != "https") return false;
  std::string_view rest = url.substr(colon + 3);
  rest = rest.substr(0, rest.find('#'));
  std::size_t end = rest.find_first_of("/?");
  std::string_view authority = rest.substr(0, end);
  rest = end == std::string_view::npos ? std::string_view() : rest.substr(end);
  std::size_t at = authority.rfind('@');
  if (at != std::string_view::npos) authority.remove_prefix(at + 1);
  std::size_t port = authority.rfind(':');
  if (port != std::string_view::npos && authority.find(']', port) == std::string_view::npos) {
    p->port = std::string(authority.substr(port + 1));
    authority = authority.substr(0, port);
  }
  p->host = AsciiLowerCopy(authority);
  while (!p->host.empty() && p->host.back() == '.') p->host.pop_back();
  if (p->host.empty()) return false;
  std::size_t q = rest.find('?');
  p->path = std::string(rest.substr(0, q));
  if (q != std::string_view::npos) p->query = std::string(rest.substr(q + 1));
  return true;
}

// "/amp/news/x", "/news/x/amp", "/news/x.amp", "/news/x.amp.html" -> the canonical path.
std::string DropAmpFromPath(std::string_view path) {
  std::string out;
  std::size_t i = 0;
  while (i < path.size()) {
    std::size_t next = path.find('/', i + 1);
    std::string_view segment =
        path.substr(i, next == std::string_view::npos ? path.npos : next - i);
    if (segment != "/amp" && segment != "/AMP") out += segment;
    if (next == std::string_view::npos) break;
    i = next;
  }
  if (path.ends_with("/")) out += '/';
  for (std::string_view suffix : {".amp", ".amp.html"}) {
    if (out.ends_with(suffix)) {
      out.erase(out.size() - suffix.size());
      if (suffix == ".amp.html") out += ".html";
    }
  }
  if (out.size() > 1 && out.ends_with("//")) out.pop_back();
  return out.empty() ? "/" : out;
}

std::string CleanQuery(std::string_view query) {
  std::vector<std::string_view> kept;
  while (!query.empty()) {
    std::size_t amp = query.find('&');
    std::string_view param = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    if (param.empty() || IsTracking(param.substr(0, param.find('=')))) continue;
    kept.push_back(param);
  }
  std::sort(kept.begin(), kept.end());
  std::string out;
  for (std::string_view param : kept) {
    out += out.empty() ? "" : "&";
    out += param;
  }
  return out;
}

// A URI reference cut as RFC 3986 appendix B does; `has_*` tell an empty part from a missing one.
struct Reference {
  std::string_view scheme, authority, path, query;
  bool has_scheme = false, has_authority = false, has_query = false;
};

bool IsSchemeChar(char c, bool first) {
  bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (first) return alpha;
  return alpha || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
}

Reference CutReference(std::string_view s) {
  Reference r;
  s = s.substr(0, s.find('#'));
  std::size_t colon = s.find(':');
  if (colon != std::string_view::npos && colon > 0 && colon < s.find_first_of("/?")) {
    bool valid = true;
    for (std::size_t i = 0; i < colon && valid; ++i) valid = IsSchemeChar(s[i], i == 0);
    if (valid) {
      r.has_scheme = true;
      r.scheme = s.substr(0, colon);
      s.remove_prefix(colon + 1);
    }
  }
  if (s.starts_with("//")) {
    s.remove_prefix(2);
    std::size_t end = s.find_first_of("/?");
    r.has_authority = true;
    r.authority = s.substr(0, end);
    s = end == std::string_view::npos ? std::string_view() : s.substr(end);
  }
  std::size_t q = s.find('?');
  r.path = s.substr(0, q);
  if (q != std::string_view::npos) {
    r.has_query = true;
    r.query = s.substr(q + 1);
  }
  return r;
}

// RFC 3986 section 5.2.4: "." and ".." segments removed from a path.
std::string RemoveDotSegments(std::string_view in) {
  std::string out;
  while (!in.empty()) {
    if (in.starts_with("../")) {
      in.remove_prefix(3);
    } else if (in.starts_with("./")) {
      in.remove_prefix(2);
    } else if (in.starts_with("/./")) {
      in.remove_prefix(2);
    } else if (in == "/.") {
      in = "/";
    } else if (in.starts_with("/../") || in == "/..") {
      in = in.size() == 3 ? std::string_view("/") : in.substr(3);
      std::size_t last = out.rfind('/');
      out.erase(last == std::string::npos ? 0 : last);
    } else if (in == "." || in == "..") {
      in = {};
    } else {
      std::size_t next = in.find('/', 1);
      std::string_view segment = in.substr(0, next);
      out += segment;
      in.remove_prefix(segment.size());
    }
  }
  return out;
}

std::string Compose(std::string_view scheme, const Reference& r, std::string_view path,
                    std::string_view query, bool has_query) {
  std::string out(scheme);
  out += ':';
  if (r.has_authority) {
    out += "//";
    out += r.authority;
  }
  out += path;
  if (has_query) {
    out += '?';
    out += query;
  }
  return out;
}

// base's directory + a relative path (RFC 3986 section 5.2.3).
std::string MergePaths(const Reference& base, std::string_view path) {
  std::string out;
  if (base.has_authority && base.path.empty()) {
    out = "/";
  } else {
    std::size_t slash = base.path.rfind('/');
    if (slash != std::string_view::npos) out = base.path.substr(0, slash + 1);
  }
  out += path;  // appended, not "/" + std::string(path): g++ 12 warns falsely (-Wrestrict) there
  return out;
}

}  // namespace

std::string NormalizeUrl(std::string_view url) {
  Parts p;
  if (!Split(url, &p)) return "";
  if (p.host.starts_with("amp.")) p.host.erase(0, 4);
  bool default_port = p.port.empty() || (p.scheme == "http" && p.port == "80") ||
                      (p.scheme == "https" && p.port == "443");
  std::string out = p.scheme + "://" + p.host;
  if (!default_port) out += ":" + p.port;
  out += DropAmpFromPath(p.path);
  std::string query = CleanQuery(p.query);
  if (!query.empty()) out += "?" + query;
  return out;
}

std::string UrlHost(std::string_view url) {
  Parts p;
  if (!Split(url, &p)) return "";
  for (std::string_view prefix : {"www.", "amp."}) {
    if (p.host.starts_with(prefix)) p.host.erase(0, prefix.size());
  }
  return p.host;
}

std::string ResolveUrl(std::string_view base, std::string_view ref) {
  ref = Trim(ref);
  Reference r = CutReference(ref);
  if (r.has_scheme) return Compose(r.scheme, r, RemoveDotSegments(r.path), r.query, r.has_query);
  Reference b = CutReference(Trim(base));
  if (!b.has_scheme) return "";
  if (r.has_authority) return Compose(b.scheme, r, RemoveDotSegments(r.path), r.query, r.has_query);
  if (r.path.empty()) {
    return Compose(b.scheme, b, b.path, r.has_query ? r.query : b.query,
                   r.has_query || b.has_query);
  }
  std::string path = r.path.starts_with('/') ? RemoveDotSegments(r.path)
                                             : RemoveDotSegments(MergePaths(b, r.path));
  return Compose(b.scheme, b, path, r.query, r.has_query);
}

bool IsHttpUrl(std::string_view url) {
  Parts p;
  return Split(url, &p);
}

}  // namespace newsdesk
