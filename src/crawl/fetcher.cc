// HTTP fetching with libcurl's multi interface; see fetcher.h.
#include "crawl/fetcher.h"

#include <curl/curl.h>

#include <mutex>
#include <unordered_map>

#include "util/ascii.h"
#include "util/url.h"

namespace newsdesk::crawl {
namespace {

using Clock = std::chrono::steady_clock;

struct Transfer {
  FetchResponse response;
  curl_slist* headers = nullptr;
  std::size_t max_body = 0;
  bool too_large = false;
  Clock::time_point start;
  char error[CURL_ERROR_SIZE] = {0};
};

std::size_t OnBody(char* data, std::size_t size, std::size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  std::size_t n = size * count;
  if (t->response.body.size() + n > t->max_body) {
    t->too_large = true;
    return 0;  // stops the transfer with CURLE_WRITE_ERROR
  }
  t->response.body.append(data, n);
  return n;
}

std::size_t OnHeader(char* data, std::size_t size, std::size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  std::size_t n = size * count;
  std::string_view line(data, n);
  // A new status line starts a new head (after a 100 Continue, say): keep the last one.
  if (line.starts_with("HTTP/")) t->response.response_head.clear();
  if (t->response.response_head.size() + n > (1u << 20)) return 0;  // a head past 1 MiB
  t->response.response_head.append(line);
  return n;
}

int OnDebug(CURL*, curl_infotype type, char* data, std::size_t size, void* user) {
  if (type == CURLINFO_HEADER_OUT) {
    auto* t = static_cast<Transfer*>(user);
    t->response.request_head.assign(data, size);  // the last request sent
  }
  return 0;
}

std::once_flag curl_init;

}  // namespace

std::string FetchResponse::Header(std::string_view name) const {
  std::string value;
  std::string_view head = response_head;
  while (!head.empty()) {
    std::size_t end = head.find('\n');
    std::string_view line = head.substr(0, end);
    head = end == std::string_view::npos ? std::string_view() : head.substr(end + 1);
    std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || !EqualsIgnoreAsciiCase(line.substr(0, colon), name)) {
      continue;
    }
    std::string_view v = line.substr(colon + 1);
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
    while (!v.empty() && (v.back() == '\r' || v.back() == ' ' || v.back() == '\t')) {
      v.remove_suffix(1);
    }
    value.assign(v);
  }
  return value;
}

struct Fetcher::Impl {
  FetcherOptions options;
  CURLM* multi = nullptr;
  std::unordered_map<CURL*, std::unique_ptr<Transfer>> transfers;

  ~Impl() {
    for (auto& [easy, t] : transfers) {
      curl_multi_remove_handle(multi, easy);
      curl_easy_cleanup(easy);
      curl_slist_free_all(t->headers);
    }
    if (multi != nullptr) curl_multi_cleanup(multi);
  }

  void Finish(CURL* easy, CURLcode rc, std::vector<FetchResponse>* done) {
    auto it = transfers.find(easy);
    if (it == transfers.end()) return;
    Transfer& t = *it->second;
    FetchResponse& r = t.response;
    long status = 0;
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
    char* ip = nullptr;
    if (curl_easy_getinfo(easy, CURLINFO_PRIMARY_IP, &ip) == CURLE_OK && ip != nullptr) r.ip = ip;
    r.status = static_cast<int>(status);
    r.seconds = std::chrono::duration<double>(Clock::now() - t.start).count();
    if (rc != CURLE_OK) {
      if (t.too_large || rc == CURLE_FILESIZE_EXCEEDED) {
        r.failure = FetchFailure::kTooLarge;
        r.error = "the body is larger than " + std::to_string(options.max_body_bytes) + " bytes";
      } else if (rc == CURLE_URL_MALFORMAT || rc == CURLE_UNSUPPORTED_PROTOCOL) {
        r.failure = FetchFailure::kBadUrl;
        r.error = std::string("not a URL libcurl sends: ") + curl_easy_strerror(rc);
      } else if (rc == CURLE_OPERATION_TIMEDOUT) {
        r.failure = FetchFailure::kTimeout;
        r.error = "timed out after " + std::to_string(options.timeout_ms) + " ms";
      } else {
        r.failure = FetchFailure::kNetwork;
        r.error = t.error[0] != '\0' ? std::string(t.error) : curl_easy_strerror(rc);
      }
    }
    curl_multi_remove_handle(multi, easy);
    curl_easy_cleanup(easy);
    curl_slist_free_all(t.headers);
    done->push_back(std::move(r));
    transfers.erase(it);
  }
};

Fetcher::Fetcher(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Fetcher::~Fetcher() = default;

Result<std::unique_ptr<Fetcher>> Fetcher::Create(const FetcherOptions& options) {
  std::call_once(curl_init, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->multi = curl_multi_init();
  if (impl->multi == nullptr) return Status::Internal("libcurl: curl_multi_init failed");
  // One connection per host at most (the crawler asks one thing at a time of a host anyway);
  // HTTP/2 streams share it.
  curl_multi_setopt(impl->multi, CURLMOPT_MAX_HOST_CONNECTIONS, 1L);
  curl_multi_setopt(impl->multi, CURLMOPT_PIPELINING, CURLPIPE_MULTIPLEX);
  return std::unique_ptr<Fetcher>(new Fetcher(std::move(impl)));
}

Status Fetcher::Start(FetchRequest request) {
  if (!IsHttpUrl(request.url)) {
    return Status::InvalidArgument("not an http(s) URL: " + request.url);
  }
  CURL* easy = curl_easy_init();
  if (easy == nullptr) return Status::Internal("libcurl: curl_easy_init failed");
  auto t = std::make_unique<Transfer>();
  t->response.tag = request.tag;
  t->response.url = request.url;
  t->max_body = impl_->options.max_body_bytes;
  t->start = Clock::now();
  t->response.sent = std::chrono::system_clock::now();
  t->headers = curl_slist_append(t->headers, "Accept-Encoding: gzip, deflate, br");
  t->headers = curl_slist_append(
      t->headers, "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
  for (const std::string& h : request.headers)
    t->headers = curl_slist_append(t->headers, h.c_str());
  const FetcherOptions& o = impl_->options;
  curl_easy_setopt(easy, CURLOPT_URL, request.url.c_str());
  curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(easy, CURLOPT_HTTPHEADER, t->headers);
  curl_easy_setopt(easy, CURLOPT_USERAGENT, o.user_agent.c_str());
  curl_easy_setopt(easy, CURLOPT_HTTP_CONTENT_DECODING, 0L);  // keep the payload as received
  curl_easy_setopt(easy, CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_2TLS));
  curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, o.connect_timeout_ms);
  curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, o.timeout_ms);
  curl_easy_setopt(easy, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(o.max_body_bytes));
  curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, OnBody);
  curl_easy_setopt(easy, CURLOPT_WRITEDATA, t.get());
  curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, OnHeader);
  curl_easy_setopt(easy, CURLOPT_HEADERDATA, t.get());
  curl_easy_setopt(easy, CURLOPT_DEBUGFUNCTION, OnDebug);
  curl_easy_setopt(easy, CURLOPT_DEBUGDATA, t.get());
  curl_easy_setopt(easy, CURLOPT_VERBOSE, 1L);  // for CURLINFO_HEADER_OUT: the request as sent
  curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, t->error);
  curl_easy_setopt(easy, CURLOPT_PRIVATE, t.get());
  CURLMcode mc = curl_multi_add_handle(impl_->multi, easy);
  if (mc != CURLM_OK) {
    curl_slist_free_all(t->headers);
    curl_easy_cleanup(easy);
    return Status::Internal(std::string("libcurl: ") + curl_multi_strerror(mc));
  }
  impl_->transfers.emplace(easy, std::move(t));
  return Status::Ok();
}

void Fetcher::Poll(int timeout_ms, std::vector<FetchResponse>* done) {
  int running = 0;
  curl_multi_perform(impl_->multi, &running);
  int left = 0;
  bool finished = false;
  while (CURLMsg* msg = curl_multi_info_read(impl_->multi, &left)) {
    if (msg->msg != CURLMSG_DONE) continue;
    impl_->Finish(msg->easy_handle, msg->data.result, done);
    finished = true;
  }
  if (finished || timeout_ms <= 0) return;
  curl_multi_poll(impl_->multi, nullptr, 0, timeout_ms, nullptr);
  curl_multi_perform(impl_->multi, &running);
  while (CURLMsg* msg = curl_multi_info_read(impl_->multi, &left)) {
    if (msg->msg != CURLMSG_DONE) continue;
    impl_->Finish(msg->easy_handle, msg->data.result, done);
  }
}

void Fetcher::Wake() { curl_multi_wakeup(impl_->multi); }

std::size_t Fetcher::in_flight() const { return impl_->transfers.size(); }

void Fetcher::CancelAll() {
  for (auto& [easy, t] : impl_->transfers) {
    curl_multi_remove_handle(impl_->multi, easy);
    curl_easy_cleanup(easy);
    curl_slist_free_all(t->headers);
  }
  impl_->transfers.clear();
}

}  // namespace newsdesk::crawl
