// Tag names interned as small integer ids, so the tree and the extractor compare integers.
#pragma once

#include <cstdint>
#include <string_view>

#include "dom/tag_list.h"

namespace newsdesk::dom {

enum class Tag : uint16_t {
  kUnknown = 0,  // any name not in tag_list.h; the node keeps its name as text
#define NEWSDESK_TAG_ENUM(name) k_##name,
  NEWSDESK_TAGS(NEWSDESK_TAG_ENUM)
#undef NEWSDESK_TAG_ENUM
      kCount
};

// `name` must already be lower-case ASCII. Returns Tag::kUnknown for names not in the list.
Tag LookupTag(std::string_view name);

// The canonical lower-case name of a known tag; "" for kUnknown.
std::string_view TagName(Tag tag);

// Elements that never have children or an end tag (<br>, <img>, <meta>, ...).
bool IsVoid(Tag tag);

}  // namespace newsdesk::dom
