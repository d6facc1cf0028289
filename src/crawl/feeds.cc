// RSS 2.0 / 0.9x, RSS 1.0 (RDF) and Atom feeds read with expat; see feeds.h. Pure, thread-safe.
#include "crawl/feeds.h"

#include <utility>

#include "crawl/feed_dates.h"
#include "crawl/feed_internal.h"
#include "crawl/xml_reader.h"
#include "util/ascii.h"
#include "util/url.h"

namespace newsdesk::crawl {
namespace internal {

std::string_view TrimAscii(std::string_view s) {
  while (!s.empty() && static_cast<unsigned char>(s.front()) <= ' ') s.remove_prefix(1);
  while (!s.empty() && static_cast<unsigned char>(s.back()) <= ' ') s.remove_suffix(1);
  return s;
}

std::string ResolveHttp(std::string_view base, std::string_view ref) {
  ref = TrimAscii(ref);
  if (ref.empty()) return "";
  std::string url = ResolveUrl(base, ref);
  return IsHttpUrl(url) ? url : std::string();
}

}  // namespace internal

namespace {

using internal::TrimAscii;

// The vocabularies a feed element can come from, told by namespace URI.
enum class Vocab { kOther, kRss, kAtom, kRdf, kDc, kContent };

Vocab VocabOf(std::string_view ns) {
  if (ns.empty() || ns == "http://purl.org/rss/1.0/" ||
      ns == "http://my.netscape.com/rdf/simple/0.9/")
    return Vocab::kRss;  // RSS 0.9x/2.0 have no namespace; RSS 1.0 and 0.90 have their own
  if (ns == "http://www.w3.org/2005/Atom" || ns == "http://purl.org/atom/ns#") return Vocab::kAtom;
  if (ns == "http://www.w3.org/1999/02/22-rdf-syntax-ns#") return Vocab::kRdf;
  if (ns == "http://purl.org/dc/elements/1.1/" || ns == "http://purl.org/dc/terms/")
    return Vocab::kDc;
  if (ns == "http://purl.org/rss/1.0/modules/content/") return Vocab::kContent;
  return Vocab::kOther;
}

// The text fields an element fills.
enum class Field { kNone, kTitle, kLink, kId, kDate, kUpdated, kSummary, kContent };

// Where an item's URL came from, best first.
enum class UrlSource {
  kLink = 0,
  kAtomAlternate = 1,
  kPermalinkGuid = 2,
  kRdfAbout = 3,
  kNone = 4
};

struct PendingItem {
  FeedItem item;
  std::string updated;
  std::string content;
  std::string raw_url;
  std::string url_base;  // the xml:base in scope (or base_url) where the URL was read
  UrlSource url_source = UrlSource::kNone;
  bool guid_is_permalink = true;
};

struct Element {
  Vocab vocab;
  std::string local;
  std::string base;  // the xml:base in scope inside this element
};

class FeedReader : public XmlHandler {
 public:
  explicit FeedReader(std::string_view base_url) : base_url_(base_url) {}

  bool Start(XmlName name, const XmlAttributes& attributes) override;
  bool End(XmlName name) override;
  bool Text(std::string_view text) override {
    if (field_ != Field::kNone) text_.append(text);
    return true;
  }

  // The feed with its item URLs resolved; call after the read.
  Feed Finish();
  bool recognised() const { return recognised_; }
  const std::string& root() const { return root_; }
  Feed& feed() { return feed_; }

 private:
  bool StartRoot(Vocab vocab, std::string_view local);
  void StartItemChild(Vocab vocab, std::string_view local, const XmlAttributes& attributes);
  void StartFeedChild(Vocab vocab, std::string_view local, const XmlAttributes& attributes);
  void OfferUrl(UrlSource source, std::string_view raw);
  void Store(Field field, std::string value);
  bool InItem() const { return item_depth_ > 0; }
  const std::string& base() const { return stack_.empty() ? base_url_ : stack_.back().base; }
  // The feed-level element (<channel>, Atom's <feed>) is this element's parent.
  bool ParentIsFeed() const;

  std::string base_url_;
  std::vector<Element> stack_;
  std::string root_;
  bool recognised_ = false;
  Feed feed_;
  std::vector<PendingItem> items_;
  PendingItem current_;
  std::size_t item_depth_ = 0;  // the item element's depth, 0 outside items
  Field field_ = Field::kNone;
  bool field_is_feed_level_ = false;
  std::size_t field_depth_ = 0;
  std::string text_;
  std::string feed_link_raw_, feed_link_base_;
};

bool FeedReader::ParentIsFeed() const {
  if (stack_.size() < 2) return false;
  const Element& parent = stack_[stack_.size() - 2];
  if (feed_.kind == FeedKind::kAtom) return stack_.size() == 2;
  return parent.vocab == Vocab::kRss && parent.local == "channel";
}

bool FeedReader::StartRoot(Vocab vocab, std::string_view local) {
  root_ = std::string(local);
  if (vocab == Vocab::kRss && local == "rss") {
    feed_.kind = FeedKind::kRss;
  } else if (vocab == Vocab::kRdf && local == "RDF") {
    feed_.kind = FeedKind::kRdf;
  } else if (vocab == Vocab::kAtom && local == "feed") {
    feed_.kind = FeedKind::kAtom;
  } else {
    return false;
  }
  recognised_ = true;
  return true;
}

void FeedReader::OfferUrl(UrlSource source, std::string_view raw) {
  raw = TrimAscii(raw);
  if (raw.empty() || source >= current_.url_source) return;
  current_.url_source = source;
  current_.raw_url = std::string(raw);
  current_.url_base = base();
}

bool IsAlternateLink(const XmlAttributes& attributes) {
  std::string rel = AsciiLowerCopy(TrimAscii(attributes.Get({}, "rel")));
  return rel.empty() || rel == "alternate";
}

void FeedReader::StartItemChild(Vocab vocab, std::string_view local,
                                const XmlAttributes& attributes) {
  if (vocab == Vocab::kAtom && local == "link") {
    if (IsAlternateLink(attributes)) {
      OfferUrl(feed_.kind == FeedKind::kAtom ? UrlSource::kLink : UrlSource::kAtomAlternate,
               attributes.Get({}, "href"));
    }
    return;
  }
  if (vocab == Vocab::kRss || vocab == Vocab::kAtom) {
    if (local == "title") field_ = Field::kTitle;
    if (local == "link" && vocab == Vocab::kRss) field_ = Field::kLink;
    if (local == "guid" || local == "id") field_ = Field::kId;
    if (local == "pubDate" || local == "published" || local == "issued") field_ = Field::kDate;
    if (local == "updated" || local == "modified") field_ = Field::kUpdated;
    if (local == "description" || local == "summary") field_ = Field::kSummary;
    if (local == "content" && vocab == Vocab::kAtom) field_ = Field::kContent;
    if (local == "guid") {
      current_.guid_is_permalink =
          AsciiLowerCopy(TrimAscii(attributes.Get({}, "isPermaLink"))) != "false";
    }
  } else if (vocab == Vocab::kDc && local == "date") {
    field_ = Field::kDate;
  } else if (vocab == Vocab::kContent && local == "encoded") {
    field_ = Field::kContent;
  }
}

void FeedReader::StartFeedChild(Vocab vocab, std::string_view local,
                                const XmlAttributes& attributes) {
  if (vocab == Vocab::kAtom && local == "link") {
    if (IsAlternateLink(attributes) && feed_link_raw_.empty()) {
      feed_link_raw_ = std::string(TrimAscii(attributes.Get({}, "href")));
      feed_link_base_ = base();
    }
    return;
  }
  if (vocab != Vocab::kRss && vocab != Vocab::kAtom) return;
  if (local == "title") field_ = Field::kTitle;
  if (local == "link" && vocab == Vocab::kRss) field_ = Field::kLink;
  field_is_feed_level_ = field_ != Field::kNone;
}

bool FeedReader::Start(XmlName name, const XmlAttributes& attributes) {
  Vocab vocab = VocabOf(name.ns);
  std::string_view xml_base = attributes.Get(kXmlNamespace, "base");
  std::string scope = base();
  if (!xml_base.empty()) {
    std::string resolved = ResolveUrl(scope, TrimAscii(xml_base));
    if (!resolved.empty()) scope = std::move(resolved);
  }
  stack_.push_back({vocab, std::string(name.local), std::move(scope)});
  if (stack_.size() == 1) return StartRoot(vocab, name.local);
  if (field_ != Field::kNone) return true;  // markup inside a field (Atom xhtml content)
  bool is_item = (vocab == Vocab::kRss && name.local == "item") ||
                 (vocab == Vocab::kAtom && name.local == "entry");
  if (is_item && !InItem()) {
    if (items_.size() >= kMaxFeedItems) {
      feed_.truncated = true;
      return false;
    }
    current_ = PendingItem();
    item_depth_ = stack_.size();
    OfferUrl(UrlSource::kRdfAbout,
             attributes.Get("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "about"));
    return true;
  }
  if (InItem() && stack_.size() == item_depth_ + 1) {
    StartItemChild(vocab, name.local, attributes);
  } else if (!InItem() && ParentIsFeed()) {
    StartFeedChild(vocab, name.local, attributes);
  }
  if (field_ != Field::kNone) {
    field_depth_ = stack_.size();
    text_.clear();
  }
  return true;
}

void FeedReader::Store(Field field, std::string value) {
  if (field_is_feed_level_) {
    if (field == Field::kTitle && feed_.title.empty()) feed_.title = std::move(value);
    if (field == Field::kLink && feed_link_raw_.empty()) {
      feed_link_raw_ = std::move(value);
      feed_link_base_ = base();
    }
    return;
  }
  FeedItem& item = current_.item;
  auto first = [&value](std::string* slot) {
    if (slot->empty()) *slot = std::move(value);
  };
  switch (field) {
    case Field::kTitle:
      first(&item.title);
      break;
    case Field::kLink:
      OfferUrl(UrlSource::kLink, value);
      break;
    case Field::kId:
      if (current_.guid_is_permalink) OfferUrl(UrlSource::kPermalinkGuid, value);
      first(&item.id);
      break;
    case Field::kDate:
      first(&item.date);
      break;
    case Field::kUpdated:
      first(&current_.updated);
      break;
    case Field::kSummary:
      first(&item.summary);
      break;
    case Field::kContent:
      first(&current_.content);
      break;
    case Field::kNone:
      break;
  }
}

bool FeedReader::End(XmlName) {
  if (field_ != Field::kNone && stack_.size() == field_depth_) {
    Store(field_, std::string(TrimAscii(text_)));
    field_ = Field::kNone;
    field_is_feed_level_ = false;
    current_.guid_is_permalink = true;  // isPermaLink speaks for its own <guid> only
  }
  if (InItem() && stack_.size() == item_depth_) {
    if (current_.item.date.empty()) current_.item.date = std::move(current_.updated);
    if (current_.item.summary.empty()) current_.item.summary = std::move(current_.content);
    current_.item.date_iso = NormalizeFeedDate(current_.item.date);
    items_.push_back(std::move(current_));
    item_depth_ = 0;
  }
  stack_.pop_back();
  return true;
}

Feed FeedReader::Finish() {
  feed_.link =
      internal::ResolveHttp(feed_link_base_.empty() ? base_url_ : feed_link_base_, feed_link_raw_);
  feed_.items.reserve(items_.size());
  for (PendingItem& p : items_) {
    // A permalink guid must be absolute: a relative one is an id, not a URL.
    if (p.url_source == UrlSource::kPermalinkGuid && !IsHttpUrl(p.raw_url)) p.raw_url.clear();
    std::string_view base = p.url_base.empty() ? std::string_view(feed_.link) : p.url_base;
    p.item.url = internal::ResolveHttp(base, p.raw_url);
    feed_.items.push_back(std::move(p.item));
  }
  items_.clear();
  return std::move(feed_);
}

bool LooksLikeJson(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  bytes = TrimAscii(bytes);
  return !bytes.empty() && bytes.front() == '{';
}

}  // namespace

Result<Feed> ParseFeed(std::string_view bytes, std::string_view base_url) {
  if (LooksLikeJson(bytes)) return internal::ParseJsonFeed(bytes, base_url);
  FeedReader reader(base_url);
  XmlOutcome outcome = ReadXml(bytes, &reader);
  if (outcome.end == XmlEnd::kEntityDeclared) {
    return Status::CorruptInput("feed refused: its DOCTYPE declares entities");
  }
  if (!reader.root().empty() && !reader.recognised()) {
    return Status::CorruptInput("not a feed: the root element is <" + reader.root() + ">");
  }
  Feed feed = reader.Finish();
  if (outcome.end == XmlEnd::kMalformed) {
    if (feed.items.empty())
      return Status::CorruptInput("feed is not well-formed: " + outcome.message);
    feed.truncated = true;
  }
  return feed;
}

}  // namespace newsdesk::crawl
