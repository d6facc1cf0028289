// The batch runner: producer (this thread) -> bounded queue -> workers -> ordered writer.
#include "newsdesk/batch.h"

#include <fnmatch.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_set>

#include "input/byte_source.h"
#include "input/file_reader.h"
#include "input/warc_reader.h"
#include "newsdesk/extract.h"
#include "newsdesk/json.h"
#include "newsdesk/warc.h"

namespace newsdesk {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct Document {
  uint64_t seq = 0;
  std::string id;
  std::string source;
  std::string url;
  std::string warc_date;
  std::string warc_record_id;
  std::string charset;
  std::string content_encoding;  // HTTP Content-Encoding still on the body; undone by the worker
  std::string bytes;
  std::size_t body_offset = 0;  // the document starts here in `bytes` (after an HTTP head)
  Status error;                 // set: the document could not be read
  std::string skip_reason;      // set: not extracted, on purpose
  std::string warning;          // the WARC record's own (read, but something was off)
};

// A queue that blocks the producer when `capacity` documents are in flight (queued, being
// extracted, or finished and waiting for their turn to be written).
class Pipeline {
 public:
  explicit Pipeline(std::size_t capacity) : capacity_(capacity) {}

  void Push(Document doc) {
    std::unique_lock<std::mutex> lock(mu_);
    room_.wait(lock, [&] { return in_flight_ < capacity_; });
    ++in_flight_;
    queue_.push_back(std::move(doc));
    work_.notify_one();
  }
  std::optional<Document> Pop() {
    std::unique_lock<std::mutex> lock(mu_);
    work_.wait(lock, [&] { return !queue_.empty() || closed_; });
    if (queue_.empty()) return std::nullopt;
    Document d = std::move(queue_.front());
    queue_.pop_front();
    return d;
  }
  void Close() {
    std::lock_guard<std::mutex> lock(mu_);
    closed_ = true;
    work_.notify_all();
  }
  void Release() {
    std::lock_guard<std::mutex> lock(mu_);
    --in_flight_;
    room_.notify_one();
  }

 private:
  std::mutex mu_;
  std::condition_variable work_, room_;
  std::deque<Document> queue_;
  std::size_t capacity_;
  std::size_t in_flight_ = 0;
  bool closed_ = false;
};

enum class Outcome { kArticle, kSkipped, kError };

struct Finished {
  std::string line;
  Outcome outcome;
  bool queued = true;  // false for resumed documents, which never took a place in the pipeline
};

// Writes finished lines, in order when asked.
class Writer {
 public:
  Writer(const LineSink& sink, bool ordered, Pipeline* pipeline, BatchSummary* summary)
      : sink_(sink), ordered_(ordered), pipeline_(pipeline), summary_(summary) {}

  void Add(uint64_t seq, Finished f) {
    std::lock_guard<std::mutex> lock(mu_);
    if (!ordered_) {
      Write(f);
      return;
    }
    pending_.emplace(seq, std::move(f));
    while (!pending_.empty() && pending_.begin()->first == next_) {
      Write(pending_.begin()->second);
      pending_.erase(pending_.begin());
      ++next_;
    }
  }
  // A sequence number that produced no line (a resumed document).
  void Skip(uint64_t seq) { Add(seq, Finished{std::string(), Outcome::kSkipped, false}); }
  Status status() {
    std::lock_guard<std::mutex> lock(mu_);
    return status_;
  }
  uint64_t errors() const { return errors_; }

 private:
  void Write(const Finished& f) {
    if (!f.line.empty()) {
      if (status_.ok()) status_ = sink_(f.line);
      ++summary_->documents;
      if (f.outcome == Outcome::kArticle) ++summary_->articles;
      if (f.outcome == Outcome::kSkipped) ++summary_->skipped;
      if (f.outcome == Outcome::kError) {
        ++summary_->errors;
        ++errors_;
      }
    }
    if (f.queued) pipeline_->Release();
  }

  std::mutex mu_;
  const LineSink& sink_;
  bool ordered_;
  Pipeline* pipeline_;
  BatchSummary* summary_;
  std::map<uint64_t, Finished> pending_;
  uint64_t next_ = 0;
  Status status_;
  std::atomic<uint64_t> errors_{0};
};

void AppendHead(const Document& d, std::string* out) {
  out->append("{\"id\":");
  AppendJsonString(d.id, out);
  out->append(",\"source\":");
  AppendJsonString(d.source, out);
  if (!d.url.empty()) {
    out->append(",\"url\":");
    AppendJsonString(d.url, out);
  }
  if (!d.warc_record_id.empty()) {
    out->append(",\"warc_date\":");
    AppendJsonString(d.warc_date, out);
    out->append(",\"warc_record_id\":");
    AppendJsonString(d.warc_record_id, out);
  }
}

Finished Process(Document& d, Extractor& extractor, const BatchOptions& options) {
  std::string line;
  if (!d.error.ok() || !d.skip_reason.empty()) {
    AppendHead(d, &line);
    line.append(d.error.ok() ? ",\"skipped\":" : ",\"error\":");
    AppendJsonString(d.error.ok() ? d.skip_reason : d.error.ToString(), &line);
    line.push_back('}');
    return {std::move(line), d.error.ok() ? Outcome::kSkipped : Outcome::kError};
  }
  ExtractOptions extract = options.extract;
  extract.render_html = false;  // lines carry text and markdown, never html
  extract.url = d.url;
  extract.charset = d.charset;
  if (!d.warc_date.empty()) extract.reference_date = d.warc_date;
  auto start = Clock::now();
  std::string_view body = std::string_view(d.bytes).substr(d.body_offset);
  std::string decoded;
  bool clipped = false;
  Status decoding;
  if (!d.content_encoding.empty()) {  // on the worker, not the producer: inflating costs
    decoding = DecodeContentEncoding(body, d.content_encoding, options.max_document_bytes, &decoded,
                                     &clipped);
    body = decoded;
  }
  Result<Article> a = decoding.ok() ? extractor.Extract(body, extract) : Result<Article>(decoding);
  if (a.ok() && !d.warning.empty()) a->warnings.push_back(d.warning);
  if (a.ok() && clipped) {
    a->warnings.push_back("Content-Encoding " + d.content_encoding +
                          ": the compressed body was clipped; decoded what was there");
  }
  double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  if (a.ok() && seconds > options.max_document_seconds) {
    a = Status::LimitExceeded("extraction took " + std::to_string(seconds) +
                              " s; max_document_seconds is " +
                              std::to_string(options.max_document_seconds));
  }
  if (!a.ok()) {
    AppendHead(d, &line);
    line.append(",\"error\":");
    AppendJsonString(a.status().ToString(), &line);
    line.push_back('}');
    return {std::move(line), Outcome::kError};
  }
  if (options.min_article_chars > 0 && a->text.size() < options.min_article_chars) {
    AppendHead(d, &line);
    line.append(",\"skipped\":");
    AppendJsonString("not an article (" + std::to_string(a->text.size()) + " characters of text)",
                     &line);
    line.push_back('}');
    return {std::move(line), Outcome::kSkipped};
  }
  JsonOptions fields;
  fields.id = d.id;
  fields.source = d.source;
  fields.with_explain = options.extract.report_boilerplate;
  if (!d.warc_record_id.empty()) {
    fields.extra.emplace_back("warc_date", d.warc_date);
    fields.extra.emplace_back("warc_record_id", d.warc_record_id);
  }
  AppendArticleJson(*a, fields, &line);
  return {std::move(line), Outcome::kArticle};
}

bool IsHtmlType(std::string_view type) {
  return type.empty() || type == "text/html" || type == "application/xhtml+xml" ||
         type == "text/xml" || type == "application/xml";
}

// One WARC record as a document: what to extract, or why it is skipped or failed.
Document DocumentFromRecord(const std::string& path, WarcRecord* record_in) {
  WarcRecord& record = *record_in;
  Document d;
  d.source = path + "@" + WarcRecordPosition(record);
  d.id = record.record_id.empty() ? d.source : record.record_id;
  d.url = record.target_uri;
  d.warc_date = record.date;
  d.warc_record_id = record.record_id;
  d.warning = record.warning;
  if (!record.status.ok()) {
    d.error = record.status;
  } else if (record.type == "response") {
    Result<HttpResponse> http = ParseHttpResponse(record.block, /*copy_body=*/false);
    if (!http.ok()) {
      d.error = Status(http.status().code(), std::string(http.status().message()));
    } else if (!IsHtmlType(http->content_type)) {
      d.skip_reason = "not HTML (" + http->content_type + ")";
    } else if (http->body_offset == std::string::npos ? http->body.empty()
                                                      : http->body_offset >= record.block.size()) {
      d.skip_reason = "empty";
    } else if (http->status >= 300 && http->status < 400) {
      d.skip_reason = "HTTP " + std::to_string(http->status) + " redirect";
    } else if (std::string coding = UnsupportedContentEncoding(http->content_encoding);
               !coding.empty()) {
      d.skip_reason = "Content-Encoding " + coding + " is not supported";
    } else {
      d.charset = http->charset;
      d.content_encoding = http->content_encoding;
      if (http->body_offset == std::string::npos) {
        d.bytes = std::move(http->body);
      } else {  // the payload is the block's tail: keep the block, skip the head
        d.bytes = std::move(record.block);
        d.body_offset = http->body_offset;
      }
    }
  } else if (record.type == "resource" &&
             IsHtmlType(record.content_type.substr(0, record.content_type.find(';')))) {
    d.bytes = std::move(record.block);
    if (d.bytes.empty()) d.skip_reason = "empty";
  } else {
    d.skip_reason = "not an HTML response (WARC-Type " + record.type + ")";
  }
  return d;
}

class Producer {
 public:
  Producer(const BatchOptions& options, const std::unordered_set<std::string>& done,
           Pipeline* pipeline, Writer* writer, BatchSummary* summary,
           std::atomic<uint64_t>* bytes_read)
      : options_(options),
        done_(done),
        pipeline_(pipeline),
        writer_(writer),
        summary_(summary),
        bytes_read_(bytes_read) {}

  void Input(const std::string& path) {
    if (path != "-" && !path.empty() && path[0] == '@') {  // a file listing paths
      Result<std::string> list = ReadDocument(path.substr(1), std::size_t{1} << 30);
      if (!list.ok()) return Error(path, path, list.status());
      std::size_t pos = 0;
      while (pos < list->size()) {
        std::size_t nl = list->find('\n', pos);
        if (nl == std::string::npos) nl = list->size();
        std::string p = list->substr(pos, nl - pos);
        while (!p.empty() && (p.back() == '\r' || p.back() == ' ')) p.pop_back();
        if (!p.empty()) Input(p);
        pos = nl + 1;
      }
      return;
    }
    std::error_code ec;
    if (path != "-" && fs::is_directory(path, ec)) {
      std::vector<std::string> files;
      for (auto it = fs::recursive_directory_iterator(
               path, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (!it->is_regular_file(ec)) continue;
        std::string name = it->path().filename().string();
        if (Matches(name)) files.push_back(it->path().string());
      }
      std::sort(files.begin(), files.end());
      for (const std::string& f : files) Input(f);
      return;
    }
    if (path == "-") return Stdin();
    if (IsWarc(path)) return Warc(path);
    File(path);
  }

 private:
  bool Matches(const std::string& name) const {
    if (!options_.glob.empty()) return fnmatch(options_.glob.c_str(), name.c_str(), 0) == 0;
    for (const char* g : {"*.htm*", "*.warc*", "*.txt*", "*.xhtml*"})
      if (fnmatch(g, name.c_str(), 0) == 0) return true;
    return false;
  }

  static bool IsWarc(const std::string& path) {
    if (path.find(".warc") != std::string::npos) return true;
    Result<bool> warc = IsWarcFile(path);
    return warc.ok() && *warc;
  }

  uint64_t NextSeq() { return seq_++; }

  bool AlreadyDone(const std::string& source, uint64_t seq) {
    if (!done_.count(source)) return false;
    ++summary_->resumed;
    writer_->Skip(seq);
    return true;
  }

  void Push(Document d) {
    uint64_t seq = d.seq;
    if (AlreadyDone(d.source, seq)) return;
    pipeline_->Push(std::move(d));
  }

  void Error(const std::string& id, const std::string& source, const Status& status) {
    Document d;
    d.seq = NextSeq();
    d.id = id;
    d.source = source;
    d.error = status;
    Push(std::move(d));
  }

  void File(const std::string& path) {
    Document d;
    d.seq = NextSeq();
    d.id = path == "-" ? "stdin" : DocumentId(path);
    d.source = path;
    if (done_.count(d.source)) {
      AlreadyDone(d.source, d.seq);
      return;
    }
    Result<std::string> bytes = ReadDocument(path, options_.max_document_bytes);
    if (!bytes.ok()) {
      d.error = bytes.status();
    } else {
      *bytes_read_ += bytes->size();
      summary_->input_bytes += bytes->size();
      d.bytes = std::move(bytes.value());
      if (d.bytes.empty()) d.skip_reason = "empty";
    }
    Push(std::move(d));
  }

  // Stdin: a WARC archive when its first bytes (gzip inflated) say so, else one document.
  void Stdin() {
    Result<std::unique_ptr<ByteSource>> source = ByteSource::Open("-");
    if (!source.ok()) return Error("stdin", "-", source.status());
    if (LooksLikeWarc((*source)->Peek(7))) {
      WarcReaderOptions reader_options;
      reader_options.max_record_bytes = options_.max_document_bytes;
      return Records("-", NewWarcReader(std::move(source.value()), reader_options).get());
    }
    Document d;
    d.seq = NextSeq();
    d.id = "stdin";
    d.source = "-";
    if (done_.count(d.source)) {
      AlreadyDone(d.source, d.seq);
      return;
    }
    ByteSource& in = **source;
    std::string bytes;
    ByteSource::Damage damage;
    while (true) {
      std::size_t old = bytes.size();
      bytes.resize(old + (1 << 16));
      std::size_t got = in.Read(bytes.data() + old, 1 << 16);
      bytes.resize(old + got);
      if (in.TakeDamage(&damage)) {
        d.error = Status::CorruptInput("-: " + damage.message);
        break;
      }
      if (got == 0) break;
      if (bytes.size() > options_.max_document_bytes) {
        d.error = Status::LimitExceeded("-: larger than " +
                                        std::to_string(options_.max_document_bytes) + " bytes");
        break;
      }
    }
    if (d.error.ok()) {
      *bytes_read_ += in.file_position();
      summary_->input_bytes += in.file_position();
      d.bytes = std::move(bytes);
      if (d.bytes.empty()) d.skip_reason = "empty";
    }
    Push(std::move(d));
  }

  void Warc(const std::string& path) {
    WarcReaderOptions reader_options;
    reader_options.max_record_bytes = options_.max_document_bytes;
    Result<std::unique_ptr<WarcReader>> reader = WarcReader::Open(path, reader_options);
    if (!reader.ok()) return Error(DocumentId(path), path, reader.status());
    Records(path, reader->get());
  }

  void Records(const std::string& path, WarcReader* reader) {
    WarcRecord record;
    uint64_t last_position = 0;
    while (reader->Next(&record)) {
      uint64_t position = reader->position();
      *bytes_read_ += position - last_position;
      summary_->input_bytes += position - last_position;
      last_position = position;
      Document d = DocumentFromRecord(path, &record);
      d.seq = NextSeq();
      if (done_.count(d.source)) {
        AlreadyDone(d.source, d.seq);
        continue;
      }
      Push(std::move(d));
    }
  }

  const BatchOptions& options_;
  const std::unordered_set<std::string>& done_;
  Pipeline* pipeline_;
  Writer* writer_;
  BatchSummary* summary_;
  std::atomic<uint64_t>* bytes_read_;
  uint64_t seq_ = 0;
};

uint64_t TotalInputBytes(const std::vector<std::string>& inputs) {
  uint64_t total = 0;
  std::error_code ec;
  for (const std::string& p : inputs) {
    if (p == "-" || (!p.empty() && p[0] == '@')) continue;
    if (fs::is_directory(p, ec)) {
      for (auto it = fs::recursive_directory_iterator(p, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        if (it->is_regular_file(ec)) total += it->file_size(ec);
    } else {
      total += fs::file_size(p, ec);
    }
  }
  return total;
}

}  // namespace

Result<BatchSummary> RunBatch(const std::vector<std::string>& inputs, const BatchOptions& options,
                              const std::vector<std::string>& done_sources, const LineSink& sink) {
  const auto start = Clock::now();
  int threads =
      options.threads > 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  std::size_t capacity = options.queue_documents > 0 ? options.queue_documents : 16 * threads;
  BatchSummary summary;
  Pipeline pipeline(capacity);
  Writer writer(sink, options.ordered, &pipeline, &summary);
  std::unordered_set<std::string> done(done_sources.begin(), done_sources.end());
  std::atomic<uint64_t> bytes_read{0};
  std::atomic<uint64_t> finished{0};

  std::vector<std::thread> workers;
  for (int t = 0; t < threads; ++t) {
    workers.emplace_back([&] {
      Extractor extractor;
      while (std::optional<Document> d = pipeline.Pop()) {
        uint64_t seq = d->seq;
        Finished f = Process(*d, extractor, options);
        d.reset();  // free the page before waiting on the writer
        writer.Add(seq, std::move(f));
        ++finished;
      }
    });
  }

  // Progress bar: only on a terminal.
  std::atomic<bool> stop_progress{false};
  std::thread progress;
  if (options.progress && isatty(STDERR_FILENO)) {
    uint64_t total = TotalInputBytes(inputs);
    progress = std::thread([&, total] {
      while (!stop_progress) {
        std::this_thread::sleep_for(std::chrono::milliseconds(250));
        double s = std::chrono::duration<double>(Clock::now() - start).count();
        uint64_t b = bytes_read;
        double rate = s > 0 ? b / s : 0;
        std::string eta = "?";
        if (total > 0 && rate > 0 && b <= total)
          eta = std::to_string(static_cast<int>((total - b) / rate)) + " s";
        std::fprintf(stderr, "\r%llu docs  %.0f docs/s  %.1f MB/s  %llu errors  ETA %s   ",
                     static_cast<unsigned long long>(finished.load()), s > 0 ? finished / s : 0.0,
                     rate / 1e6, static_cast<unsigned long long>(writer.errors()), eta.c_str());
        std::fflush(stderr);
      }
      std::fprintf(stderr, "\n");
    });
  }

  Producer producer(options, done, &pipeline, &writer, &summary, &bytes_read);
  for (const std::string& input : inputs) producer.Input(input);
  pipeline.Close();
  for (auto& w : workers) w.join();
  stop_progress = true;
  if (progress.joinable()) progress.join();
  summary.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  Status written = writer.status();
  if (!written.ok()) return written;
  return summary;
}

struct WarcLineReader::Impl {
  std::unique_ptr<WarcReader> reader;
  std::string path;
  BatchOptions options;
  Extractor extractor;
};

Result<std::unique_ptr<WarcLineReader>> WarcLineReader::Open(const std::string& path,
                                                             const BatchOptions& options) {
  WarcReaderOptions reader_options;
  reader_options.max_record_bytes = options.max_document_bytes;
  Result<std::unique_ptr<WarcReader>> reader = WarcReader::Open(path, reader_options);
  if (!reader.ok()) return reader.status();
  std::unique_ptr<WarcLineReader> r(new WarcLineReader());
  r->impl_ = std::make_unique<Impl>();
  r->impl_->reader = std::move(reader.value());
  r->impl_->path = path;
  r->impl_->options = options;
  return r;
}

WarcLineReader::~WarcLineReader() = default;

bool WarcLineReader::Next(std::string* line) {
  WarcRecord record;
  if (!impl_->reader->Next(&record)) return false;
  Document d = DocumentFromRecord(impl_->path, &record);
  *line = Process(d, impl_->extractor, impl_->options).line;
  return true;
}

}  // namespace newsdesk
