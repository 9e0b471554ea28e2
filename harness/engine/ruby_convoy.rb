# ruby_convoy.rb — E14's convoy operation in Ruby (MRI): the port of
# workloads/e14_convoy_designs.py's designs() that ruby_driver.rb runs for
# the suite's Ruby reference line and bench/gil/convoy.rb runs by hand.
# Same operation: one thread does HTTP GETs to the loopback server (one
# request per connection, as bench.fetch does; the GVL is given up wherever
# Ruby's IO gives it up: fetch) beside k threads calling squares(chunk) in
# a loop, timed only once every CPU thread runs, for at most `ops` requests
# or `dur` seconds. Ruby's GVL quantum is fixed at 100 ms (RUBY_QUANTUM_S).
require 'socket'

module RubyConvoy
  RUBY_QUANTUM_S = 0.1

  module_function

  # cpu_bound.py's squares(n): the same loop, the same integer work
  def squares(n)
    total = 0
    i = 0
    while i < n
      total += i * i
      i += 1
    end
    total
  end

  # [port, path] of "http://127.0.0.1:PORT/PATH", as compat.py's _split_url
  # reads it; loopback only
  def split_url(url)
    m = %r{\Ahttp://(127\.0\.0\.1|localhost)(?::(\d+))?([/?][^#]*)?}.match(url)
    raise ArgumentError, "fetch: only http://127.0.0.1 URLs, not '#{url}'" unless m

    path = m[3].to_s
    path = "/#{path}" unless path.start_with?('/')
    [Integer(m[2] || '80'), path]
  end

  # One GET, made as a Ruby client makes it: Socket#connect, IO#write and
  # IO#read give the GVL up around each call that may block (the connect,
  # the write, each read(2) and the waits between them) and take it back
  # after, as bench.fetch does with gilpy's GIL and CPython's socket module
  # with its own. E14 compares the GIL designs, so both sides' clients
  # hand off at the same calls. (Until 2026-12-07 this port kept the GVL
  # through the connect, the write and the close, to match a bench.fetch
  # that released gilpy's GIL once for the whole request: it then gave the
  # GVL up in 18% of its requests, for 5% of their time, and barged back
  # where gilpy's client could not.) Raises unless the answer is a 200.
  def fetch(port, path)
    s = Socket.new(:INET, :STREAM)
    begin
      s.connect(Socket.sockaddr_in(port, '127.0.0.1'))
      s.write("GET #{path} HTTP/1.1\r\nHost: 127.0.0.1:#{port}\r\nConnection: close\r\n\r\n")
      reply = s.read
    ensure
      # a reset, not a FIN: no TIME_WAIT left behind (as bench.fetch)
      s.setsockopt(Socket::SOL_SOCKET, Socket::SO_LINGER, [1, 0].pack('ii'))
      s.close
    end
    status = reply[/\AHTTP\/1\.[01] (\d+)/, 1]
    raise IOError, "fetch: HTTP status #{status.inspect}" unless status == '200'
  end

  def now
    Process.clock_gettime(Process::CLOCK_MONOTONIC)
  end

  # k CPU threads; each counts its squares(chunk) calls made while
  # state[:phase] == 1 (0: starting, 1: measuring, 2: stopping)
  def burners(k, chunk, state, counts, ready)
    (0...k).map do |i|
      Thread.new do
        n = 0
        n0 = nil
        ready << 1
        while state[:phase] < 2
          n0 = n if state[:phase] == 1 && n0.nil?
          squares(chunk)
          n += 1
        end
        counts[i] = n - (n0 || n)
      end
    end
  end

  # "io=R cpu=C share=": R I/O ops/s, C the CPU threads' squares(chunk)
  # calls/s together over the same window; no GVL shares (not observed)
  def designs(url, k, ops, dur, chunk)
    port, path = split_url(url)
    state = { phase: 0 }
    counts = Array.new(k, 0)
    ready = Queue.new
    threads = burners(k, chunk, state, counts, ready)
    k.times { ready.pop }
    state[:phase] = 1
    t0 = now
    n = 0
    while n < ops
      fetch(port, path)
      n += 1
      break if now - t0 >= dur
    end
    elapsed = now - t0
    state[:phase] = 2
    threads.each(&:join)
    format('io=%.3f cpu=%.3f share=', n / elapsed, counts.sum / elapsed)
  end
end
