// The compact document tree: arena-allocated nodes with interned tag ids.
//
// A Document owns nothing itself: nodes, attributes and decoded text live in the Arena passed to
// the tree builder; text that needed no decoding points straight into the input buffer. So the
// tree is valid while both the arena (until Reset) and the input are.
#pragma once

#include <cstdint>
#include <string_view>

#include "dom/tags.h"

namespace newsdesk::dom {

struct Attribute {
  std::string_view name;   // lower-case
  std::string_view value;  // character references decoded
};

enum class NodeKind : uint8_t { kDocument, kElement, kText, kComment, kDoctype };

// An element's namespace: HTML, or the foreign content of <svg> and <math>.
enum class Namespace : uint8_t { kHtml, kSvg, kMathMl };

struct Node {
  NodeKind kind = NodeKind::kElement;
  Namespace ns = Namespace::kHtml;
  // Tag id of the lower-case name, in every namespace (an svg <title> is k_title too: check ns).
  Tag tag = Tag::kUnknown;
  uint32_t index = 0;  // position in document order: 0 is the document node
  Node* parent = nullptr;
  Node* first_child = nullptr;
  Node* last_child = nullptr;
  Node* next_sibling = nullptr;
  Node* prev_sibling = nullptr;
  // Elements: tag name (lower-case; svg names in their camelCase form); text/comments: their
  // content (adjacent text nodes may follow each other); doctype: its name, with the public and
  // system identifiers as attributes "publicId" and "systemId" when present.
  std::string_view name;
  Attribute* attributes = nullptr;
  uint32_t attribute_count = 0;

  bool is_element() const { return kind == NodeKind::kElement; }
  bool is_text() const { return kind == NodeKind::kText; }
  // An HTML element with tag `t`.
  bool is(Tag t) const { return kind == NodeKind::kElement && tag == t && ns == Namespace::kHtml; }
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

// Appends `child` (which has no parent) as the last child of `parent`.
inline void AppendChild(Node* parent, Node* child) {
  child->parent = parent;
  child->prev_sibling = parent->last_child;
  child->next_sibling = nullptr;
  if (parent->last_child) {
    parent->last_child->next_sibling = child;
  } else {
    parent->first_child = child;
  }
  parent->last_child = child;
}

// Inserts `child` (which has no parent) into `parent` before `ref` (a child of `parent`, or null
// to append).
inline void InsertBefore(Node* parent, Node* child, Node* ref) {
  if (ref == nullptr) {
    AppendChild(parent, child);
    return;
  }
  child->parent = parent;
  child->next_sibling = ref;
  child->prev_sibling = ref->prev_sibling;
  if (ref->prev_sibling) {
    ref->prev_sibling->next_sibling = child;
  } else {
    parent->first_child = child;
  }
  ref->prev_sibling = child;
}

// Detaches `child` from its parent, if it has one.
inline void RemoveFromParent(Node* child) {
  Node* parent = child->parent;
  if (parent == nullptr) return;
  if (child->prev_sibling) {
    child->prev_sibling->next_sibling = child->next_sibling;
  } else {
    parent->first_child = child->next_sibling;
  }
  if (child->next_sibling) {
    child->next_sibling->prev_sibling = child->prev_sibling;
  } else {
    parent->last_child = child->prev_sibling;
  }
  child->parent = child->next_sibling = child->prev_sibling = nullptr;
}

}  // namespace newsdesk::dom
