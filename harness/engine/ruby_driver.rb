# ruby_driver.rb — runs one gilbench configuration under Ruby (MRI), for
# E14's Ruby reference line (harness/engine/ruby.h).
#
# It takes cpython_driver.py's options and speaks its --serve protocol, so
# the harness supervises it as it does the CPython driver (cpython.c: child
# process, pipes, timeout, kill): after start-up and the warm-up it prints
# {"ready": "ruby-3.1.2"}, then answers each "rep" line on stdin with one
# sample {"wall_s", "cpu_s", "startup_s", "steal_s", "workers": [{"wall_s",
# "cpu_s", "runq_s", "result"}]} on a line of its own, until stdin ends.
#
# Ruby cannot import a Python workload: PORTS names the Ruby ports of
# workload entries it can run (ruby_convoy.rb), and anything else, a mode
# other than seq or a switch interval other than Ruby's fixed quantum
# fails at start-up with a message on stderr and exit status 1.
require 'etc'
require 'json'
require 'fiddle'
require_relative 'ruby_convoy'

module RubyDriver
  PORTS = { ['e14_convoy_designs.py', 'designs'] => RubyConvoy.method(:designs) }.freeze

  module_function

  def fail!(msg)
    warn "ruby_driver: #{msg}"
    exit 1
  end

  def options(argv)
    o = { args: '[]', workers: 1, warmup: 1, cpus: '', switch_interval: 0.0, serve: false }
    until argv.empty?
      a = argv.shift
      next o[:serve] = true if a == '--serve'

      key = a.delete_prefix('--').tr('-', '_').to_sym
      known = o.key?(key) || %i[file entry mode].include?(key)
      fail!("unknown option #{a}") unless a.start_with?('--') && known
      o[key] = argv.shift or fail!("#{a} needs a value")
    end
    o
  end

  # The Ruby port of the workload's entry, or a clear failure.
  def port_of(o)
    fail!('--file and --entry are needed') unless o[:file] && o[:entry]
    fn = PORTS[[File.basename(o[:file]), o[:entry]]]
    fail!("no Ruby port of #{File.basename(o[:file])}'s #{o[:entry]}()") unless fn
    fail!("mode #{o[:mode]}: only seq is run under Ruby") unless o[:mode] == 'seq'
    si = Float(o[:switch_interval])
    if si.positive? && (si - RubyConvoy::RUBY_QUANTUM_S).abs > 1e-12
      fail!("Ruby's GVL quantum is fixed at #{RubyConvoy::RUBY_QUANTUM_S} s, not #{si} s")
    end
    fn
  end

  # pins the calling thread (the threads it starts inherit it), as
  # cpython_driver.py's pin() does
  def pin(cpu)
    return unless cpu

    f = Fiddle::Function.new(Fiddle.dlopen(nil)['sched_setaffinity'],
                             [Fiddle::TYPE_INT, Fiddle::TYPE_SIZE_T, Fiddle::TYPE_VOIDP],
                             Fiddle::TYPE_INT)
    mask = Array.new(cpu / 64 + 1, 0)
    mask[cpu / 64] = 1 << (cpu % 64)
    packed = mask.pack('Q*')
    fail!("cannot pin to PU #{cpu}") unless f.call(0, packed.bytesize, packed).zero?
  end

  def steal_now
    v = File.open('/proc/stat', &:readline).split
    v[0] == 'cpu' && v.size > 8 ? Integer(v[8]).fdiv(Etc.sysconf(Etc::SC_CLK_TCK)) : nil
  rescue StandardError
    nil
  end

  def runq_now
    Integer(File.read('/proc/thread-self/schedstat').split[1]) / 1e9
  rescue StandardError
    0.0
  end

  def clock(id)
    Process.clock_gettime(id)
  end

  def cpu_now
    t = Process.times
    t.utime + t.stime
  end

  # one call of the task, timed on this thread: its worker record
  def task(fn, args)
    w0 = clock(Process::CLOCK_MONOTONIC)
    c0 = clock(Process::CLOCK_THREAD_CPUTIME_ID)
    q0 = runq_now
    r = fn.call(*args)
    q1 = runq_now
    c1 = clock(Process::CLOCK_THREAD_CPUTIME_ID)
    { 'wall_s' => clock(Process::CLOCK_MONOTONIC) - w0, 'cpu_s' => c1 - c0,
      'runq_s' => q1 - q0, 'result' => r }
  end

  # one repetition (seq: the workers' tasks one after another)
  def measure(o, fn, args)
    c0 = cpu_now
    s0 = steal_now
    t0 = clock(Process::CLOCK_MONOTONIC)
    workers = Array.new(Integer(o[:workers])) { task(fn, args) }
    wall = clock(Process::CLOCK_MONOTONIC) - t0
    s1 = steal_now
    steal = s0 && s1 && s1 >= s0 ? s1 - s0 : nil
    { 'wall_s' => wall, 'cpu_s' => cpu_now - c0, 'startup_s' => 0.0, 'steal_s' => steal,
      'workers' => workers }
  end

  def main(argv)
    o = options(argv)
    fn = port_of(o)
    args = JSON.parse(o[:args])
    pin(o[:cpus].split(',').first&.then { |c| Integer(c) })
    interp = "ruby-#{RUBY_VERSION}"
    Integer(o[:warmup]).times { measure(o, fn, args) }
    $stdout.sync = true
    unless o[:serve]
      puts JSON.generate({ 'interpreter' => interp, 'samples' => [measure(o, fn, args)] })
      return
    end
    puts JSON.generate({ 'ready' => interp })
    $stdin.each_line do |line|
      fail!("--serve: unknown request #{line.strip.inspect}") unless line.strip == 'rep'
      puts JSON.generate(measure(o, fn, args))
    end
  end
end

begin
  RubyDriver.main(ARGV.dup)
rescue StandardError => e
  RubyDriver.fail!("#{e.class}: #{e.message}")
end
