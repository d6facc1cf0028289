#include "html/foreign_names.h"

#include <algorithm>
#include <iterator>

namespace newsdesk::html {
namespace {

char ToLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool EqualsLowered(std::string_view camel, std::string_view lower) {
  if (camel.size() != lower.size()) return false;
  for (std::size_t i = 0; i < camel.size(); ++i)
    if (ToLower(camel[i]) != lower[i]) return false;
  return true;
}

template <std::size_t N>
std::string_view Lookup(const std::string_view (&table)[N], std::string_view name) {
  for (std::string_view camel : table)
    if (EqualsLowered(camel, name)) return camel;
  return name;
}

constexpr std::string_view kSvgTagNames[] = {"altGlyph",
                                             "altGlyphDef",
                                             "altGlyphItem",
                                             "animateColor",
                                             "animateMotion",
                                             "animateTransform",
                                             "clipPath",
                                             "feBlend",
                                             "feColorMatrix",
                                             "feComponentTransfer",
                                             "feComposite",
                                             "feConvolveMatrix",
                                             "feDiffuseLighting",
                                             "feDisplacementMap",
                                             "feDistantLight",
                                             "feDropShadow",
                                             "feFlood",
                                             "feFuncA",
                                             "feFuncB",
                                             "feFuncG",
                                             "feFuncR",
                                             "feGaussianBlur",
                                             "feImage",
                                             "feMerge",
                                             "feMergeNode",
                                             "feMorphology",
                                             "feOffset",
                                             "fePointLight",
                                             "feSpecularLighting",
                                             "feSpotLight",
                                             "feTile",
                                             "feTurbulence",
                                             "foreignObject",
                                             "glyphRef",
                                             "linearGradient",
                                             "radialGradient",
                                             "textPath"};

constexpr std::string_view kSvgAttributeNames[] = {"attributeName",
                                                   "attributeType",
                                                   "baseFrequency",
                                                   "baseProfile",
                                                   "calcMode",
                                                   "clipPathUnits",
                                                   "diffuseConstant",
                                                   "edgeMode",
                                                   "filterUnits",
                                                   "glyphRef",
                                                   "gradientTransform",
                                                   "gradientUnits",
                                                   "kernelMatrix",
                                                   "kernelUnitLength",
                                                   "keyPoints",
                                                   "keySplines",
                                                   "keyTimes",
                                                   "lengthAdjust",
                                                   "limitingConeAngle",
                                                   "markerHeight",
                                                   "markerUnits",
                                                   "markerWidth",
                                                   "maskContentUnits",
                                                   "maskUnits",
                                                   "numOctaves",
                                                   "pathLength",
                                                   "patternContentUnits",
                                                   "patternTransform",
                                                   "patternUnits",
                                                   "pointsAtX",
                                                   "pointsAtY",
                                                   "pointsAtZ",
                                                   "preserveAlpha",
                                                   "preserveAspectRatio",
                                                   "primitiveUnits",
                                                   "refX",
                                                   "refY",
                                                   "repeatCount",
                                                   "repeatDur",
                                                   "requiredExtensions",
                                                   "requiredFeatures",
                                                   "specularConstant",
                                                   "specularExponent",
                                                   "spreadMethod",
                                                   "startOffset",
                                                   "stdDeviation",
                                                   "stitchTiles",
                                                   "surfaceScale",
                                                   "systemLanguage",
                                                   "tableValues",
                                                   "targetX",
                                                   "targetY",
                                                   "textLength",
                                                   "viewBox",
                                                   "viewTarget",
                                                   "xChannelSelector",
                                                   "yChannelSelector",
                                                   "zoomAndPan"};

constexpr std::string_view kNamespacedAttributes[] = {
    "xlink:actuate", "xlink:arcrole", "xlink:href", "xlink:role", "xlink:show", "xlink:title",
    "xlink:type",    "xml:lang",      "xml:space",  "xmlns",      "xmlns:xlink"};

}  // namespace

std::string_view AdjustSvgTagName(std::string_view name) {
  // Every adjusted name is at least 7 bytes and has an upper-case letter after a lower-case
  // prefix; a quick length test skips most names.
  if (name.size() < 6) return name;  // "feTile" is the shortest
  return Lookup(kSvgTagNames, name);
}

std::string_view AdjustSvgAttributeName(std::string_view name) {
  if (name.size() < 4) return name;
  return Lookup(kSvgAttributeNames, name);
}

std::string_view AdjustMathMlAttributeName(std::string_view name) {
  return name == "definitionurl" ? std::string_view("definitionURL") : name;
}

bool IsNamespacedForeignAttribute(std::string_view name) {
  return std::find(std::begin(kNamespacedAttributes), std::end(kNamespacedAttributes), name) !=
         std::end(kNamespacedAttributes);
}

}  // namespace newsdesk::html
