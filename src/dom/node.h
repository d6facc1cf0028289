// The compact document tree: arena-allocated nodes with interned tag ids.
//
// A Document owns nothing itself: nodes, attributes and decoded text live in the Arena passed to
// the tree builder; text that needed no decoding points straight into the input buffer. So the
// tree is valid while both the arena (until Reset) and the input are.
#pragma once

#include <cstdint>
#include <string_view>

#include "html/tags.h"

namespace newsdesk::dom {

using html::Tag;

struct Attribute {
  std::string_view name;   // lower-case
  std::string_view value;  // character references decoded
};

enum class NodeKind : uint8_t { kDocument, kElement, kText, kComment };

struct Node {
  NodeKind kind = NodeKind::kElement;
  Tag tag = Tag::kUnknown;
  uint32_t index = 0;           // position in document order: 0 is the document node
  Node* parent = nullptr;
  Node* first_child = nullptr;
  Node* last_child = nullptr;
  Node* next_sibling = nullptr;
  std::string_view name;        // elements: lower-case tag name; text/comments: their content
  Attribute* attributes = nullptr;
  uint32_t attribute_count = 0;

  bool is_element() const { return kind == NodeKind::kElement; }
  bool is_text() const { return kind == NodeKind::kText; }
  bool is(Tag t) const { return kind == NodeKind::kElement && tag == t; }
  std::string_view text() const { return name; }  // for text and comment nodes

  // The value of attribute `attr` (lower-case), or an empty view; `found` tells them apart.
  std::string_view Attr(std::string_view attr, bool* found = nullptr) const {
    for (uint32_t i = 0; i < attribute_count; ++i) {
      if (attributes[i].name == attr) {
        if (found) *found = true;
        return attributes[i].value;
      }
    }
    if (found) *found = false;
    return {};
  }
  bool HasAttr(std::string_view attr) const {
    bool found = false;
    Attr(attr, &found);
    return found;
  }
};

struct Document {
  Node* root = nullptr;  // NodeKind::kDocument
  Node* html = nullptr;
  Node* head = nullptr;
  Node* body = nullptr;
  uint32_t node_count = 0;  // nodes are indexed 0 .. node_count-1
  uint32_t max_depth_reached = 0;
  bool depth_limited = false;  // true when max_tree_depth flattened some elements
};

// Appends `child` as the last child of `parent`.
inline void AppendChild(Node* parent, Node* child) {
  child->parent = parent;
  if (parent->last_child) {
    parent->last_child->next_sibling = child;
  } else {
    parent->first_child = child;
  }
  parent->last_child = child;
}

}  // namespace newsdesk::dom
