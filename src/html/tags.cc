#include "html/tags.h"

#include <algorithm>
#include <array>

namespace newsdesk::html {
namespace {

constexpr std::array<std::string_view, static_cast<size_t>(Tag::kCount)> kNames = {
    "",
#define NEWSDESK_TAG_NAME(name) #name,
    NEWSDESK_TAGS(NEWSDESK_TAG_NAME)
#undef NEWSDESK_TAG_NAME
};

constexpr bool NamesAreSorted() {
  for (size_t i = 2; i < kNames.size(); ++i)
    if (!(kNames[i - 1] < kNames[i])) return false;
  return true;
}
static_assert(NamesAreSorted(), "tag_list.h must stay sorted");

}  // namespace

Tag LookupTag(std::string_view name) {
  auto begin = kNames.begin() + 1;
  auto it = std::lower_bound(begin, kNames.end(), name);
  if (it == kNames.end() || *it != name) return Tag::kUnknown;
  return static_cast<Tag>(it - kNames.begin());
}

std::string_view TagName(Tag tag) { return kNames[static_cast<size_t>(tag)]; }

bool IsVoid(Tag tag) {
  switch (tag) {
    case Tag::k_area: case Tag::k_base: case Tag::k_basefont: case Tag::k_bgsound:
    case Tag::k_br: case Tag::k_col: case Tag::k_embed: case Tag::k_frame: case Tag::k_hr:
    case Tag::k_img: case Tag::k_input: case Tag::k_keygen: case Tag::k_link: case Tag::k_meta:
    case Tag::k_param: case Tag::k_source: case Tag::k_track: case Tag::k_wbr:
      return true;
    default:
      return false;
  }
}

}  // namespace newsdesk::html
