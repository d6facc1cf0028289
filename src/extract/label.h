// Label: why a block or line is boilerplate (navigation, related, newsletter, ...). The one
// vocabulary of boilerplate kinds, shared by the HTML cascade (catalog.h), plain-text mode and the
// --explain output.
#pragma once

#include <cstdint>
#include <string_view>

namespace newsdesk::extract {

// What a block's markup or wording says it is.
enum class Label : uint8_t {
  kNone = 0,
  kNavigation,   // menus, breadcrumbs, pagination, skip links
  kRelated,      // "related stories", recommendations, most-read lists, teaser rails
  kShare,        // share buttons and social links
  kNewsletter,   // newsletter and subscription sign-ups, paywall prompts
  kPromo,        // ads, sponsored blocks, promotions
  kComments,     // reader comments
  kBio,          // author bio boxes
  kByline,       // bylines, datelines, article meta rows
  kTags,         // tag and category lists
  kCookie,       // cookie and consent banners
  kSidebar,      // sidebars, rails, widgets
  kFooter,       // page and article footers
  kHeader,       // page headers and article header rows (headline, byline)
  kHidden,       // screen-reader-only or hidden text
  kPopup,        // modals, overlays
  kCaption,      // figure captions and photo credits
  kSiteProfile,  // a line the site repeats on many pages (plain-text corpus mode: SiteProfile)
};

std::string_view LabelName(Label label);

}  // namespace newsdesk::extract
