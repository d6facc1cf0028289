// Developer tool: shows how the extractor saw a page, block by block.
//
//   explain_blocks FILE [SNIPPET]
//
// Prints the chosen container and, for every block (or only those containing SNIPPET), whether it
// was kept (K), dropped inside the container (D, with its label) or outside (.), its prose value,
// its owner's path (tag.class#id up to the body) and the start of its text.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "dom/node.h"
#include "extract/blocks.h"
#include "extract/content_selector.h"
#include "extract/signals.h"
#include "html/tree_builder.h"
#include "input/charset.h"
#include "input/file_reader.h"
#include "metadata/metadata.h"

using namespace newsdesk;

static std::string Path(const dom::Node* n) {
  std::string path;
  for (; n && n->is_element() && n->tag != dom::Tag::k_html; n = n->parent) {
    std::string part(n->name);
    std::string_view cls = n->Attr("class"), id = n->Attr("id");
    if (!cls.empty()) part += "." + std::string(cls.substr(0, 40));
    for (char& c : part)
      if (c == '\n' || c == '\t') c = ' ';
    if (!id.empty()) part += "#" + std::string(id.substr(0, 30));
    path = path.empty() ? part : part + " > " + path;
  }
  return path;
}

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: explain_blocks FILE [SNIPPET]\n");
    return 2;
  }
  auto bytes = ReadDocument(argv[1], std::size_t{1} << 30);
  if (!bytes.ok()) {
    std::fprintf(stderr, "%s\n", bytes.status().ToString().c_str());
    return 1;
  }
  std::string snippet = argc > 2 ? argv[2] : "";
  std::string utf8;
  DecodeToUtf8(*bytes, "", &utf8);
  Arena arena;
  dom::Document doc;
  html::TreeBuilder builder;
  builder.Build(utf8, {}, &arena, &doc);
  extract::BlockBuilder blocks;
  blocks.Build(doc.body);
  extract::ContentSelector selector;
  extract::Selection sel;
  const char* attempt = std::getenv("NEWSDESK_MAX_ATTEMPT");
  selector.Select(doc, blocks, &sel, attempt ? std::atoi(attempt) : 3);
  metadata::PageFacts facts;
  facts.Collect(doc);
  metadata::MetadataContext context;
  context.container = sel.container;
  Article article;
  metadata::ResolveMetadata(facts, context, &article);
  std::string title = article.title;
  extract::ContentSelector::DropHeadlineAndByline(blocks, title, &sel);
  std::printf("title: %s\nattempt: %d\ncontainer: %s\n", title.c_str(), sel.attempt,
              sel.container ? Path(sel.container).c_str() : "(none)");
  std::vector<char> state(blocks.blocks().size(), '.');
  std::vector<std::string> label(blocks.blocks().size());
  for (uint32_t k : sel.kept) state[k] = 'K';
  for (const auto& d : sel.dropped) {
    state[d.block] = 'D';
    label[d.block] = std::string(extract::LabelName(d.label));
  }
  for (std::size_t i = 0; i < blocks.blocks().size(); ++i) {
    const auto& b = blocks.blocks()[i];
    std::string text(blocks.text(b));
    if (!snippet.empty() && text.find(snippet) == std::string::npos) continue;
    for (char& c : text)
      if (c == '\n') c = ' ';
    std::printf("%c %-10s %7.0f  %s\n      %s\n", state[i], label[i].c_str(),
                extract::ProseValue(b, blocks.text(b)), text.substr(0, 100).c_str(),
                Path(b.owner).c_str());
  }
  return 0;
}
