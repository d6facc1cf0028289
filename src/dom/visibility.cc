#include "dom/visibility.h"

#include <string>

namespace newsdesk::dom {

bool IsBlockLevel(Tag tag) {
  switch (tag) {
    case Tag::k_address:
    case Tag::k_article:
    case Tag::k_aside:
    case Tag::k_blockquote:
    case Tag::k_body:
    case Tag::k_caption:
    case Tag::k_center:
    case Tag::k_dd:
    case Tag::k_details:
    case Tag::k_dialog:
    case Tag::k_dir:
    case Tag::k_div:
    case Tag::k_dl:
    case Tag::k_dt:
    case Tag::k_fieldset:
    case Tag::k_figcaption:
    case Tag::k_figure:
    case Tag::k_footer:
    case Tag::k_form:
    case Tag::k_h1:
    case Tag::k_h2:
    case Tag::k_h3:
    case Tag::k_h4:
    case Tag::k_h5:
    case Tag::k_h6:
    case Tag::k_header:
    case Tag::k_hgroup:
    case Tag::k_hr:
    case Tag::k_li:
    case Tag::k_main:
    case Tag::k_menu:
    case Tag::k_nav:
    case Tag::k_ol:
    case Tag::k_p:
    case Tag::k_pre:
    case Tag::k_section:
    case Tag::k_summary:
    case Tag::k_table:
    case Tag::k_tbody:
    case Tag::k_td:
    case Tag::k_tfoot:
    case Tag::k_th:
    case Tag::k_thead:
    case Tag::k_tr:
    case Tag::k_ul:
    case Tag::k_listing:
    case Tag::k_legend:
    case Tag::k_search:
    case Tag::k_html:
    case Tag::k_plaintext:
    case Tag::k_xmp:
      return true;
    default:
      return false;
  }
}

namespace {

bool ContainsNoCaseNoSpace(std::string_view s, std::string_view needle) {
  // Compares with spaces removed and ASCII lower-cased: "Display : None" matches "display:none".
  std::string compact;
  compact.reserve(s.size());
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    compact.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c);
  }
  return compact.find(needle) != std::string::npos;
}

}  // namespace

bool NeverShowsText(const Node& e) {
  switch (e.tag) {
    case Tag::k_script:
    case Tag::k_style:
    case Tag::k_noscript:
    case Tag::k_template:
    case Tag::k_svg:
    case Tag::k_math:
    case Tag::k_iframe:
    case Tag::k_object:
    case Tag::k_embed:
    case Tag::k_canvas:
    case Tag::k_select:
    case Tag::k_option:
    case Tag::k_optgroup:
    case Tag::k_datalist:
    case Tag::k_button:
    case Tag::k_textarea:
    case Tag::k_input:
    case Tag::k_head:
    case Tag::k_title:
    case Tag::k_audio:
    case Tag::k_video:
    case Tag::k_map:
    case Tag::k_noembed:
    case Tag::k_noframes:
    case Tag::k_meta:
    case Tag::k_link:
    case Tag::k_base:
    case Tag::k_xmp:
    case Tag::k_rp:
    case Tag::k_label:
      return true;
    default:
      return false;
  }
}

bool IsHidden(const Node& e) {
  if (e.attribute_count == 0) return false;
  if (e.HasAttr("hidden")) return true;
  std::string_view style = e.Attr("style");
  if (!style.empty() && (ContainsNoCaseNoSpace(style, "display:none") ||
                         ContainsNoCaseNoSpace(style, "visibility:hidden")))
    return true;
  return false;
}

int HeadingLevel(Tag tag) {
  switch (tag) {
    case Tag::k_h1:
      return 1;
    case Tag::k_h2:
      return 2;
    case Tag::k_h3:
      return 3;
    case Tag::k_h4:
      return 4;
    case Tag::k_h5:
      return 5;
    case Tag::k_h6:
      return 6;
    default:
      return 0;
  }
}

bool IsTableCell(Tag tag) { return tag == Tag::k_td || tag == Tag::k_th; }

}  // namespace newsdesk::dom
