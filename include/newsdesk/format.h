// newsdesk/format.h: an extracted Article as a document a person reads: plain text, Markdown
// (headline as "# "), or a minimal HTML <article>. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "newsdesk/article.h"

namespace newsdesk {

enum class DocumentFormat { kText, kMarkdown, kHtml };

// The article in `format`, ending with a newline. Markdown and HTML need Article::markdown and
// Article::html (ExtractOptions::render_markdown / render_html).
std::string FormatArticle(const Article& article, DocumentFormat format);

}  // namespace newsdesk
