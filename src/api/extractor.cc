// The public Extractor: wires the stages together.
//   bytes -> input/charset (UTF-8) -> html/tree_builder (arena tree) -> metadata/title
//   -> extract/blocks -> extract/content_selector -> output/render -> Article
#include <optional>
#include <string>

#include "dom/node.h"
#include "extract/blocks.h"
#include "extract/content_selector.h"
#include "html/tree_builder.h"
#include "input/binary_sniff.h"
#include "input/charset.h"
#include "metadata/authors.h"
#include "metadata/language.h"
#include "metadata/metadata.h"
#include "newsdesk/extract.h"
#include "newsdesk/io.h"
#include "output/render.h"
#include "text/text_extractor.h"
#include "util/utf8.h"
#include "util/arena.h"

namespace newsdesk {

struct Extractor::Impl {
  Arena arena;
  std::string utf8;
  dom::Document doc;
  html::TreeBuilder tree_builder;
  extract::BlockBuilder blocks;
  extract::ContentSelector selector;
  extract::Selection selection;
  metadata::PageFacts facts;

  // How far up from a block an author-bio box is looked for.
  static constexpr int kBioAncestors = 6;
  // Below this many characters of article text, hidden elements are read too.
  static constexpr std::size_t kMinVisibleArticleChars = 250;

  std::size_t KeptChars(const extract::Selection& s) const {
    std::size_t chars = 0;
    for (uint32_t b : s.kept) chars += blocks.blocks()[b].chars();
    return chars;
  }
  std::size_t KeptChars() const { return KeptChars(selection); }

  Result<Article> Run(std::string_view html, const ExtractOptions& options) {
    if (html.size() > options.max_input_bytes) {
      return Status::LimitExceeded("input is " + std::to_string(html.size()) +
                                   " bytes; max_input_bytes is " +
                                   std::to_string(options.max_input_bytes));
    }
    arena.Reset();
    // Bytes that are not clean UTF-8 are sniffed (binary is refused) and decoded before anything
    // else; clean UTF-8 (most pages) is read where it lies and never sniffed.
    std::string_view decoded = html;
    std::string charset_note;
    if (!IsCleanUtf8(html)) {
      if (std::string_view kind = BinaryKind(html); !kind.empty())
        return Status::InvalidArgument("binary input (" + std::string(kind) +
                                       "), not HTML or text");
      DecodeToUtf8(html, options.charset, &utf8, &charset_note);
      decoded = utf8;
    }
    bool as_text = options.input_format == InputFormat::kText ||
                   (options.input_format == InputFormat::kAuto && text::LooksLikePlainText(decoded));
    if (as_text) {
      Article article;
      article.url = options.url;
      if (!charset_note.empty()) article.warnings.push_back(charset_note);
      text::ExtractFromText(decoded, options, &article);
      if (std::string detected = metadata::DetectLanguage(article.text); !detected.empty())
        article.language = detected;
      return article;
    }
    // A UTF-8 byte-order mark on clean UTF-8 is dropped by the decoder too.
    std::string_view input = decoded;
    if (input.data() == html.data() && html.compare(0, 3, "\xEF\xBB\xBF") == 0) {
      DecodeToUtf8(html, options.charset, &utf8, &charset_note);
      input = utf8;
    }
    html::TreeBuilderOptions tree_options;
    tree_options.max_depth = options.max_tree_depth < 4 ? 4 : options.max_tree_depth;
    tree_builder.Build(input, tree_options, &arena, &doc);

    Article article;
    article.url = options.url;
    if (doc.depth_limited) {
      article.warnings.push_back("tree depth limit " + std::to_string(tree_options.max_depth) +
                                 " reached: deeper elements were flattened, their text kept");
    }
    if (input.data() == utf8.data() && !html.empty()) {
      article.warnings.push_back(charset_note.empty()
                                     ? "input was not clean UTF-8: decoded or repaired"
                                     : charset_note);
    }
    blocks.Build(doc.body);
    selector.Select(doc, blocks, &selection);
    if (std::size_t visible_chars = KeptChars(); visible_chars < kMinVisibleArticleChars) {
      // Last step of the cascade: some pages ship their content hidden for a script to reveal.
      blocks.Build(doc.body, /*include_hidden=*/true);
      extract::Selection with_hidden;
      selector.Select(doc, blocks, &with_hidden);
      std::size_t hidden_chars = 0;
      for (uint32_t b : with_hidden.kept) {
        const extract::Block& block = blocks.blocks()[b];
        for (const dom::Node* n = block.owner; n; n = n->parent) {
          if (n->is_element() && dom::IsHidden(*n)) {
            hidden_chars += block.chars();
            break;
          }
        }
      }
      // Take it only when the article it finds is mostly the hidden text itself.
      if (hidden_chars > visible_chars + kMinVisibleArticleChars &&
          2 * hidden_chars > KeptChars(with_hidden)) {
        selection = std::move(with_hidden);
      } else {
        blocks.Build(doc.body);
        selector.Select(doc, blocks, &selection);
      }
    }
    // Metadata, now that the article's container is known (the headline is the <h1> nearest it).
    facts.Collect(doc);
    metadata::MetadataContext context;
    context.container = selection.container;
    context.url = options.url;
    context.explain = options.report_boilerplate;
    std::optional<metadata::DateTime> reference;
    if (!options.reference_date.empty()) reference = metadata::ParseDate(options.reference_date);
    context.reference = reference ? &*reference : nullptr;
    metadata::ResolveMetadata(facts, context, &article);
    extract::ContentSelector::DropHeadlineAndByline(blocks, article.title, &selection);
    // An author bio box (left out of the body) is still evidence of who wrote the article.
    if (article.authors.empty()) {
      for (const extract::Block& b : blocks.blocks()) {
        bool in_bio = false;
        int depth = 0;
        for (const dom::Node* n = b.owner; n && n->is_element() && depth < kBioAncestors;
             n = n->parent, ++depth) {
          if (selector.Hints(*n).negative == extract::Label::kBio) {
            in_bio = true;
            break;
          }
        }
        if (!in_bio) continue;
        std::string name = metadata::NameFromBio(blocks.text(b));
        if (name.empty()) continue;
        article.authors.push_back(name);
        if (options.report_boilerplate) article.sources.emplace_back("authors", "bio");
        break;
      }
    }

    if (selection.container != nullptr) {
      output::RenderInput in{&blocks, &selection.kept, selection.container};
      output::RenderText(in, &article.text);
      if (options.render_markdown) output::RenderMarkdown(in, &article.markdown);
      if (options.render_html) output::RenderHtml(in, &article.html);
    }
    // Language: the markup's claim, checked against the text.
    if (std::string detected = metadata::DetectLanguage(article.text); !detected.empty()) {
      if (article.language.empty()) {
        article.language = detected;
        if (options.report_boilerplate) article.sources.emplace_back("language", "text (cld2)");
      } else if (article.language != detected) {
        if (options.report_boilerplate) {
          for (auto& [field, source] : article.sources)
            if (field == "language") source = "text (cld2; markup said " + article.language + ")";
        }
        article.language = detected;
      }
    }
    if (options.report_boilerplate) {
      for (const auto& d : selection.dropped) {
        article.removed.push_back({std::string(extract::LabelName(d.label)),
                                   std::string(blocks.text(blocks.blocks()[d.block]))});
      }
    }
    // Keep the arena's memory, but not a huge page's decoded copy.
    if (utf8.capacity() > (std::size_t{16} << 20)) std::string().swap(utf8);
    return article;
  }
};

Extractor::Extractor() : impl_(std::make_unique<Impl>()) {}
Extractor::~Extractor() = default;
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;

Result<Article> Extractor::Extract(std::string_view html, const ExtractOptions& options) {
  return impl_->Run(html, options);
}

Result<Article> Extract(std::string_view html, const ExtractOptions& options) {
  Extractor extractor;
  return extractor.Extract(html, options);
}

bool LooksLikePlainText(std::string_view input) { return text::LooksLikePlainText(input); }

}  // namespace newsdesk
