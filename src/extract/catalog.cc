#include "extract/catalog.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "util/ascii.h"
#include "util/hash.h"

namespace newsdesk::extract {
namespace {

enum Match : uint8_t {
  kSubstring = 0,   // anywhere: "newsletter" in "footer-newsletter-box"
  kWord = 1,        // bounded by non-alphanumerics: "ad" in "top-ad", not in "header"
  kClassToken = 2,  // a whole class token: "hidden", not "overflow-hidden"
};

struct Word {
  std::string_view word;
  Label label;
  uint8_t match;  // Match
};

// Class/id words that mark boilerplate. Substring matches unless whole_token.
constexpr Word kNegativeWords[] = {
    // Navigation
    {"nav", Label::kNavigation, kWord},  // "nav" alone; "canvas" must not match
    {"navbar", Label::kNavigation, kSubstring},
    {"navigation", Label::kNavigation, kSubstring},
    {"menu", Label::kNavigation, kSubstring},
    {"breadcrumb", Label::kNavigation, kSubstring},
    {"pagination", Label::kNavigation, kSubstring},
    {"pager", Label::kNavigation, kWord},
    {"skip-link", Label::kNavigation, kSubstring},
    {"skiplink", Label::kNavigation, kSubstring},
    {"masthead", Label::kNavigation, kSubstring},
    {"toolbar", Label::kNavigation, kSubstring},
    {"jump-to", Label::kNavigation, kSubstring},
    // Related content and recommendations
    {"related", Label::kRelated, kSubstring},
    {"recommend", Label::kRelated, kSubstring},
    {"more-stories", Label::kRelated, kSubstring},
    {"more-from", Label::kRelated, kSubstring},
    {"morestories", Label::kRelated, kSubstring},
    {"read-more", Label::kRelated, kSubstring},
    {"readmore", Label::kRelated, kSubstring},
    {"read-next", Label::kRelated, kSubstring},
    {"up-next", Label::kRelated, kSubstring},
    {"also-read", Label::kRelated, kSubstring},
    {"trending", Label::kRelated, kSubstring},
    {"popular", Label::kRelated, kSubstring},
    {"most-read", Label::kRelated, kSubstring},
    {"mostread", Label::kRelated, kSubstring},
    {"most-viewed", Label::kRelated, kSubstring},
    {"outbrain", Label::kRelated, kSubstring},
    {"taboola", Label::kRelated, kSubstring},
    {"teaser", Label::kRelated, kSubstring},
    {"you-may-like", Label::kRelated, kSubstring},
    {"more-on", Label::kRelated, kSubstring},
    {"further-reading", Label::kRelated, kSubstring},
    // Sharing
    {"share", Label::kShare, kSubstring},
    {"sharing", Label::kShare, kSubstring},
    {"social", Label::kShare, kSubstring},
    {"sociable", Label::kShare, kSubstring},
    {"addthis", Label::kShare, kSubstring},
    {"follow-us", Label::kShare, kSubstring},
    // Newsletters and subscriptions. Not "paywall": in fetched HTML a paywall div often wraps
    // the rest of the article text itself.
    {"newsletter", Label::kNewsletter, kSubstring},
    {"subscribe", Label::kNewsletter, kSubstring},
    {"subscription", Label::kNewsletter, kSubstring},
    {"signup", Label::kNewsletter, kSubstring},
    {"sign-up", Label::kNewsletter, kSubstring},
    {"optin", Label::kNewsletter, kSubstring},
    {"opt-in", Label::kNewsletter, kSubstring},
    {"piano", Label::kNewsletter, kWord},
    // Ads and promotions
    {"ad", Label::kPromo, kWord},
    {"ads", Label::kPromo, kWord},
    {"advert", Label::kPromo, kSubstring},
    {"advertisement", Label::kPromo, kSubstring},
    {"adslot", Label::kPromo, kSubstring},
    {"ad-slot", Label::kPromo, kSubstring},
    {"ad-container", Label::kPromo, kSubstring},
    {"ad-wrapper", Label::kPromo, kSubstring},
    {"ad-unit", Label::kPromo, kSubstring},
    {"gpt-ad", Label::kPromo, kSubstring},
    {"dfp", Label::kPromo, kWord},
    {"promo", Label::kPromo, kSubstring},
    {"sponsor", Label::kPromo, kSubstring},
    {"banner", Label::kPromo, kSubstring},
    {"affiliate", Label::kPromo, kSubstring},
    {"marketing", Label::kPromo, kSubstring},
    {"donate", Label::kPromo, kSubstring},
    // Comments
    {"comment", Label::kComments, kSubstring},
    {"disqus", Label::kComments, kSubstring},
    {"respond", Label::kComments, kWord},
    {"discussion", Label::kComments, kSubstring},
    // Author bio boxes
    {"bio", Label::kBio, kWord},
    {"author-bio", Label::kBio, kSubstring},
    {"authorbio", Label::kBio, kSubstring},
    {"about-author", Label::kBio, kSubstring},
    {"about-the-author", Label::kBio, kSubstring},
    {"author-box", Label::kBio, kSubstring},
    {"authorbox", Label::kBio, kSubstring},
    {"author-info", Label::kBio, kSubstring},
    {"author-card", Label::kBio, kSubstring},
    // Bylines and meta rows
    {"byline", Label::kByline, kSubstring},
    {"dateline", Label::kByline, kSubstring},
    {"timestamp", Label::kByline, kSubstring},
    {"posted-on", Label::kByline, kSubstring},
    {"entry-meta", Label::kByline, kSubstring},
    {"post-meta", Label::kByline, kSubstring},
    {"article-meta", Label::kByline, kSubstring},
    {"meta", Label::kByline, kWord},
    {"author", Label::kByline, kSubstring},
    {"date", Label::kByline, kWord},
    {"published", Label::kByline, kSubstring},
    // Tags and categories
    {"tags", Label::kTags, kWord},
    {"tag-list", Label::kTags, kSubstring},
    {"taglist", Label::kTags, kSubstring},
    {"tagcloud", Label::kTags, kSubstring},
    {"tag-cloud", Label::kTags, kSubstring},
    {"post-tags", Label::kTags, kSubstring},
    {"categories", Label::kTags, kWord},
    {"keywords", Label::kTags, kWord},
    // Cookie and consent banners
    {"cookie", Label::kCookie, kSubstring},
    {"consent", Label::kCookie, kSubstring},
    {"gdpr", Label::kCookie, kSubstring},
    // Sidebars and widgets
    {"sidebar", Label::kSidebar, kSubstring},
    {"side-bar", Label::kSidebar, kSubstring},
    {"widget", Label::kSidebar, kSubstring},
    {"rail", Label::kSidebar, kWord},
    {"right-rail", Label::kSidebar, kSubstring},
    {"rightrail", Label::kSidebar, kSubstring},
    {"siderail", Label::kSidebar, kSubstring},
    {"aside", Label::kSidebar, kWord},
    // Footers and headers
    {"footer", Label::kFooter, kSubstring},
    {"copyright", Label::kFooter, kSubstring},
    {"header", Label::kHeader, kSubstring},
    // Hidden or assistive-only text
    {"hidden", Label::kHidden, kClassToken},
    {"sr-only", Label::kHidden, kSubstring},
    {"visually-hidden", Label::kHidden, kSubstring},
    {"screen-reader", Label::kHidden, kSubstring},
    {"screenreader", Label::kHidden, kSubstring},
    {"offscreen", Label::kHidden, kSubstring},
    // Captions and photo credits
    {"caption", Label::kCaption, kSubstring},
    {"credit", Label::kCaption, kSubstring},
    // Pop-ups
    {"popup", Label::kPopup, kSubstring},
    {"modal", Label::kPopup, kSubstring},
    {"overlay", Label::kPopup, kSubstring},
    {"lightbox", Label::kPopup, kSubstring},
};

// Words that make a negative match void: the element is (part of) the content ("comments" in
// "no-comments", "header" in "article-header-image" are not).
constexpr std::string_view kStrongPositive[] = {
    "articlebody",    "article-body",    "article__body",    "article_body",
    "articlecontent", "article-content", "article__content", "article-text",
    "articletext",    "story-body",      "storybody",        "story-content",
    "storycontent",   "story-text",      "entry-content",    "entrycontent",
    "entry-body",     "post-content",    "postcontent",      "post-body",
    "postbody",       "post-text",       "body-text",        "bodytext",
    "main-content",   "maincontent",     "rich-text",        "richtext",
    "article__text",  "content-body",    "text-content",     "prose",
    "single-content", "blog-content",    "news-content",     "news-text",
    "article-main",   "story__body",     "content__body",
};

constexpr std::string_view kWeakPositive[] = {
    "article", "content", "story", "entry", "main", "post", "text", "blog", "body", "news",
};

bool IsTokenChar(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

Label LabelForTag(dom::Tag tag) {
  switch (tag) {
    case dom::Tag::k_nav:
      return Label::kNavigation;
    case dom::Tag::k_aside:
      return Label::kSidebar;
    case dom::Tag::k_footer:
      return Label::kFooter;
    case dom::Tag::k_header:
      return Label::kHeader;
    case dom::Tag::k_figcaption:
      return Label::kCaption;
    case dom::Tag::k_dialog:
      return Label::kPopup;
    default:
      return Label::kNone;
  }
}

Label LabelForRole(std::string_view role) {
  if (role == "navigation" || role == "menu" || role == "menubar") return Label::kNavigation;
  if (role == "complementary") return Label::kSidebar;
  if (role == "contentinfo") return Label::kFooter;
  if (role == "banner") return Label::kHeader;
  if (role == "dialog" || role == "alertdialog") return Label::kPopup;
  return Label::kNone;
}

}  // namespace

std::string_view LabelName(Label label) {
  switch (label) {
    case Label::kNone:
      return "";
    case Label::kNavigation:
      return "navigation";
    case Label::kRelated:
      return "related";
    case Label::kShare:
      return "share";
    case Label::kNewsletter:
      return "newsletter";
    case Label::kPromo:
      return "promo";
    case Label::kComments:
      return "comments";
    case Label::kBio:
      return "bio";
    case Label::kByline:
      return "byline";
    case Label::kTags:
      return "tags";
    case Label::kCookie:
      return "cookie";
    case Label::kSidebar:
      return "sidebar";
    case Label::kFooter:
      return "footer";
    case Label::kHeader:
      return "header";
    case Label::kHidden:
      return "hidden";
    case Label::kPopup:
      return "popup";
    case Label::kCaption:
      return "caption";
    case Label::kSiteProfile:
      return "site-profile";
  }
  return "";
}

// What the vocabulary found in one class or id string. Matches never span the space between
// class and id, so the two are matched apart and merged.
struct WordMatch {
  bool strong = false;
  bool weak = false;
  uint16_t negative_order = 0xFFFF;  // the first listed negative word found wins
  Label negative = Label::kNone;

  void Merge(const WordMatch& o) {
    strong |= o.strong;
    weak |= o.weak;
    if (o.negative_order < negative_order) {
      negative_order = o.negative_order;
      negative = o.negative;
    }
  }
  ElementHints Hints() const {
    ElementHints h;
    h.positive = strong ? 2 : weak ? 1 : 0;
    h.negative = strong ? Label::kNone : negative;
    return h;
  }
};

namespace {

// The class/id vocabulary indexed by its first two characters, built once: a class list is
// scanned once, position by position, instead of once per word (the catalog holds ~150 words and
// real pages give thousands of class lists).
class WordIndex {
 public:
  enum Kind : uint8_t { kStrong, kWeak, kNegative };
  struct Entry {
    std::string_view word;
    Kind kind;
    uint8_t match;
    Label label;
    uint16_t order;  // position in its list: the first listed word wins
  };

  WordIndex() {
    uint16_t order = 0;
    for (std::string_view w : kStrongPositive) Add({w, kStrong, kSubstring, Label::kNone, order++});
    order = 0;
    for (std::string_view w : kWeakPositive) Add({w, kWeak, kWord, Label::kNone, order++});
    order = 0;
    for (const Word& w : kNegativeWords) Add({w.word, kNegative, w.match, w.label, order++});
  }

  WordMatch Match(std::string_view s) const {
    WordMatch m;
    for (std::size_t i = 0; i + 1 < s.size(); ++i) {
      // Most positions start no word: one bit test per position rules them out.
      unsigned pair = static_cast<unsigned char>(s[i]) << 8 | static_cast<unsigned char>(s[i + 1]);
      if (((pairs_[pair >> 6] >> (pair & 63)) & 1) == 0) continue;
      const auto& bucket = buckets_[Bucket(s[i], s[i + 1])];
      for (const Entry& e : bucket) {
        // Words are short: compare inline rather than through memcmp.
        if (s.size() - i < e.word.size()) continue;
        const char* a = s.data() + i;
        const char* b = e.word.data();
        std::size_t k = 0;
        while (k < e.word.size() && a[k] == b[k]) ++k;
        if (k != e.word.size()) continue;
        if (!Bounded(s, i, e.word.size(), e.match)) continue;
        if (e.kind == kStrong) m.strong = true;
        if (e.kind == kWeak) m.weak = true;
        if (e.kind == kNegative && e.order < m.negative_order) {
          m.negative_order = e.order;
          m.negative = e.label;
        }
      }
    }
    return m;
  }

 private:
  static std::size_t Bucket(char a, char b) {
    return (static_cast<unsigned char>(a) * 31u + static_cast<unsigned char>(b)) & 1023u;
  }
  static bool Bounded(std::string_view s, std::size_t pos, std::size_t len, uint8_t match) {
    if (match == kSubstring) return true;
    std::size_t end = pos + len;
    if (match == kWord) {
      return (pos == 0 || !IsTokenChar(s[pos - 1])) && (end == s.size() || !IsTokenChar(s[end]));
    }
    return (pos == 0 || s[pos - 1] == ' ') && (end == s.size() || s[end] == ' ');
  }
  void Add(const Entry& e) {
    buckets_[Bucket(e.word[0], e.word[1])].push_back(e);
    unsigned pair =
        static_cast<unsigned char>(e.word[0]) << 8 | static_cast<unsigned char>(e.word[1]);
    pairs_[pair >> 6] |= uint64_t{1} << (pair & 63);
  }

  std::vector<Entry> buckets_[1024];
  uint64_t pairs_[1024] = {};  // bit (a << 8 | b): some word starts with the two bytes a, b
};

const WordIndex& Index() {
  static const WordIndex index;  // immutable after construction; thread-safe initialisation
  return index;
}

}  // namespace

namespace {

// What the class and id words say, from the lower-cased "class id" string.
WordMatch MatchWords(std::string_view value) {
  // Lower-cased into a small buffer; very long class lists are cut at 512 bytes.
  char buffer[512];
  std::size_t n = std::min(value.size(), sizeof(buffer));
  for (std::size_t i = 0; i < n; ++i) buffer[i] = AsciiLower(value[i]);
  return Index().Match(std::string_view(buffer, n));
}

ElementHints MatchClassAndId(std::string_view cls, std::string_view id) {
  WordMatch m = MatchWords(cls);
  m.Merge(MatchWords(id));
  return m.Hints();
}

// Combines the tag, role and itemprop with the class/id words (from `match_words`).
template <typename MatchWords>
ElementHints ClassifyWith(const dom::Node& element, MatchWords match_words) {
  ElementHints hints;
  hints.negative = LabelForTag(element.tag);
  if (element.attribute_count == 0) return hints;
  // One pass over the attributes (this runs for every element).
  std::string_view itemprop, role, cls, id;
  for (uint32_t i = 0; i < element.attribute_count; ++i) {
    const dom::Attribute& a = element.attributes[i];
    switch (a.name.size()) {
      case 2:
        if (a.name == "id") id = a.value;
        break;
      case 4:
        if (a.name == "role") role = a.value;
        break;
      case 5:
        if (a.name == "class") cls = a.value;
        break;
      case 8:
        if (a.name == "itemprop") itemprop = a.value;
        break;
      default:
        break;
    }
  }
  if (itemprop == "articleBody" || itemprop == "articlebody" || itemprop == "text") {
    hints.positive = 2;
  }
  if (hints.negative == Label::kNone && !role.empty()) hints.negative = LabelForRole(role);

  if (cls.empty() && id.empty()) return hints;
  ElementHints words = match_words(cls, id);
  hints.positive = std::max(hints.positive, words.positive);
  // A class/id word is more specific than the tag: <aside class="newsletter"> is a newsletter.
  if (hints.positive < 2 && words.negative != Label::kNone) hints.negative = words.negative;
  return hints;
}

}  // namespace

ElementHints ClassifyElement(const dom::Node& element) {
  return ClassifyWith(element, MatchClassAndId);
}

struct ElementClassifier::Slot {
  uint64_t key = 0;  // HashPair of the class value (0: empty)
  WordMatch words;
};

ElementClassifier::ElementClassifier() : slots_(new Slot[kSlots]) {}
ElementClassifier::~ElementClassifier() = default;

ElementHints ElementClassifier::Classify(const dom::Node& element) {
  return ClassifyWith(element, [this](std::string_view cls, std::string_view id) {
    // Class lists repeat across a page's elements; ids mostly do not, and are short.
    WordMatch m;
    if (!cls.empty()) {
      uint64_t key = HashPair(cls, {});
      Slot& slot = slots_[(key >> 32) % kSlots];  // (the low bit is always set)
      if (slot.key != key) {
        slot.key = key;
        slot.words = MatchWords(cls);
      }
      m = slot.words;
    }
    if (!id.empty()) m.Merge(MatchWords(id));
    return m.Hints();
  });
}

namespace {

constexpr std::size_t kMaxPhraseBlockChars = 300;

struct Phrase {
  std::string_view text;  // lower-case
  Label label;
  uint16_t max_chars;    // the block must be at most this long for the phrase to decide
  bool overrides_prose;  // true: drops the block even when it reads like a sentence
};

// Short-block wording of boilerplate. A phrase decides only for blocks up to its max_chars: a long
// paragraph that mentions a newsletter is prose. Calls to action ("Sign up for ...") override
// prose; bare words ("comments", "cookies") only label blocks that are not sentences.
constexpr Phrase kPhrases[] = {
    // Calls to action: the promos and sign-up blurbs wrapped around articles.
    {"sign up for", Label::kNewsletter, 200, true},  // "Sign up for our free newsletters"
    {"sign up to", Label::kNewsletter, 200, true},
    {"subscribe to", Label::kNewsletter, 200, true},  // "Subscribe to The Daily"
    {"subscribe now", Label::kNewsletter, 200, true},
    {"subscribe today", Label::kNewsletter, 200, true},
    {"delivered to your inbox", Label::kNewsletter, 250, true},
    {"right in your inbox", Label::kNewsletter, 250, true},
    {"in your inbox", Label::kNewsletter, 160, true},
    {"already a subscriber", Label::kNewsletter, 200, true},
    {"newsletter", Label::kNewsletter, 160, false},
    {"get the latest", Label::kNewsletter, 120, false},
    {"share this", Label::kShare, 120, true},  // "Share this article"
    {"share your thoughts", Label::kShare, 120, true},
    // Reader-support appeals after the article.
    {"support our journalism", Label::kPromo, 250, true},
    {"support independent journalism", Label::kPromo, 250, true},
    {"become a member", Label::kPromo, 200, true},
    {"become a supporter", Label::kPromo, 200, true},
    {"make a difference for readers", Label::kPromo, 200, true},
    {"share it with", Label::kShare, 120, true},
    {"click to share", Label::kShare, 120, true},
    {"share on", Label::kShare, 80, false},
    {"follow us", Label::kShare, 160, true},
    {"on facebook", Label::kShare, 120, false},
    {"on twitter", Label::kShare, 120, false},
    {"all rights reserved", Label::kFooter, 300, true},
    {"privacy policy", Label::kFooter, 300, true},
    {"user agreement", Label::kFooter, 300, true},
    {"terms of service", Label::kFooter, 300, true},
    {"terms of use", Label::kFooter, 300, true},
    {"may not be reproduced", Label::kFooter, 300, true},
    {"unsubscribe at any time", Label::kNewsletter, 300, true},
    {"opens in new window", Label::kShare, 120, true},
    {"click to email", Label::kShare, 120, true},
    {"click to print", Label::kShare, 120, true},
    {"save my name, email", Label::kComments, 200, true},
    {"notify me", Label::kComments, 160, true},
    {"will not be published", Label::kComments, 200, true},
    {"required fields are marked", Label::kComments, 200, true},
    {"reduce spam", Label::kComments, 200, true},
    {"\xc2\xa9", Label::kFooter, 160, false},  // the copyright sign
    {"copyright", Label::kFooter, 160, false},
    {"this slideshow requires javascript", Label::kPromo, 80, true},
    {"please enable javascript", Label::kPromo, 160, true},
    {"tell us what you think", Label::kComments, 80, true},
    {"leave a comment", Label::kComments, 80, true},
    {"leave a reply", Label::kComments, 80, true},
    {"post comment", Label::kComments, 40, true},
    {"comments", Label::kComments, 80, false},
    {"cookies", Label::kCookie, 160, false},
    // Section labels of promos and related-story rails: short lines, not sentences.
    {"advertisement", Label::kPromo, 40, true},
    {"advert", Label::kPromo, 20, false},
    {"sponsored", Label::kPromo, 60, false},
    {"related", Label::kRelated, 40, false},  // "Related Articles", "Related Tags:"
    {"read more", Label::kRelated, 40, false},
    {"read next", Label::kRelated, 40, false},
    {"recommended", Label::kRelated, 40, false},
    {"you may also like", Label::kRelated, 60, true},
    {"you might also like", Label::kRelated, 60, true},
    {"more from", Label::kRelated, 60, false},
    {"more stories", Label::kRelated, 40, false},
    {"trending", Label::kRelated, 40, false},
    {"popular on", Label::kRelated, 60, false},
    {"most popular", Label::kRelated, 40, false},
    {"most read", Label::kRelated, 40, false},
    {"don't miss", Label::kRelated, 30, false},
    {"don\xe2\x80\x99t miss", Label::kRelated, 30, false},
    {"topics", Label::kTags, 20, false},
    {"tags:", Label::kTags, 30, false},
    {"filed under", Label::kTags, 80, false},
    // Photo credits and caption furniture.
    {"getty images", Label::kCaption, 100, false},
    {"photo:", Label::kCaption, 100, false},
    {"(image:", Label::kCaption, 160, false},
    {"photograph:", Label::kCaption, 100, false},
    {"photo by", Label::kCaption, 100, false},
    {"image credit", Label::kCaption, 100, false},
    {"associated press", Label::kCaption, 60, false},
};

}  // namespace

namespace {

// The phrases indexed by their first two characters, like the class/id words.
class PhraseIndex {
 public:
  PhraseIndex() {
    for (std::size_t i = 0; i < std::size(kPhrases); ++i) {
      const Phrase& p = kPhrases[i];
      buckets_[Bucket(p.text[0], p.text[1])].push_back(static_cast<uint16_t>(i));
      unsigned pair =
          static_cast<unsigned char>(p.text[0]) << 8 | static_cast<unsigned char>(p.text[1]);
      pairs_[pair >> 6] |= uint64_t{1} << (pair & 63);
    }
  }
  PhraseMatch Match(std::string_view lower, std::size_t original_size) const {
    uint16_t best = 0xFFFF;
    for (std::size_t i = 0; i + 1 < lower.size(); ++i) {
      unsigned pair =
          static_cast<unsigned char>(lower[i]) << 8 | static_cast<unsigned char>(lower[i + 1]);
      if (((pairs_[pair >> 6] >> (pair & 63)) & 1) == 0) continue;
      for (uint16_t k : buckets_[Bucket(lower[i], lower[i + 1])]) {
        const Phrase& p = kPhrases[k];
        if (k >= best || original_size > p.max_chars || lower.size() - i < p.text.size()) continue;
        std::size_t j = 0;
        while (j < p.text.size() && lower[i + j] == p.text[j]) ++j;
        if (j == p.text.size()) best = k;
      }
    }
    if (best == 0xFFFF) return {};
    return {kPhrases[best].label, kPhrases[best].overrides_prose};
  }

 private:
  static std::size_t Bucket(char a, char b) {
    return (static_cast<unsigned char>(a) * 31u + static_cast<unsigned char>(b)) & 511u;
  }
  std::vector<uint16_t> buckets_[512];
  uint64_t pairs_[1024] = {};  // bit (a << 8 | b): some phrase starts with the bytes a, b
};

}  // namespace

PhraseMatch ClassifyPhrase(std::string_view text) {
  if (text.size() > kMaxPhraseBlockChars) return {};
  static const PhraseIndex index;  // immutable after construction; thread-safe initialisation
  char lower[kMaxPhraseBlockChars];
  for (std::size_t i = 0; i < text.size(); ++i) lower[i] = AsciiLower(text[i]);
  return index.Match(std::string_view(lower, text.size()), text.size());
}

}  // namespace newsdesk::extract
