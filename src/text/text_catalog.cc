#include "text/text_catalog.h"

namespace newsdesk::text {
namespace {

constexpr std::string_view kSectionMarkers[] = {
    "comments",                           // the comment section's heading
    "leave a reply",                      // WordPress comment form
    "leave a comment",                    // comment form
    "join the discussion",                // comment form
    "related",                            // related-stories box
    "related articles",                   // related-stories box
    "related stories",                    // related-stories box
    "related posts",                      // blog related-posts plugin
    "more stories",                       // teaser rail
    "you may also like",                  // recommendation widget
    "you might also like",                // recommendation widget
    "recommended",                        // recommendation widget
    "recommended for you",                // recommendation widget
    "read more",                          // teaser rail
    "read next",                          // teaser rail
    "more from",                          // "More from" rail (the site's name on the next line)
    "trending",                           // trending-stories rail
    "most popular",                       // most-read list
    "most read",                          // most-read list
    "popular posts",                      // blog sidebar
    "latest news",                        // news ticker rail
    "discussion",                         // comment section
    "responses",                          // comment section (Medium, WordPress)
    "what readers are saying",            // comment section
    "post a comment",                     // Blogger comment form
    "reader comments",                    // comment section
    "comentários",                        // pt: comments
    "comentarios",                        // es: comments
    "commentaires",                       // fr: comments
    "kommentare",                         // de: comments
    "commenti",                           // it: comments
    "комментарии",                        // ru: comments
    "veja também",                        // pt: see also
    "leia também",                        // pt: read also
    "você pode gostar",                   // pt: you may like
    "relacionados",                       // pt/es: related
    "notícias relacionadas",              // pt: related news
    "te puede interesar",                 // es: you may be interested
    "también te puede interesar",         // es: you may also be interested
    "artículos relacionados",             // es: related articles
    "noticias relacionadas",              // es: related news
    "lire aussi",                         // fr: read also
    "à lire aussi",                       // fr: also to read
    "sur le même sujet",                  // fr: on the same subject
    "articles similaires",                // fr: similar articles
    "das könnte sie auch interessieren",  // de: you may also be interested
    "mehr zum thema",                     // de: more on the subject
    "weitere artikel",                    // de: more articles
    "leggi anche",                        // it: read also
    "articoli correlati",                 // it: related articles
    "potrebbe interessarti",              // it: you may be interested
    "À lire aussi",                       // fr, capital À (non-ASCII capitals are not folded)
    "Комментарии",                        // ru: comments, capitalised
    "Читайте также",                      // ru: read also
    "Вам также может быть интересно",     // ru: you may also be interested
    "Похожие статьи",                     // ru: similar articles
    "Похожие записи",                     // ru: similar posts
};

constexpr std::string_view kCountedSectionWords[] = {
    "comment",   // "12 comments"
    "response",  // "34 responses to ..."
    "repl",      // "3 replies"
    "thought",   // "5 thoughts on ..." (WordPress)
};

constexpr std::string_view kCommentMarkerWords[] = {
    "comment",     // "Comments", "Leave a comment"
    "repl",        // "Leave a reply", "3 replies"
    "respons",     // "Responses", "34 responses to ..."
    "discussion",  // "Join the discussion"
    "thought",     // "5 thoughts on ..."
};

constexpr std::string_view kCommentThreadWords[] = {
    "comment",  // "12 comments"
    "respons",  // "34 responses to ..."
    "repl",     // "3 replies"
};

constexpr std::string_view kEndHeadingPrefixes[] = {
    "related coverage",     // "Related coverage from Business Insider"
    "related content",      // related box heading
    "related reading",      // related box heading
    "more articles",        // "More articles from Jane Doe"
    "more stories",         // teaser rail heading
    "elsewhere on ",        // "Elsewhere on Wired"
    "about this ",          // "About this author", "About this series"
    "about the author",     // author box heading
    "like this article",    // "Like this article? Sign up ..."
    "previous article",     // pager
    "next article",         // pager
    "previous post",        // blog pager
    "next post",            // blog pager
    "you may have missed",  // WordPress theme rail
    "further reading",      // reading list
    "other stories",        // teaser rail heading
    "explore further",      // phys.org rail heading
};

constexpr std::string_view kRailHeadingHeads[] = {
    "more ",     // "More Great WIRED Stories"
    "popular ",  // "Popular articles"
    "latest ",   // "Latest news"
    "top ",      // "Top stories"
};

constexpr std::string_view kRailHeadingTails[] = {
    " stories",   // "More stories"
    " articles",  // "Popular articles"
    " posts",     // "Latest posts"
    " news",      // "More news"
    " reads",     // "Top reads"
    " videos",    // "More videos"
};

constexpr std::string_view kAuthorBoxPrefixes[] = {
    "about ",  // "About Brigit Katz"
    "sobre ",  // pt/es: "Sobre Carlos Nadalim"
};

constexpr std::string_view kCommentHeadSuffixes[] = {
    "says:",   // "thelastchargersfan says:" (WordPress)
    "wrote:",  // "Ann wrote:"
};

constexpr std::string_view kDatedCommentHeadSuffixes[] = {
    "said:",  // "Catherine on September 13, 2018 at 5:23 pm said:" (bare "said:" opens a quote)
};

constexpr std::string_view kCommentClockWords[] = {
    " at ",  // "March 3, 2024 at 9:14 am"
    "am",    // "9:14 am"
    "pm",    // "5:23 pm"
};

constexpr std::string_view kCommentAgoWords[] = {
    " ago",  // "2 days ago", "5h ago"
};

constexpr std::string_view kUrlPrefixes[] = {
    "http://",   // a bare URL
    "https://",  // a bare URL
};

constexpr std::string_view kCaptionPrefixes[] = {
    "FILE PHOTO",     // Reuters: "FILE PHOTO: ..."
    "Image caption",  // BBC caption label
    "Video:",         // video caption label
    "\xC2\xA9 ",      // "© Jane Roe ...": a credit first
};

constexpr std::string_view kCaptionPhrases[] = {
    " file photo",  // AP: "This 2017 file photo shows ..."
};

constexpr std::string_view kGalleryCounterWords[] = {
    "Image ",  // "Image 1 of 5"
    "Photo ",  // "Photo 3 of 12"
    "Slide ",  // "Slide 2 of 9"
};

constexpr std::string_view kCreditMarks[] = {
    "Credit:",   // "... Credit: Getty Images"
    "Credits:",  // "... Credits: AP, Reuters"
    "Photo:",    // "(Photo: AP)"
    "Image:",    // "Image: NASA"
    "Picture:",  // British papers: "Picture: PA"
    "Foto:",     // pt/es/de/it: "Foto: Reuters"
};

// A line of prose has many function words (jusText's insight), a menu or a label has few.
constexpr std::string_view kStopWords[] = {
    // English
    "the",
    "a",
    "an",
    "and",
    "or",
    "of",
    "to",
    "in",
    "on",
    "for",
    "with",
    "that",
    "this",
    "is",
    "was",
    "are",
    "were",
    "be",
    "has",
    "have",
    "had",
    "it",
    "its",
    "as",
    "at",
    "by",
    "from",
    "but",
    "not",
    "he",
    "she",
    "they",
    "we",
    "you",
    "his",
    "her",
    "their",
    "which",
    "who",
    "will",
    "would",
    "said",
    "after",
    "than",
    "there",
    "been",
    "into",
    "about",
    "more",
    // German, French, Spanish, Italian, Portuguese (a word several of them share is listed once)
    "der",
    "die",
    "das",
    "und",
    "ist",
    "nicht",
    "mit",
    "den",
    "ein",
    "eine",
    "le",
    "la",
    "les",
    "et",
    "est",
    "des",
    "une",
    "du",
    "el",
    "los",
    "las",
    "que",
    "en",
    "un",
    "una",
    "por",
    "con",
    "il",
    "di",
    "che",
    "per",
    "della",
    "o",
    "do",
    "da",
    "em",
    "não",
    "de",
    "e",
    "y",
    "se",
    "os",
    "um",
    "uma",
    "com",
    "para",
    "na",
    "no",
    "dos",
    "ao",
    "mais",
    "mas",
    "como",
    "lo",
    "su",
    "del",
    "al",
    "non",
    "si",
    "à",
    "pour",
    "dans",
    "sur",
    "pas",
    "qui",
    "au",
    "zu",
    "im",
    "von",
    "sich",
    "auf",
    "für",
    "auch",
    "es",
};

constexpr std::string_view kBioPhrases[] = {
    "has worked",                // "Jane Doe has worked as a senior writer at ..."
    "her writing has appeared",  // "... Her writing has appeared in ..."
    "his writing has appeared",  // "... His writing has appeared in ..."
    "writing has appeared",      // "Their writing has appeared in ..."
    "is a senior",               // "Jane Doe is a senior editor at ..."
    "is a staff writer",         // "Jane Doe is a staff writer ..."
    "is a reporter",             // "Jane Doe is a reporter covering ..."
    "follow her on",             // "Follow her on Twitter ..."
    "follow him on",             // "Follow him on Twitter ..."
    "is a freelance",            // "Jane Doe is a freelance journalist ..."
    "is a contributing",         // "Jane Doe is a contributing writer ..."
    "her work has appeared",     // "... Her work has appeared in ..."
    "his work has appeared",     // "... His work has appeared in ..."
    "has been reporting on",     // "Jane Doe has been reporting on ..."
};

constexpr std::string_view kShortBioPhrases[] = {
    " reporter for ",       // "Jane Doe is a reporter for the Ledger."
    " writer for ",         // "... a staff writer for Wired."
    " editor for ",         // "... the science editor for ..."
    " correspondent for ",  // "... a correspondent for ..."
    " reporter at ",        // "... a reporter at the Ledger."
    " writer at ",          // "... a senior writer at ..."
    " editor at ",          // "... an editor at large at ..."
};

constexpr std::string_view kWriterTradeWords[] = {
    "writer",         // "... is a freelance writer based in Toronto"
    "reporter",       // "... is a reporter for ..."
    "journalist",     // "... is a journalist covering ..."
    "editor",         // "... is the science editor at ..."
    "correspondent",  // "... is our Europe correspondent"
    "has appeared",   // "Her work has appeared in ..."
    "reporting on",   // "... has been reporting on ..."
};

constexpr std::string_view kHeaderMetaPrefixes[] = {
    "by ",        // "By Jane Doe"
    "updated",    // "Updated March 3, 2024"
    "published",  // "Published 9:14 am"
    "posted",     // "Posted on March 3"
};

constexpr std::string_view kTeaserBullets[] = {
    "-",             // hyphen bullet
    "\xE2\x80\x93",  // "–" en dash bullet
    "\xE2\x80\xA2",  // "•" bullet
};

constexpr std::string_view kShareButtonSuffixes[] = {
    "Click To Tweet",  // "Quote worth sharing.Click To Tweet": a pull quote with a share button
};

// Pitches: lines that sell the outlet, its e-mails or a subscription, whatever their wording.
// Strong phrases (lower-case substrings) say "pitch" by themselves in a short line that talks to
// the reader; weak words (whole words) only in numbers: how-to and service pages use them as
// content ("cancel your subscription", "a free trial"), so they never decide alone.
constexpr std::string_view kPitchPhrases[] = {
    "inbox",
    "newsletter",
    "journalism",  // the product
    "subscribe to",
    "subscribe now",
    "subscribe today",
    "subscribe for",  // the call
    "sign up",
    "sign-up",
    "unlimited access",  // the offer
    "for just",
    "for less than",
    "a coffee a week",  // the price
    "straight to your",
    "delivered to your",
    "never miss",
    "don't miss a",  // the delivery
    "the stories that matter",
    "readers who",  // the reader
};
constexpr std::string_view kPitchWords[] = {
    "e-mail", "email",      "daily",        "weekly", "free",   "briefing",  "digest",
    "member", "membership", "subscription", "trial",  "cancel", "delivered",
};
// The second person: a pitch talks to the reader.
constexpr std::string_view kSecondPersonWords[] = {"you",    "your",  "you'll",
                                                   "you're", "yours", "you've"};
// The outlet speaking of itself.
constexpr std::string_view kFirstPluralWords[] = {"our", "us", "we", "we'll", "we're"};
// Imperatives that open a pitch ("Get ...", "Join ...", "Start your day ...").
constexpr std::string_view kPitchImperatives[] = {
    "get",    "sign",     "subscribe", "join", "try",    "start",    "support",
    "become", "register", "enjoy",     "stay", "unlock", "discover", "receive",
    "never",  "don't",    "claim",     "grab", "save",   "upgrade",
};
// Reporting words: a line that reports (someone said, told, according to) is news, not a pitch.
constexpr std::string_view kReportingWords[] = {"said",  "says",      "told",    "according",
                                                "added", "announced", "reported"};

}  // namespace

Phrases PitchPhrases() { return kPitchPhrases; }
Phrases PitchWords() { return kPitchWords; }
Phrases SecondPersonWords() { return kSecondPersonWords; }
Phrases FirstPluralWords() { return kFirstPluralWords; }
Phrases PitchImperatives() { return kPitchImperatives; }
Phrases ReportingWords() { return kReportingWords; }
Phrases SectionMarkers() { return kSectionMarkers; }
Phrases CountedSectionWords() { return kCountedSectionWords; }
Phrases CommentMarkerWords() { return kCommentMarkerWords; }
Phrases CommentThreadWords() { return kCommentThreadWords; }
Phrases EndHeadingPrefixes() { return kEndHeadingPrefixes; }
Phrases RailHeadingHeads() { return kRailHeadingHeads; }
Phrases RailHeadingTails() { return kRailHeadingTails; }
Phrases AuthorBoxPrefixes() { return kAuthorBoxPrefixes; }
Phrases CommentHeadSuffixes() { return kCommentHeadSuffixes; }
Phrases DatedCommentHeadSuffixes() { return kDatedCommentHeadSuffixes; }
Phrases CommentClockWords() { return kCommentClockWords; }
Phrases CommentAgoWords() { return kCommentAgoWords; }
Phrases UrlPrefixes() { return kUrlPrefixes; }
Phrases CaptionPrefixes() { return kCaptionPrefixes; }
Phrases CaptionPhrases() { return kCaptionPhrases; }
Phrases GalleryCounterWords() { return kGalleryCounterWords; }
Phrases CreditMarks() { return kCreditMarks; }
Phrases StopWords() { return kStopWords; }
Phrases BioPhrases() { return kBioPhrases; }
Phrases ShortBioPhrases() { return kShortBioPhrases; }
Phrases WriterTradeWords() { return kWriterTradeWords; }
Phrases HeaderMetaPrefixes() { return kHeaderMetaPrefixes; }
Phrases TeaserBullets() { return kTeaserBullets; }
Phrases ShareButtonSuffixes() { return kShareButtonSuffixes; }

}  // namespace newsdesk::text
