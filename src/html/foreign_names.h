// The spec's case and namespace adjustments for svg and MathML ("adjust SVG attributes", "adjust
// MathML attributes", the svg tag-name table), so foreign elements keep the names a browser gives
// them (viewBox, foreignObject, definitionURL).
#pragma once

#include <string_view>

namespace newsdesk::html {

// The camelCase form of a lower-case svg tag name, or `name` itself when it has none.
std::string_view AdjustSvgTagName(std::string_view name);

// The camelCase form of a lower-case svg attribute name, or `name` itself.
std::string_view AdjustSvgAttributeName(std::string_view name);

// "definitionurl" becomes "definitionURL"; other names stay.
std::string_view AdjustMathMlAttributeName(std::string_view name);

// Whether `name` is one of the namespaced foreign attributes (xlink:href, xml:lang, xmlns,
// xmlns:xlink, ...), which the tree keeps as "prefix:local".
bool IsNamespacedForeignAttribute(std::string_view name);

}  // namespace newsdesk::html
