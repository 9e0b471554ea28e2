Thread 1: [RUN][---WAIT I/O---][RUN]
Thread 2: .....[RUN][---WAIT I/O---][RUN]
Thread 3: ..........[RUN][---WAIT I/O---][RUN]
          ^-- GIL released during I/O wait
          
Time: |---------|---------|
      0         1         2 seconds (all complete!)
