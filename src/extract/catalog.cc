#include "extract/catalog.h"

#include <array>
#include <string>

namespace newsdesk::extract {
namespace {

struct Word {
  std::string_view word;
  Label label;
  bool whole_token;  // match a whole class token only (short words that hide inside others)
};

// Class/id words that mark boilerplate. Substring matches unless whole_token.
constexpr Word kNegativeWords[] = {
    // Navigation
    {"nav", Label::kNavigation, true},          // "nav" alone; "canvas" must not match
    {"navbar", Label::kNavigation, false},
    {"navigation", Label::kNavigation, false},
    {"menu", Label::kNavigation, false},
    {"breadcrumb", Label::kNavigation, false},
    {"pagination", Label::kNavigation, false},
    {"pager", Label::kNavigation, true},
    {"skip-link", Label::kNavigation, false},
    {"skiplink", Label::kNavigation, false},
    {"masthead", Label::kNavigation, false},
    {"toolbar", Label::kNavigation, false},
    {"jump-to", Label::kNavigation, false},
    // Related content and recommendations
    {"related", Label::kRelated, false},
    {"recommend", Label::kRelated, false},
    {"more-stories", Label::kRelated, false},
    {"more-from", Label::kRelated, false},
    {"morestories", Label::kRelated, false},
    {"read-more", Label::kRelated, false},
    {"readmore", Label::kRelated, false},
    {"read-next", Label::kRelated, false},
    {"up-next", Label::kRelated, false},
    {"also-read", Label::kRelated, false},
    {"trending", Label::kRelated, false},
    {"popular", Label::kRelated, false},
    {"most-read", Label::kRelated, false},
    {"mostread", Label::kRelated, false},
    {"most-viewed", Label::kRelated, false},
    {"outbrain", Label::kRelated, false},
    {"taboola", Label::kRelated, false},
    {"teaser", Label::kRelated, false},
    {"you-may-like", Label::kRelated, false},
    {"more-on", Label::kRelated, false},
    {"further-reading", Label::kRelated, false},
    // Sharing
    {"share", Label::kShare, false},
    {"sharing", Label::kShare, false},
    {"social", Label::kShare, false},
    {"sociable", Label::kShare, false},
    {"addthis", Label::kShare, false},
    {"follow-us", Label::kShare, false},
    // Newsletters and subscriptions. Not "paywall": in fetched HTML a paywall div often wraps
    // the rest of the article text itself.
    {"newsletter", Label::kNewsletter, false},
    {"subscribe", Label::kNewsletter, false},
    {"subscription", Label::kNewsletter, false},
    {"signup", Label::kNewsletter, false},
    {"sign-up", Label::kNewsletter, false},
    {"optin", Label::kNewsletter, false},
    {"opt-in", Label::kNewsletter, false},
    {"piano", Label::kNewsletter, true},
    // Ads and promotions
    {"ad", Label::kPromo, true},
    {"ads", Label::kPromo, true},
    {"advert", Label::kPromo, false},
    {"advertisement", Label::kPromo, false},
    {"adslot", Label::kPromo, false},
    {"ad-slot", Label::kPromo, false},
    {"ad-container", Label::kPromo, false},
    {"ad-wrapper", Label::kPromo, false},
    {"ad-unit", Label::kPromo, false},
    {"gpt-ad", Label::kPromo, false},
    {"dfp", Label::kPromo, true},
    {"promo", Label::kPromo, false},
    {"sponsor", Label::kPromo, false},
    {"banner", Label::kPromo, false},
    {"affiliate", Label::kPromo, false},
    {"marketing", Label::kPromo, false},
    {"donate", Label::kPromo, false},
    // Comments
    {"comment", Label::kComments, false},
    {"disqus", Label::kComments, false},
    {"respond", Label::kComments, true},
    {"discussion", Label::kComments, false},
    // Author bio boxes
    {"bio", Label::kBio, true},
    {"author-bio", Label::kBio, false},
    {"authorbio", Label::kBio, false},
    {"about-author", Label::kBio, false},
    {"about-the-author", Label::kBio, false},
    {"author-box", Label::kBio, false},
    {"authorbox", Label::kBio, false},
    {"author-info", Label::kBio, false},
    {"author-card", Label::kBio, false},
    // Bylines and meta rows
    {"byline", Label::kByline, false},
    {"dateline", Label::kByline, false},
    {"timestamp", Label::kByline, false},
    {"posted-on", Label::kByline, false},
    {"entry-meta", Label::kByline, false},
    {"post-meta", Label::kByline, false},
    {"article-meta", Label::kByline, false},
    {"meta", Label::kByline, true},
    {"author", Label::kByline, false},
    {"date", Label::kByline, true},
    {"published", Label::kByline, false},
    // Tags and categories
    {"tags", Label::kTags, true},
    {"tag-list", Label::kTags, false},
    {"taglist", Label::kTags, false},
    {"tagcloud", Label::kTags, false},
    {"tag-cloud", Label::kTags, false},
    {"post-tags", Label::kTags, false},
    {"categories", Label::kTags, true},
    {"keywords", Label::kTags, true},
    // Cookie and consent banners
    {"cookie", Label::kCookie, false},
    {"consent", Label::kCookie, false},
    {"gdpr", Label::kCookie, false},
    // Sidebars and widgets
    {"sidebar", Label::kSidebar, false},
    {"side-bar", Label::kSidebar, false},
    {"widget", Label::kSidebar, false},
    {"rail", Label::kSidebar, true},
    {"right-rail", Label::kSidebar, false},
    {"rightrail", Label::kSidebar, false},
    {"siderail", Label::kSidebar, false},
    {"aside", Label::kSidebar, true},
    // Footers and headers
    {"footer", Label::kFooter, false},
    {"copyright", Label::kFooter, false},
    {"header", Label::kHeader, false},
    // Hidden or assistive-only text
    {"hidden", Label::kHidden, true},
    {"sr-only", Label::kHidden, false},
    {"visually-hidden", Label::kHidden, false},
    {"screen-reader", Label::kHidden, false},
    {"screenreader", Label::kHidden, false},
    {"offscreen", Label::kHidden, false},
    // Captions and photo credits
    {"caption", Label::kCaption, false},
    {"credit", Label::kCaption, false},
    // Pop-ups
    {"popup", Label::kPopup, false},
    {"modal", Label::kPopup, false},
    {"overlay", Label::kPopup, false},
    {"lightbox", Label::kPopup, false},
};

// Words that make a negative match void: the element is (part of) the content ("comments" in
// "no-comments", "header" in "article-header-image" are not).
constexpr std::string_view kStrongPositive[] = {
    "articlebody",   "article-body",  "article__body", "article_body",  "articlecontent",
    "article-content", "article__content", "article-text", "articletext",  "story-body",
    "storybody",     "story-content", "storycontent",  "story-text",    "entry-content",
    "entrycontent",  "entry-body",    "post-content",  "postcontent",   "post-body",
    "postbody",      "post-text",     "body-text",     "bodytext",      "main-content",
    "maincontent",   "rich-text",     "richtext",      "article__text", "content-body",
    "text-content",  "prose",         "single-content", "blog-content",  "news-content",
    "news-text",     "article-main",  "story__body",   "content__body",
};

constexpr std::string_view kWeakPositive[] = {
    "article", "content", "story", "entry", "main", "post", "text", "blog", "body", "news",
};

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool IsTokenChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// True when `word` occurs in `s`; with whole_token, only bounded by non-alphanumerics.
bool Contains(std::string_view s, std::string_view word, bool whole_token) {
  std::size_t pos = 0;
  while ((pos = s.find(word, pos)) != std::string_view::npos) {
    if (!whole_token) return true;
    bool left = pos == 0 || !IsTokenChar(s[pos - 1]);
    std::size_t end = pos + word.size();
    bool right = end == s.size() || !IsTokenChar(s[end]);
    if (left && right) return true;
    ++pos;
  }
  return false;
}

Label LabelForTag(dom::Tag tag) {
  switch (tag) {
    case dom::Tag::k_nav: return Label::kNavigation;
    case dom::Tag::k_aside: return Label::kSidebar;
    case dom::Tag::k_footer: return Label::kFooter;
    case dom::Tag::k_header: return Label::kHeader;
    case dom::Tag::k_figcaption: return Label::kCaption;
    case dom::Tag::k_dialog: return Label::kPopup;
    default: return Label::kNone;
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
    case Label::kNone: return "";
    case Label::kNavigation: return "navigation";
    case Label::kRelated: return "related";
    case Label::kShare: return "share";
    case Label::kNewsletter: return "newsletter";
    case Label::kPromo: return "promo";
    case Label::kComments: return "comments";
    case Label::kBio: return "bio";
    case Label::kByline: return "byline";
    case Label::kTags: return "tags";
    case Label::kCookie: return "cookie";
    case Label::kSidebar: return "sidebar";
    case Label::kFooter: return "footer";
    case Label::kHeader: return "header";
    case Label::kHidden: return "hidden";
    case Label::kPopup: return "popup";
    case Label::kCaption: return "caption";
  }
  return "";
}

ElementHints ClassifyElement(const dom::Node& element) {
  ElementHints hints;
  hints.negative = LabelForTag(element.tag);
  std::string_view itemprop = element.Attr("itemprop");
  if (itemprop == "articleBody" || itemprop == "articlebody" || itemprop == "text") {
    hints.positive = 2;
  }
  if (hints.negative == Label::kNone) hints.negative = LabelForRole(element.Attr("role"));

  std::string_view cls = element.Attr("class");
  std::string_view id = element.Attr("id");
  if (cls.empty() && id.empty()) return hints;
  // Lower-case "class id" into a small buffer; very long class lists are cut at 512 bytes.
  char buffer[512];
  std::size_t n = 0;
  for (std::string_view part : {cls, std::string_view(" "), id}) {
    for (char c : part) {
      if (n == sizeof(buffer)) break;
      buffer[n++] = Lower(c);
    }
  }
  std::string_view words(buffer, n);
  for (std::string_view p : kStrongPositive) {
    if (Contains(words, p, false)) {
      hints.positive = 2;
      break;
    }
  }
  if (hints.positive == 0) {
    for (std::string_view p : kWeakPositive) {
      if (Contains(words, p, true)) {
        hints.positive = 1;
        break;
      }
    }
  }
  if (hints.positive < 2) {
    // A class/id word is more specific than the tag: <aside class="newsletter"> is a newsletter.
    for (const Word& w : kNegativeWords) {
      if (Contains(words, w.word, w.whole_token)) {
        hints.negative = w.label;
        break;
      }
    }
  }
  return hints;
}

constexpr std::size_t kMaxPhraseBlockChars = 300;

namespace {

struct Phrase {
  std::string_view text;  // lower-case
  Label label;
  uint16_t max_chars;     // the block must be at most this long for the phrase to decide
  bool overrides_prose;   // true: drops the block even when it reads like a sentence
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
    {"share it with", Label::kShare, 120, true},
    {"click to share", Label::kShare, 120, true},
    {"share on", Label::kShare, 80, false},
    {"follow us", Label::kShare, 160, true},
    {"on facebook", Label::kShare, 120, false},
    {"on twitter", Label::kShare, 120, false},
    {"all rights reserved", Label::kFooter, 300, true},
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

PhraseMatch ClassifyPhrase(std::string_view text) {
  if (text.size() > kMaxPhraseBlockChars) return {};
  std::string lower(text);
  for (char& c : lower) c = Lower(c);
  for (const Phrase& p : kPhrases) {
    if (text.size() <= p.max_chars && lower.find(p.text) != std::string::npos)
      return {p.label, p.overrides_prose};
  }
  return {};
}

}  // namespace newsdesk::extract
