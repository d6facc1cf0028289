// XML reading for feeds and sitemaps: expat, namespace-aware, hardened against hostile input.
//
// ReadXml runs expat over the bytes and calls a handler per start tag, end tag and run of text
// (CDATA sections come as text; entities and character references are decoded). Element and
// attribute names come as (namespace URI, local name), so "dc:date" and "<date
// xmlns='http://purl.org/dc/elements/1.1/'>" are the same element. Hardening: no external entity
// or DTD is ever read (parameter entity parsing off); a document declaring any entity in its
// DOCTYPE is refused before it is expanded (billion laughs, quadratic blowup); elements nest at
// most kMaxXmlDepth deep. The document is read as if it had an external DTD that is never
// loaded, so an undeclared entity is no error: HTML's named references (&nbsp; &eacute;), common
// in feeds, come as their text and any other as written ("&foo;"). Encodings: what expat knows
// (UTF-8, UTF-16, ISO-8859-1, US-ASCII) and windows-1252, common in feeds.
//
// Not thread-safe per call's handler; ReadXml itself keeps no state between calls, so distinct
// calls may run on distinct threads.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace newsdesk::crawl {

// Deeper nesting stops the read (reported as malformed); no feed or sitemap comes close.
inline constexpr int kMaxXmlDepth = 256;

inline constexpr std::string_view kXmlNamespace = "http://www.w3.org/XML/1998/namespace";

struct XmlName {
  std::string_view ns;  // namespace URI; empty for none
  std::string_view local;
  bool Is(std::string_view n, std::string_view l) const { return ns == n && local == l; }
};

// A start tag's attributes, valid during the Start call only.
class XmlAttributes {
 public:
  explicit XmlAttributes(const char** pairs) : pairs_(pairs) {}
  // The value of the attribute named (ns, local); empty when absent.
  std::string_view Get(std::string_view ns, std::string_view local) const;

 private:
  const char** pairs_;  // name, value, name, value, ..., nullptr
};

// Receives the document's events in order; each returns false to stop the read.
class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  virtual bool Start(XmlName name, const XmlAttributes& attributes) = 0;
  virtual bool End(XmlName name) = 0;
  virtual bool Text(std::string_view text) = 0;
};

enum class XmlEnd {
  kComplete,        // the whole document was read
  kStopped,         // the handler returned false
  kMalformed,       // not well-formed (or too deep) at some point; events before it were delivered
  kEntityDeclared,  // the DOCTYPE declares an entity: refused
};

struct XmlOutcome {
  XmlEnd end = XmlEnd::kComplete;
  std::string message;  // for kMalformed: expat's error and the line
};

XmlOutcome ReadXml(std::string_view bytes, XmlHandler* handler);

}  // namespace newsdesk::crawl
