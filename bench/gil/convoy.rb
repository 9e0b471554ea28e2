# convoy.rb — E14's convoy in Ruby (MRI), the reference for gil=fifo: one
# thread does HTTP GETs to the loopback server (gilbench serve) beside k
# CPU-bound threads, for at most DUR seconds; prints, per k, the I/O ops per
# second and the CPU threads' squares(CHUNK) calls per second, the numbers
# workloads/e14_convoy_designs.py returns. Ruby's GVL quantum is 100 ms.
#   ruby bench/gil/convoy.rb PORT [KMAX] [DUR] [CHUNK]
require 'socket'

def squares(n)
  total = 0
  i = 0
  while i < n
    total += i * i
    i += 1
  end
  total
end

# one request per connection, as bench.fetch does; the GVL is released
# while the socket blocks
def fetch(port)
  s = TCPSocket.new('127.0.0.1', port)
  s.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
  s.read
  s.close
end

def designs(port, k, dur, chunk)
  phase = 0
  counts = Array.new(k, 0)
  ready = Queue.new
  threads = (0...k).map do |i|
    Thread.new do
      n = 0
      n0 = nil
      ready << 1
      while phase < 2
        n0 = n if phase == 1 && n0.nil?
        squares(chunk)
        n += 1
      end
      counts[i] = n - (n0 || n)
    end
  end
  k.times { ready.pop }
  phase = 1
  t0 = Process.clock_gettime(Process::CLOCK_MONOTONIC)
  ops = 0
  loop do
    fetch(port)
    ops += 1
    break if Process.clock_gettime(Process::CLOCK_MONOTONIC) - t0 >= dur
  end
  elapsed = Process.clock_gettime(Process::CLOCK_MONOTONIC) - t0
  phase = 2
  threads.each(&:join)
  [ops / elapsed, counts.sum / elapsed]
end

port = Integer(ARGV.fetch(0) { abort 'usage: convoy.rb PORT [KMAX] [DUR] [CHUNK]' })
kmax = Integer(ARGV.fetch(1, '4'))
dur = Float(ARGV.fetch(2, '0.5'))
chunk = Integer(ARGV.fetch(3, '1000'))
puts "ruby #{RUBY_VERSION}"
(0..kmax).each do |k|
  io, cpu = designs(port, k, dur, chunk)
  printf("k=%d io=%.3f cpu=%.3f\n", k, io, cpu)
end
