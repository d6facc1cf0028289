// Sitemaps (XML, gzip, text) read into entries; see sitemaps.h. Pure, thread-safe.
#include "crawl/sitemaps.h"

#include <utility>

#include "crawl/xml_reader.h"
#include "input/file_reader.h"
#include "util/url.h"

namespace newsdesk::crawl {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && static_cast<unsigned char>(s.front()) <= ' ') s.remove_prefix(1);
  while (!s.empty() && static_cast<unsigned char>(s.back()) <= ' ') s.remove_suffix(1);
  return s;
}

std::string ResolveHttp(std::string_view base, std::string_view ref) {
  ref = Trim(ref);
  if (ref.empty()) return "";
  std::string url = ResolveUrl(base, ref);
  return IsHttpUrl(url) ? url : std::string();
}

bool IsSitemapNamespace(std::string_view ns) {
  return ns.empty() || ns == kSitemapNamespace ||
         ns == "http://www.google.com/schemas/sitemap/0.84";  // Google's pre-sitemaps.org schema
}

enum class Field { kNone, kLoc, kLastmod, kNewsTitle, kNewsDate };

class SitemapReader : public XmlHandler {
 public:
  explicit SitemapReader(std::string_view base_url) : base_url_(base_url) {}

  bool Start(XmlName name, const XmlAttributes&) override;
  bool End(XmlName name) override;
  bool Text(std::string_view text) override {
    if (field_ != Field::kNone) text_.append(text);
    return true;
  }

  bool recognised() const { return recognised_; }
  const std::string& root() const { return root_; }
  Sitemap& sitemap() { return sitemap_; }

 private:
  std::string base_url_;
  std::string root_;
  bool recognised_ = false;
  int depth_ = 0;
  int entry_depth_ = 0;  // the <url> or <sitemap> element's depth, 0 outside one
  SitemapEntry current_;
  Field field_ = Field::kNone;
  int field_depth_ = 0;
  std::string text_;
  Sitemap sitemap_;
};

bool SitemapReader::Start(XmlName name, const XmlAttributes&) {
  ++depth_;
  if (depth_ == 1) {
    root_ = std::string(name.local);
    recognised_ =
        IsSitemapNamespace(name.ns) && (name.local == "urlset" || name.local == "sitemapindex");
    sitemap_.index = name.local == "sitemapindex";
    return recognised_;
  }
  if (field_ != Field::kNone) return true;
  bool sitemap_element = IsSitemapNamespace(name.ns);
  if (depth_ == 2 && sitemap_element && name.local == (sitemap_.index ? "sitemap" : "url")) {
    if (sitemap_.entries.size() >= kMaxSitemapUrls) {
      sitemap_.truncated = true;
      return false;
    }
    entry_depth_ = depth_;
    current_ = SitemapEntry();
    return true;
  }
  if (entry_depth_ == 0) return true;
  if (depth_ == entry_depth_ + 1 && sitemap_element) {
    if (name.local == "loc") field_ = Field::kLoc;
    if (name.local == "lastmod") field_ = Field::kLastmod;
  } else if (name.ns == kGoogleNewsNamespace) {
    // <news:news> holds them directly.
    if (name.local == "title") field_ = Field::kNewsTitle;
    if (name.local == "publication_date") field_ = Field::kNewsDate;
  }
  if (field_ != Field::kNone) {
    field_depth_ = depth_;
    text_.clear();
  }
  return true;
}

bool SitemapReader::End(XmlName) {
  if (field_ != Field::kNone && depth_ == field_depth_) {
    std::string value(Trim(text_));
    std::string* slot = nullptr;
    switch (field_) {
      case Field::kLoc:
        slot = &current_.url;
        break;
      case Field::kLastmod:
        slot = &current_.lastmod;
        break;
      case Field::kNewsTitle:
        slot = &current_.news_title;
        break;
      case Field::kNewsDate:
        slot = &current_.news_date;
        break;
      case Field::kNone:
        break;
    }
    if (slot && slot->empty()) *slot = std::move(value);
    field_ = Field::kNone;
  }
  if (entry_depth_ != 0 && depth_ == entry_depth_) {
    current_.url = ResolveHttp(base_url_, current_.url);
    if (!current_.url.empty()) sitemap_.entries.push_back(std::move(current_));
    entry_depth_ = 0;
  }
  --depth_;
  return true;
}

// One URL per line (UTF-8); lines that are no absolute http(s) URL are skipped.
Sitemap ParseTextSitemap(std::string_view text, std::string_view base_url) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  Sitemap sitemap;
  while (!text.empty()) {
    std::size_t end = text.find_first_of("\r\n");
    std::string_view line = Trim(text.substr(0, end));
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    if (!IsHttpUrl(line)) continue;
    if (sitemap.entries.size() >= kMaxSitemapUrls) {
      sitemap.truncated = true;
      break;
    }
    SitemapEntry entry;
    entry.url = ResolveHttp(base_url, line);
    sitemap.entries.push_back(std::move(entry));
  }
  return sitemap;
}

bool LooksLikeXml(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  bytes = Trim(bytes);
  return bytes.starts_with('<') || bytes.starts_with("\xFE\xFF") || bytes.starts_with("\xFF\xFE");
}

Result<Sitemap> ParseXmlSitemap(std::string_view bytes, std::string_view base_url) {
  SitemapReader reader(base_url);
  XmlOutcome outcome = ReadXml(bytes, &reader);
  if (outcome.end == XmlEnd::kEntityDeclared) {
    return Status::CorruptInput("sitemap refused: its DOCTYPE declares entities");
  }
  if (!reader.root().empty() && !reader.recognised()) {
    return Status::CorruptInput("not a sitemap: the root element is <" + reader.root() + ">");
  }
  Sitemap sitemap = std::move(reader.sitemap());
  if (outcome.end == XmlEnd::kMalformed) {
    if (sitemap.entries.empty()) {
      return Status::CorruptInput("sitemap is not well-formed: " + outcome.message);
    }
    sitemap.truncated = true;
  }
  return sitemap;
}

}  // namespace

Result<Sitemap> ParseSitemap(std::string_view bytes, std::string_view base_url) {
  std::string inflated;
  if (bytes.size() >= 2 && bytes[0] == '\x1f' && bytes[1] == '\x8b') {
    Result<std::string> r = Gunzip(bytes, kMaxSitemapBytes);
    if (!r.ok()) return Status(r.status().code(), "sitemap: " + std::string(r.status().message()));
    // Gunzip's first buffer may overshoot the bound a little; the protocol's limit is exact.
    if (r->size() > kMaxSitemapBytes)
      return Status::LimitExceeded("sitemap: inflated data passes 50 MiB");
    inflated = std::move(r).value();
    bytes = inflated;
  }
  if (LooksLikeXml(bytes)) return ParseXmlSitemap(bytes, base_url);
  return ParseTextSitemap(bytes, base_url);
}

}  // namespace newsdesk::crawl
