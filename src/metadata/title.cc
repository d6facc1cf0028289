#include "metadata/title.h"

#include <vector>

#include "extract/blocks.h"
#include "util/utf8.h"

namespace newsdesk::metadata {

using dom::Node;
using dom::Tag;

namespace {

void CollectText(const Node& n, std::string* out, bool* pending) {
  for (const Node* c = n.first_child; c; c = c->next_sibling) {
    if (c->is_text()) {
      AppendCollapsed(c->text(), out, pending);
    } else if (c->is_element() && !extract::IsInvisible(*c)) {
      if (extract::IsBlockLevel(c->tag) || c->tag == Tag::k_br) *pending = true;
      CollectText(*c, out, pending);
    }
  }
}

bool ContainsNoCase(std::string_view hay, std::string_view needle) {
  if (needle.empty() || needle.size() > hay.size()) return false;
  auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; };
  for (std::size_t i = 0; i + needle.size() <= hay.size(); ++i) {
    std::size_t k = 0;
    while (k < needle.size() && lower(hay[i + k]) == lower(needle[k])) ++k;
    if (k == needle.size()) return true;
  }
  return false;
}

// A headline is a line of a few words, not a logo or a paragraph.
constexpr std::size_t kMinHeadlineChars = 8;
constexpr std::size_t kMaxHeadlineChars = 300;
constexpr std::size_t kMaxHeadingsConsidered = 20;

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

std::string FindTitle(const dom::Document& doc) {
  std::string title_tag, og_title, twitter_title;
  std::vector<std::string> headings;
  // Iterative pre-order walk.
  const Node* node = doc.root;
  while (node) {
    bool descend = true;
    if (node->is_element()) {
      switch (node->tag) {
        case Tag::k_title:
          if (title_tag.empty()) title_tag = ElementText(*node);
          descend = false;
          break;
        case Tag::k_meta: {
          std::string_view key = node->Attr("property");
          if (key.empty()) key = node->Attr("name");
          if (key == "og:title" && og_title.empty()) {
            bool pending = false;
            AppendCollapsed(node->Attr("content"), &og_title, &pending);
          } else if (key == "twitter:title" && twitter_title.empty()) {
            bool pending = false;
            AppendCollapsed(node->Attr("content"), &twitter_title, &pending);
          }
          break;
        }
        case Tag::k_h1:
          if (headings.size() < kMaxHeadingsConsidered && !extract::IsInvisible(*node)) {
            headings.push_back(ElementText(*node));
          }
          descend = false;
          break;
        case Tag::k_svg: case Tag::k_script: case Tag::k_style: case Tag::k_template:
          descend = false;
          break;
        default:
          break;
      }
    }
    if (descend && node->first_child) {
      node = node->first_child;
      continue;
    }
    while (node && !node->next_sibling) node = node->parent;
    if (node) node = node->next_sibling;
  }
  for (const std::string& h : headings) {
    if (h.size() < kMinHeadlineChars || h.size() > kMaxHeadlineChars) continue;
    if (ContainsNoCase(title_tag, h) || ContainsNoCase(og_title, h) ||
        ContainsNoCase(twitter_title, h))
      return h;
  }
  for (const std::string* candidate : {&og_title, &twitter_title, &title_tag}) {
    if (!candidate->empty()) return StripSiteSuffix(*candidate);
  }
  for (const std::string& h : headings) {
    if (h.size() >= kMinHeadlineChars && h.size() <= kMaxHeadlineChars) return h;
  }
  return {};
}

}  // namespace newsdesk::metadata
