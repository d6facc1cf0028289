#include "dom/tags.h"

#include <algorithm>
#include <array>

namespace newsdesk::dom {
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

// An open-addressing table from name to tag, built once: a lookup hashes the name and usually
// compares once (a binary search over the sorted names compared ~7 times).
class TagTable {
 public:
  TagTable() {
    for (std::size_t t = 1; t < kNames.size(); ++t) {
      std::size_t slot = Hash(kNames[t]);
      while (slots_[slot] != 0) slot = (slot + 1) & kMask;
      slots_[slot] = static_cast<uint16_t>(t);
    }
  }
  Tag Find(std::string_view name) const {
    if (name.empty() || name.size() > kLongestName) return Tag::kUnknown;
    for (std::size_t slot = Hash(name);; slot = (slot + 1) & kMask) {
      uint16_t t = slots_[slot];
      if (t == 0) return Tag::kUnknown;
      if (kNames[t] == name) return static_cast<Tag>(t);
    }
  }

 private:
  static constexpr std::size_t kMask = 511;
  static constexpr std::size_t kLongestName = 13;  // "foreignobject"
  static std::size_t Hash(std::string_view s) {
    std::size_t h = s.size();
    for (char c : s) h = h * 31 + static_cast<unsigned char>(c);
    return h & kMask;
  }
  uint16_t slots_[kMask + 1] = {};
};

Tag LookupTag(std::string_view name) {
  static const TagTable table;  // immutable after construction; thread-safe initialisation
  return table.Find(name);
}

std::string_view TagName(Tag tag) { return kNames[static_cast<size_t>(tag)]; }

bool IsVoid(Tag tag) {
  switch (tag) {
    case Tag::k_area:
    case Tag::k_base:
    case Tag::k_basefont:
    case Tag::k_bgsound:
    case Tag::k_br:
    case Tag::k_col:
    case Tag::k_embed:
    case Tag::k_frame:
    case Tag::k_hr:
    case Tag::k_img:
    case Tag::k_input:
    case Tag::k_keygen:
    case Tag::k_link:
    case Tag::k_meta:
    case Tag::k_param:
    case Tag::k_source:
    case Tag::k_track:
    case Tag::k_wbr:
      return true;
    default:
      return false;
  }
}

}  // namespace newsdesk::dom
