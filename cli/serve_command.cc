#include "serve_command.h"

#include <poll.h>
#include <pthread.h>

#include <array>
#include <atomic>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/program_options.hpp>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <deque>
#include <iostream>
#include <memory>
#include <mutex>
#include <sstream>
#include <thread>

#include "claimscope/engine.h"
#include "claimscope/formats.h"
#include "claimscope/json_writer.h"
#include "claimscope/version.h"
#include "document_source.h"
#include "extract_command.h"
#include "pipeline.h"

namespace claimscope::cli {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace po = boost::program_options;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;

// What one request asks for, from its query string: the CLI's output options.
struct Query {
  FormatOptions format;
  std::string error;  // a bad option, for a 400
};

std::string Param(std::string_view query, std::string_view name) {
  size_t at = 0;
  while (at <= query.size()) {
    const size_t end = std::min(query.find('&', at), query.size());
    const std::string_view pair = query.substr(at, end - at);
    const size_t eq = pair.find('=');
    if (pair.substr(0, eq) == name) {
      return eq == std::string_view::npos ? "1" : std::string(pair.substr(eq + 1));
    }
    at = end + 1;
  }
  return {};
}

bool IsTrue(const std::string& v) { return v == "1" || v == "true" || v == "yes"; }

Query ParseQuery(std::string_view query) {
  Query q;
  if (const std::string f = Param(query, "format"); !f.empty()) {
    if (!ParseOutputFormat(f, &q.format.format) || q.format.format == OutputFormat::kBrat) {
      q.error = "format must be jsonl, json, tsv, conll, html or csv, not '" + f + "'";
    }
  }
  if (const std::string o = Param(query, "offsets"); !o.empty()) {
    if (!ParseOffsetUnit(o, &q.format.offsets)) {
      q.error = "offsets must be bytes, codepoints or utf16, not '" + o + "'";
    }
  }
  if (const std::string t = Param(query, "table"); !t.empty()) {
    if (!ParseCsvTable(t, &q.format.table)) {
      q.error = "table must be claims, entities or quantities, not '" + t + "'";
    }
  }
  q.format.explain = IsTrue(Param(query, "explain"));
  q.format.pretty = IsTrue(Param(query, "pretty"));
  return q;
}

const char* ContentType(OutputFormat f) {
  switch (f) {
    case OutputFormat::kTsv:
      return "text/tab-separated-values; charset=utf-8";
    case OutputFormat::kConll:
      return "text/plain; charset=utf-8";
    case OutputFormat::kHtml:
      return "text/html; charset=utf-8";
    case OutputFormat::kCsv:
      return "text/csv; charset=utf-8; header=present";
    case OutputFormat::kJsonl:
      return "application/x-ndjson";
    default:
      return "application/json";
  }
}

std::string ErrorBody(int status, std::string_view message) {
  std::string body = "{\"status\":" + std::to_string(status) + ",\"error\":";
  AppendJsonString(message, &body);
  body += "}\n";
  return body;
}

// The shared state: the engine, the queue of connections waiting for a worker, the stop flag.
class Server {
 public:
  Server(const ServeConfig& config, std::shared_ptr<const Engine> engine)
      : config_(config), engine_(std::move(engine)) {
    pipeline_.default_date = config.default_date;
  }

  int Run();

 private:
  void Work();
  void Serve(tcp::socket& socket, Workspace* ws);
  // Answers one request; false when the connection is to close after it.
  bool Answer(tcp::socket& socket, const http::request<http::string_body>& req, Workspace* ws,
              std::string* log);
  bool Extract(tcp::socket& socket, const http::request<http::string_body>& req,
               std::string_view query, Workspace* ws, std::string* log);
  void Reply(tcp::socket& socket, unsigned version, bool keep_alive, int status,
             std::string_view type, std::string body, std::string* log);
  void Fail(tcp::socket& socket, unsigned version, bool keep_alive, int status,
            std::string_view message, std::string* log) {
    Reply(socket, version, keep_alive, status, "application/json", ErrorBody(status, message), log);
  }
  void Log(const std::string& line) {
    if (config_.quiet) return;
    std::lock_guard<std::mutex> lock(log_mu_);
    std::cerr << line << std::endl;
  }

  const ServeConfig& config_;
  std::shared_ptr<const Engine> engine_;
  PipelineConfig pipeline_;
  SourceConfig source_;  // the JSON field names: id, text, date
  std::mutex mu_;
  std::condition_variable ready_;
  std::deque<tcp::socket> waiting_;
  std::atomic<bool> stopping_{false};
  std::mutex log_mu_;
};

void Server::Reply(tcp::socket& socket, unsigned version, bool keep_alive, int status,
                   std::string_view type, std::string body, std::string* log) {
  http::response<http::string_body> res{static_cast<http::status>(status), version};
  res.set(http::field::server, std::string("claimscope/") + kVersion);
  res.set(http::field::content_type, std::string(type));
  res.keep_alive(keep_alive && !stopping_);
  res.body() = std::move(body);
  res.prepare_payload();
  beast::error_code ec;
  http::write(socket, res, ec);
  *log += " " + std::to_string(status) + " " + std::to_string(res.body().size()) + "B";
}

bool Server::Extract(tcp::socket& socket, const http::request<http::string_body>& req,
                     std::string_view query, Workspace* ws, std::string* log) {
  const unsigned v = req.version();
  const bool keep = req.keep_alive();
  const Query q = ParseQuery(query);
  if (!q.error.empty()) {
    Fail(socket, v, keep, 400, q.error, log);
    return keep;
  }
  const RenderFn render = [&q](const Record& r, const TextAnalysis& a, std::string* out) {
    AppendFormatted(r, a, q.format, out);
  };
  const std::string type(req[http::field::content_type]);
  const bool batch =
      type.substr(0, 20) == "application/x-ndjson" || type.substr(0, 20) == "application/jsonlines";
  if (!batch) {
    InputDocument doc;
    ParseJsonlDocument(req.body(), source_, "request", &doc);
    if (!doc.errors.empty()) {  // not a JSON object, or no text: the client's mistake
      Fail(socket, v, keep, 400, doc.errors.front().message, log);
      return keep;
    }
    Rendered out;
    ProcessDocument(*engine_, ws, pipeline_, render, doc, &out);
    Reply(socket, v, keep, 200, ContentType(q.format.format),
          FormatPrologue(q.format) + out.bytes + FormatEpilogue(q.format), log);
    return keep;
  }
  // A batch: the lines counted first (413 beyond --max-docs), then one record each, in order,
  // each sent as a chunk when it is made. A line that is no document gets a record with its
  // error, as in the CLI.
  std::vector<std::string_view> lines;
  for (size_t at = 0; at < req.body().size();) {
    size_t end = req.body().find('\n', at);
    if (end == std::string::npos) end = req.body().size();
    const std::string_view line = std::string_view(req.body()).substr(at, end - at);
    if (line.find_first_not_of(" \t\r") != std::string_view::npos) lines.push_back(line);
    at = end + 1;
  }
  if (lines.size() > config_.max_docs) {
    Fail(socket, v, keep, 413,
         "a batch of " + std::to_string(lines.size()) + " documents; the limit is " +
             std::to_string(config_.max_docs) + " (--max-docs)",
         log);
    return keep;
  }
  const bool alive = keep && !stopping_;
  std::string head =
      "HTTP/1.1 200 OK\r\nServer: claimscope/" + std::string(kVersion) +
      "\r\nContent-Type: " + ContentType(q.format.format) +
      "\r\nTransfer-Encoding: chunked\r\nConnection: " + (alive ? "keep-alive" : "close") +
      "\r\n\r\n";
  beast::error_code ec;
  asio::write(socket, asio::buffer(head), ec);
  size_t sent = 0;
  auto chunk = [&socket, &ec, &sent](const std::string& data) {
    if (data.empty() || ec) return;
    char size[32];
    std::snprintf(size, sizeof size, "%zx\r\n", data.size());
    const std::array<asio::const_buffer, 3> parts = {asio::buffer(size, std::strlen(size)),
                                                     asio::buffer(data), asio::buffer("\r\n", 2)};
    asio::write(socket, parts, ec);
    sent += data.size();
  };
  chunk(FormatPrologue(q.format));
  const std::string separator = FormatSeparator(q.format);
  for (size_t i = 0; i < lines.size() && !ec; ++i) {
    InputDocument doc;
    ParseJsonlDocument(lines[i], source_, "request:" + std::to_string(i + 1), &doc);
    Rendered out;
    ProcessDocument(*engine_, ws, pipeline_, render, doc, &out);
    chunk((i > 0 ? separator : std::string()) + out.bytes);
  }
  chunk(FormatEpilogue(q.format));
  if (!ec) asio::write(socket, asio::buffer("0\r\n\r\n", 5), ec);
  *log += " 200 " + std::to_string(sent) + "B " + std::to_string(lines.size()) + " docs";
  return alive && !ec;
}

bool Server::Answer(tcp::socket& socket, const http::request<http::string_body>& req, Workspace* ws,
                    std::string* log) {
  const std::string target(req.target());
  const size_t mark = target.find('?');
  const std::string path = target.substr(0, mark);
  const std::string query = mark == std::string::npos ? std::string() : target.substr(mark + 1);
  const unsigned v = req.version();
  const bool keep = req.keep_alive();
  if (path == "/health" || path == "/version") {
    if (req.method() != http::verb::get) {
      Fail(socket, v, keep, 405, "use GET", log);
      return keep;
    }
    Reply(socket, v, keep, 200, "application/json",
          path == "/health" ? std::string("{\"status\":\"ok\"}\n")
                            : "{\"version\":\"" + std::string(kVersion) + "\"}\n",
          log);
    return keep;
  }
  if (path == "/extract") {
    if (req.method() != http::verb::post) {
      Fail(socket, v, keep, 405, "use POST", log);
      return keep;
    }
    return Extract(socket, req, query, ws, log);
  }
  Fail(socket, v, keep, 404, "no such path: use POST /extract, GET /health or GET /version", log);
  return keep;
}

// Reads one request; each wait for bytes lasts at most `timeout` seconds (then false, with
// `ec` set): an idle or stalled client does not hold a worker. A connection waiting for its
// next request closes when the server stops.
bool ReadRequest(tcp::socket& socket, beast::flat_buffer& buffer,
                 http::request_parser<http::string_body>& parser, int timeout,
                 const std::atomic<bool>& stopping, beast::error_code& ec) {
  while (!parser.is_done()) {
    if (buffer.size() == 0) {
      pollfd p{socket.native_handle(), POLLIN, 0};
      int ready = 0;
      for (int waited = 0; waited < timeout * 1000 && ready == 0; waited += 200) {
        if (stopping && !parser.got_some()) break;
        ready = ::poll(&p, 1, 200);
      }
      if (ready <= 0) {
        ec = beast::error::timeout;
        return false;
      }
    }
    http::read_some(socket, buffer, parser, ec);
    if (ec) return false;
  }
  return true;
}

void Server::Serve(tcp::socket& socket, Workspace* ws) {
  beast::flat_buffer buffer;
  beast::error_code ec;
  const std::string peer =
      socket.remote_endpoint(ec).address().to_string() + " ";  // for the access log
  bool keep = true;
  while (keep && !stopping_) {
    http::request_parser<http::string_body> parser;
    parser.body_limit(config_.max_body);
    ReadRequest(socket, buffer, parser, config_.timeout, stopping_, ec);
    if (ec == http::error::body_limit) {
      std::string log = "claimscope serve: " + peer + "(body too large)";
      Fail(socket, 11, false, 413,
           "the body is larger than " + std::to_string(config_.max_body) + " bytes (--max-body)",
           &log);
      Log(log);
      break;
    }
    if (ec) break;  // closed, timed out, or not HTTP
    const http::request<http::string_body>& req = parser.get();
    const auto start = Clock::now();
    std::string log = "claimscope serve: " + peer + std::string(req.method_string()) + " " +
                      std::string(req.target());
    keep = Answer(socket, req, ws, &log);
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    char took[32];
    std::snprintf(took, sizeof took, " %.1fms", ms);
    Log(log + took);
  }
  socket.shutdown(tcp::socket::shutdown_both, ec);
  socket.close(ec);
}

void Server::Work() {
  Workspace ws;
  while (true) {
    std::unique_lock<std::mutex> lock(mu_);
    ready_.wait(lock, [this] { return stopping_ || !waiting_.empty(); });
    if (waiting_.empty()) return;  // stopping, nothing left
    tcp::socket socket = std::move(waiting_.front());
    waiting_.pop_front();
    lock.unlock();
    if (stopping_) {  // not yet read: closed unanswered
      beast::error_code ec;
      socket.close(ec);
      continue;
    }
    Serve(socket, &ws);
  }
}

int Server::Run() {
  asio::io_context io;
  beast::error_code ec;
  const auto address = asio::ip::make_address(config_.host, ec);
  if (ec) {
    std::cerr << "claimscope serve: bad --host '" << config_.host << "': " << ec.message() << "\n";
    return kExitUsage;
  }
  tcp::acceptor acceptor(io);
  const tcp::endpoint endpoint(address, static_cast<unsigned short>(config_.port));
  acceptor.open(endpoint.protocol(), ec);
  if (!ec) acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) acceptor.bind(endpoint, ec);
  if (!ec) acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) {
    std::cerr << "claimscope serve: cannot listen on " << config_.host << ":" << config_.port
              << ": " << ec.message() << "\n";
    return kExitUsage;
  }
  // SIGTERM and SIGINT are taken by one thread (sigwait), blocked everywhere else.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  std::thread waiter([this, &signals] {
    int sig = 0;
    sigwait(&signals, &sig);
    stopping_ = true;
    ready_.notify_all();
  });
  const int threads = config_.threads > 0
                          ? config_.threads
                          : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  std::vector<std::thread> workers;
  for (int i = 0; i < threads; ++i) workers.emplace_back([this] { Work(); });
  std::cerr << "claimscope serve: listening on http://" << config_.host << ":"
            << acceptor.local_endpoint().port() << " (" << threads << " workers)" << std::endl;
  acceptor.non_blocking(true, ec);
  while (!stopping_) {
    pollfd p{acceptor.native_handle(), POLLIN, 0};
    if (::poll(&p, 1, 200) <= 0) continue;
    tcp::socket socket(io);
    acceptor.accept(socket, ec);
    if (ec) continue;
    socket.non_blocking(false, ec);
    std::unique_lock<std::mutex> lock(mu_);
    if (waiting_.size() >= config_.queue) {
      lock.unlock();
      // Every worker busy and the queue full: say so at once.
      std::string log = "claimscope serve: (queue full)";
      Fail(socket, 11, false, 503, "busy: every worker is taken and the queue is full", &log);
      Log(log);
      socket.close(ec);
      continue;
    }
    waiting_.push_back(std::move(socket));
    lock.unlock();
    ready_.notify_one();
  }
  acceptor.close(ec);
  std::cerr << "claimscope serve: stopping; finishing the requests in flight" << std::endl;
  for (std::thread& w : workers) w.join();
  waiter.join();
  std::cerr << "claimscope serve: stopped" << std::endl;
  return kExitOk;
}

}  // namespace

bool ParseServeArgs(const std::vector<std::string>& args, ServeConfig* config, std::string* error) {
  po::options_description d;
  std::stringstream help;
  d.add_options()("help,h", "")("host", po::value(&config->host))("port", po::value(&config->port))(
      "threads,j", po::value(&config->threads))("max-body", po::value(&config->max_body))(
      "max-docs", po::value(&config->max_docs))("timeout", po::value(&config->timeout))(
      "queue", po::value(&config->queue))("date", po::value(&config->default_date))(
      "quiet,q", po::bool_switch(&config->quiet));
  AddResourceOptions(&d, &config->resources);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(d).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    *error = e.what();
    return false;
  }
  config->help = vm.count("help") > 0;
  if (config->port < 0 || config->port > 65535) {
    *error = "--port must be 0 to 65535";
    return false;
  }
  if (config->timeout <= 0) {
    *error = "--timeout must be at least 1 (seconds)";
    return false;
  }
  return true;
}

std::string ServeHelp() {
  return "Usage: claimscope serve [OPTIONS]\n\n"
         "Serves extraction over HTTP/1.1 with one shared engine and a pool of workers\n"
         "(docs/serve.md):\n"
         "  POST /extract      a JSON object {\"text\", \"id\", \"date\"}: its record, exactly as\n"
         "                     `claimscope extract` writes it\n"
         "  POST /extract      Content-Type: application/x-ndjson, one object a line: one record\n"
         "                     a line, in order, each sent when it is made (chunked)\n"
         "                     query options as the CLI's: ?format=jsonl|json|tsv|conll|html|csv,\n"
         "                     &table=claims|entities|quantities,\n"
         "                     &offsets=bytes|codepoints|utf16, &explain=1, &pretty=1\n"
         "  GET  /health       {\"status\":\"ok\"}\n"
         "  GET  /version      {\"version\":\"...\"}\n"
         "Errors are JSON {\"status\", \"error\"}: 400 bad JSON, no text or a bad option; 404;\n"
         "405; 413 a body over --max-body or a batch over --max-docs; 503 when every worker is\n"
         "busy and --queue connections already wait. SIGTERM or SIGINT stops accepting and\n"
         "finishes the requests in flight. One access-log line a request goes to stderr.\n\n"
         "Options:\n"
         "  -h [ --help ]          show this help\n"
         "  --host ADDR            address to listen on; default 127.0.0.1\n"
         "  --port N               port; default 8080, 0 for a free one (printed on stderr)\n"
         "  -j [ --threads ] N     worker threads; default one per core\n"
         "  --max-body BYTES       largest request body; default 16777216\n"
         "  --max-docs N           most documents in one batch; default 1000\n"
         "  --timeout SECONDS      time to read a request; default 30\n"
         "  --queue N              connections that may wait for a worker; default 64\n"
         "  --date YYYY-MM-DD      document date when a request gives none\n"
         "  -q [ --quiet ]         no access log\n"
         "  --lexicon-dir, --grammar-dir, --no-defaults, --unit-mentions, --any-language:\n"
         "                         as for `claimscope extract`\n\n"
         "Examples:\n"
         "  claimscope serve --port 8080 -j 4\n"
         "  curl -s localhost:8080/extract -d '{\"id\":\"a1\",\"text\":\"Rain fell, NPR said.\"}'\n"
         "  curl -s 'localhost:8080/extract?format=tsv' -H 'Content-Type: application/x-ndjson'"
         " \\\n       --data-binary @news.jsonl\n\n"
         "Exit status: 0 stopped by a signal, 2 a usage or resource error or a port in use.\n";
}

int RunServe(const ServeConfig& config) {
  Options options;
  ApplyResourceArgs(config.resources, &options);
  const auto created = Engine::Create(options);
  if (!created.ok()) {
    std::cerr << "claimscope: " << created.status().ToString() << "\n";
    return kExitUsage;
  }
  Server server(config, created.value());
  return server.Run();
}

}  // namespace claimscope::cli
