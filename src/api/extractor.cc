// The public Extractor: wires the stages together, and holds no heuristic of its own (each lives
// in its stage's documented cascade).
//   bytes -> input/charset (UTF-8) -> plain text? text/ExtractFromText -> output (HTML)
//         -> html/tree_builder (arena tree) -> extract/content_selector (blocks, the cascade,
//            ending with the hidden-content step) -> metadata (precedence tables; the bio boxes
//            extract found, for the last author source) -> DropHeadlineAndByline
//         -> output/render -> metadata/ReconcileLanguage -> Article
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dom/node.h"
#include "extract/blocks.h"
#include "extract/content_selector.h"
#include "html/tree_builder.h"
#include "input/binary_sniff.h"
#include "input/charset.h"
#include "metadata/language.h"
#include "metadata/metadata.h"
#include "newsdesk/extract.h"
#include "newsdesk/io.h"
#include "output/render.h"
#include "text/text_extractor.h"
#include "util/arena.h"
#include "util/utf8.h"

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

  // Buffers past this size are let go after the page instead of kept for the next one.
  static constexpr std::size_t kKeepBufferBytes = std::size_t{16} << 20;

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
    bool as_text =
        options.input_format == InputFormat::kText ||
        (options.input_format == InputFormat::kAuto && text::LooksLikePlainText(decoded));
    if (as_text) {
      Article article;
      article.url = options.url;
      if (!charset_note.empty()) article.warnings.push_back(charset_note);
      text::ExtractFromText(decoded, options, &article);
      if (options.render_html) output::RenderParagraphsHtml(article.text, &article.html);
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
      article.warnings.push_back(
          charset_note.empty() ? "input was not clean UTF-8: decoded or repaired" : charset_note);
    }
    selector.SelectWithHiddenFallback(doc, &blocks, &selection);
    // Metadata, now that the article's container is known (the headline is the <h1> nearest it).
    facts.Collect(doc);
    metadata::MetadataContext context;
    context.container = selection.container;
    context.url = options.url;
    context.explain = options.report_boilerplate;
    std::optional<metadata::DateTime> reference;
    if (!options.reference_date.empty()) reference = metadata::ParseDate(options.reference_date);
    context.reference = reference ? &*reference : nullptr;
    // An author bio box (left out of the body) is still evidence of who wrote the article: its
    // blocks' texts, for the metadata stage's last author source.
    context.bio_texts = [this] { return selector.BioBoxTexts(blocks); };
    metadata::ResolveMetadata(facts, context, &article);
    extract::ContentSelector::DropHeadlineAndByline(blocks, article.title, &selection);

    if (selection.container != nullptr) {
      output::RenderInput in{&blocks, &selection.kept, selection.container};
      output::RenderText(in, &article.text);
      if (options.render_markdown) output::RenderMarkdown(in, &article.markdown);
      if (options.render_html) output::RenderHtml(in, &article.html);
    }
    // Language: the markup's claim, checked against the text.
    metadata::ReconcileLanguage(article.text, options.report_boilerplate, &article);
    if (options.report_boilerplate) {
      for (const auto& d : selection.dropped) {
        article.removed.push_back({std::string(extract::LabelName(d.label)),
                                   std::string(blocks.text(blocks.blocks()[d.block]))});
      }
    }
    // Keep the buffers for the next page, but not a huge page's: its decoded copy, tree, blocks
    // and scores would otherwise stay allocated (several times its size) while the caller
    // writes the article out.
    if (utf8.capacity() > kKeepBufferBytes) std::string().swap(utf8);
    if (html.size() > kKeepBufferBytes) {
      arena.Reset();
      blocks.ReleaseMemory();
      selector.ReleaseMemory();
      selection = extract::Selection();
      facts = metadata::PageFacts();
    }
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
