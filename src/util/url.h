// URL identity: the one spelling of a page's address that the store keys articles by.
//
// NormalizeUrl lower-cases the scheme and host, drops default ports, the fragment, tracking
// parameters (utm_*, fbclid, gclid, ...; the table in url.cc) and AMP variants (an amp. host, an
// /amp/ path segment, a .amp suffix, ?amp=1), and sorts the remaining query parameters.
// ResolveUrl makes a link found in a page, feed or sitemap absolute. Pure functions, thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace newsdesk {

// The normalised URL, or empty when `url` is not an absolute http(s) URL (the caller then keys by
// something else).
std::string NormalizeUrl(std::string_view url);

// The host of an absolute http(s) URL, lower-case, without port, userinfo or a leading "www.";
// empty when there is none.
std::string UrlHost(std::string_view url);

// `ref` resolved against `base` (RFC 3986 section 5.2): an absolute ref as it is, a
// scheme-relative one ("//host/p") with base's scheme, an absolute path, a relative path (with
// "." and ".." segments removed), a query only ("?q") or empty (base itself). The fragment is
// dropped; surrounding ASCII whitespace is trimmed. Empty when `ref` is relative and `base` has no
// scheme. Any scheme is returned; callers that want http(s) only check it themselves.
std::string ResolveUrl(std::string_view base, std::string_view ref);

// True when `url` starts with "http://" or "https://" (any case) and names a host.
bool IsHttpUrl(std::string_view url);

}  // namespace newsdesk
