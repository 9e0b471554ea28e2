# ruby_convoy.rb — E14's convoy operation in Ruby (MRI): the port of
# workloads/e14_convoy_designs.py's designs() that ruby_driver.rb runs for
# the suite's Ruby reference line and bench/gil/convoy.rb runs by hand.
# Same operation: one thread does HTTP GETs to the loopback server (one
# request per connection, as bench.fetch does; the GVL is released once per
# request, while the reply is awaited: read_reply) beside k threads calling
# squares(chunk) in a loop, timed only once every CPU thread runs, for at
# most `ops` requests or `dur` seconds. Ruby's GVL quantum is fixed at
# 100 ms (RUBY_QUANTUM_S).
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

  # A connected socket to the loopback port, made without giving up the
  # GVL: the kernel completes a loopback connect within microseconds, with
  # no help from the server process. Ruby releases the GVL around every
  # call that may block (TCPSocket.new's wait for its non-blocking connect,
  # IO#write), and each release could queue the I/O thread behind every
  # CPU thread's quantum again: a request of the first port gave the GVL
  # up at the connect, the write and the reply (traced: often two waits of
  # k quanta), where bench.fetch releases gilpy's GIL once per request. So
  # the connect and the write here do not release it; the wait for the
  # reply does (read_reply), and the close does not (fetch).
  def connect(port)
    s = Socket.new(:INET, :STREAM)
    addr = Socket.sockaddr_in(port, '127.0.0.1')
    loop do
      r = begin
        s.connect_nonblock(addr, exception: false)
      rescue Errno::EALREADY
        :wait_writable
      end
      return s unless r == :wait_writable
    end
  end

  # The whole reply, giving the GVL up once, while it is awaited: like
  # bench.fetch, which releases gilpy's GIL once per request. IO#read
  # releases the GVL around every read(2), the one that finds the data and
  # the one that finds the end, and each release may queue the I/O thread
  # behind every CPU thread's quantum again: timed beside 4 CPU threads, a
  # request's IO#read often waited two turns of the queue (0.7-0.9 s at
  # 100 ms), its close one more (0.3 s). recv_nonblock reads what has
  # arrived without a release; only wait_readable, when nothing has, gives
  # the GVL up.
  def read_reply(sock)
    reply = +''
    loop do
      r = sock.recv_nonblock(65_536, exception: false)
      if r == :wait_readable
        sock.wait_readable
      elsif r.nil? || r.empty?
        return reply
      else
        reply << r
      end
    end
  end

  # one GET; raises unless the answer is a 200
  def fetch(port, path)
    s = connect(port)
    begin
      req = "GET #{path} HTTP/1.1\r\nHost: 127.0.0.1:#{port}\r\nConnection: close\r\n\r\n"
      req = req.byteslice(s.write_nonblock(req)..) until req.empty? # a few bytes: at once
      reply = read_reply(s)
    ensure
      # a reset, not a FIN: no TIME_WAIT left behind (as bench.fetch); and
      # no longer writable, so the close keeps the GVL (Ruby closes a
      # writable IO without it, in case a flush blocks)
      s.setsockopt(Socket::SOL_SOCKET, Socket::SO_LINGER, [1, 0].pack('ii'))
      s.close_write
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
