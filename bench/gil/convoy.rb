# convoy.rb — E14's convoy in Ruby (MRI), the reference for gil=fifo, by
# hand: one thread does HTTP GETs to the loopback server (gilbench serve)
# beside k CPU-bound threads, for at most DUR seconds; prints, per k, what
# workloads/e14_convoy_designs.py's designs() returns (I/O ops per second,
# the CPU threads' squares(CHUNK) calls per second). The operation is
# harness/engine/ruby_convoy.rb's, the one the suite's Ruby line runs.
# Ruby's GVL quantum is 100 ms.
#   ruby bench/gil/convoy.rb PORT [KMAX] [DUR] [CHUNK]
require_relative '../../harness/engine/ruby_convoy'

port = Integer(ARGV.fetch(0) { abort 'usage: convoy.rb PORT [KMAX] [DUR] [CHUNK]' })
kmax = Integer(ARGV.fetch(1, '4'))
dur = Float(ARGV.fetch(2, '0.5'))
chunk = Integer(ARGV.fetch(3, '1000'))
puts "ruby #{RUBY_VERSION}"
(0..kmax).each do |k|
  puts "k=#{k}: #{RubyConvoy.designs("http://127.0.0.1:#{port}/", k, 1 << 30, dur, chunk)}"
end
