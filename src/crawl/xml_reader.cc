// XML reading with expat for feeds and sitemaps; see xml_reader.h. Thread-safe (no shared state).
#include "crawl/xml_reader.h"

#include <expat.h>

#include <algorithm>
#include <string>

#include "html/char_refs.h"
#include "util/ascii.h"

namespace newsdesk::crawl {
namespace {

// Separates the namespace URI from the local name in expat's names; URIs hold no space.
constexpr char kNamespaceSeparator = ' ';

// Bytes handed to expat per call (its length argument is an int).
constexpr std::size_t kChunkBytes = 1 << 20;

// windows-1252's bytes 0x80-0x9F (the rest is ISO-8859-1); the five unassigned bytes map to the
// C1 control of the same value, as the WHATWG encoding standard does.
constexpr int kWindows1252High[32] = {
    0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178,
};

struct Context {
  XML_Parser parser = nullptr;
  XmlHandler* handler = nullptr;
  int depth = 0;
  bool stopped = false;
  bool too_deep = false;
  bool entity_declared = false;
  // After a stop, expat may still deliver an event or two (XML_StopParser's documentation); they
  // are dropped.
  bool Done() const { return stopped || too_deep || entity_declared; }
};

XmlName SplitName(const XML_Char* name) {
  std::string_view s(name);
  std::size_t sep = s.find(kNamespaceSeparator);
  if (sep == std::string_view::npos) return {{}, s};
  return {s.substr(0, sep), s.substr(sep + 1)};
}

void Stop(Context* c) { XML_StopParser(c->parser, XML_FALSE); }

void XMLCALL OnStart(void* data, const XML_Char* name, const XML_Char** attributes) {
  auto* c = static_cast<Context*>(data);
  if (c->Done()) return;
  if (++c->depth > kMaxXmlDepth) {
    c->too_deep = true;
    Stop(c);
    return;
  }
  if (!c->handler->Start(SplitName(name), XmlAttributes(attributes))) {
    c->stopped = true;
    Stop(c);
  }
}

void XMLCALL OnEnd(void* data, const XML_Char* name) {
  auto* c = static_cast<Context*>(data);
  if (c->Done()) return;
  --c->depth;
  if (!c->handler->End(SplitName(name))) {
    c->stopped = true;
    Stop(c);
  }
}

void XMLCALL OnText(void* data, const XML_Char* text, int length) {
  auto* c = static_cast<Context*>(data);
  if (c->Done()) return;
  if (!c->handler->Text(std::string_view(text, static_cast<std::size_t>(length)))) {
    c->stopped = true;
    Stop(c);
  }
}

void XMLCALL OnEntityDeclaration(void* data, const XML_Char*, int, const XML_Char*, int,
                                 const XML_Char*, const XML_Char*, const XML_Char*,
                                 const XML_Char*) {
  auto* c = static_cast<Context*>(data);
  c->entity_declared = true;
  Stop(c);
}

// An entity reference nothing declares (the document is read as if it had an unread external DTD,
// so this is no error): HTML's named references (&nbsp; &eacute; &mdash;), common in feeds, are
// decoded; any other is kept as written.
void XMLCALL OnSkippedEntity(void* data, const XML_Char* name, int is_parameter_entity) {
  auto* c = static_cast<Context*>(data);
  if (c->Done() || is_parameter_entity) return;
  std::string reference = std::string(name) + ";";
  std::string text;
  if (html::DecodeCharRef(reference, /*in_attribute=*/false, &text) != reference.size()) {
    text = "&" + reference;
  }
  if (!c->handler->Text(text)) {
    c->stopped = true;
    Stop(c);
  }
}

int XMLCALL OnUnknownEncoding(void*, const XML_Char* name, XML_Encoding* info) {
  std::string label = AsciiLowerCopy(name);
  if (label != "windows-1252" && label != "cp1252" && label != "x-cp1252") return XML_STATUS_ERROR;
  for (int i = 0; i < 256; ++i)
    info->map[i] = (i >= 0x80 && i < 0xA0) ? kWindows1252High[i - 0x80] : i;
  info->data = nullptr;
  info->convert = nullptr;
  info->release = nullptr;
  return XML_STATUS_OK;
}

XmlOutcome Outcome(const Context& c, XML_Parser parser, XML_Status status) {
  if (c.entity_declared) return {XmlEnd::kEntityDeclared, "the document declares an entity"};
  if (c.stopped) return {XmlEnd::kStopped, {}};
  if (c.too_deep) {
    return {XmlEnd::kMalformed, "elements nest deeper than " + std::to_string(kMaxXmlDepth)};
  }
  if (status == XML_STATUS_OK) return {};
  return {XmlEnd::kMalformed, std::string(XML_ErrorString(XML_GetErrorCode(parser))) + " at line " +
                                  std::to_string(XML_GetCurrentLineNumber(parser))};
}

}  // namespace

std::string_view XmlAttributes::Get(std::string_view ns, std::string_view local) const {
  for (const char** a = pairs_; a && a[0]; a += 2) {
    if (SplitName(a[0]).Is(ns, local)) return a[1];
  }
  return {};
}

XmlOutcome ReadXml(std::string_view bytes, XmlHandler* handler) {
  XML_Parser parser = XML_ParserCreateNS(nullptr, kNamespaceSeparator);
  if (parser == nullptr) return {XmlEnd::kMalformed, "out of memory"};
  Context c;
  c.parser = parser;
  c.handler = handler;
  XML_SetUserData(parser, &c);
  XML_SetElementHandler(parser, OnStart, OnEnd);
  XML_SetCharacterDataHandler(parser, OnText);
  XML_SetEntityDeclHandler(parser, OnEntityDeclaration);
  XML_SetUnknownEncodingHandler(parser, OnUnknownEncoding, nullptr);
  XML_SetParamEntityParsing(parser, XML_PARAM_ENTITY_PARSING_NEVER);
  // As if the document had an external DTD (never read): undeclared entities are skipped, not
  // fatal, and OnSkippedEntity decodes the HTML ones.
  XML_UseForeignDTD(parser, XML_TRUE);
  XML_SetSkippedEntityHandler(parser, OnSkippedEntity);
  XML_Status status = XML_STATUS_OK;
  do {
    std::size_t n = std::min(bytes.size(), kChunkBytes);
    bool last = n == bytes.size();
    status = XML_Parse(parser, bytes.data(), static_cast<int>(n), last ? XML_TRUE : XML_FALSE);
    bytes.remove_prefix(n);
  } while (status == XML_STATUS_OK && !bytes.empty());
  XmlOutcome outcome = Outcome(c, parser, status);
  XML_ParserFree(parser);
  return outcome;
}

}  // namespace newsdesk::crawl
