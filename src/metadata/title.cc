#include "metadata/title.h"

#include "dom/visibility.h"
#include "util/utf8.h"

namespace newsdesk::metadata {

using dom::Node;
using dom::Tag;

namespace {

void CollectText(const Node& n, std::string* out, bool* pending) {
  for (const Node* c = n.first_child; c; c = c->next_sibling) {
    if (c->is_text()) {
      AppendCollapsed(c->text(), out, pending);
    } else if (c->is_element() && !dom::IsInvisible(*c)) {
      if (dom::IsBlockLevel(c->tag) || c->tag == Tag::k_br) *pending = true;
      CollectText(*c, out, pending);
    }
  }
}

}  // namespace

std::string ElementText(const Node& element) {
  std::string out;
  bool pending = false;
  if (element.tag == Tag::k_title) {  // RCDATA: its only child is text
    for (const Node* c = element.first_child; c; c = c->next_sibling)
      if (c->is_text()) AppendCollapsed(c->text(), &out, &pending);
    return out;
  }
  CollectText(element, &out, &pending);
  return out;
}

std::string StripSiteSuffix(std::string_view title) {
  static constexpr std::string_view kSeparators[] = {
      " | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xB7 ", " \xC2\xBB "};
  std::string_view t = title;
  std::size_t best = std::string_view::npos, sep_len = 0;
  for (std::string_view sep : kSeparators) {
    std::size_t p = t.rfind(sep);
    if (p != std::string_view::npos && (best == std::string_view::npos || p > best)) {
      best = p;
      sep_len = sep.size();
    }
  }
  if (best == std::string_view::npos || best == 0) return std::string(t);
  std::string_view head = t.substr(0, best), tail = t.substr(best + sep_len);
  if (tail.size() < head.size()) return std::string(head);
  return std::string(t);
}

}  // namespace newsdesk::metadata
