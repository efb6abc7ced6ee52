//go:build unix

package storage

import (
	"syscall"
	"testing"
	"time"
)

// cpuTime returns the processor time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU adds the processor time per operation since start, next to
// the wall time the benchmark reports: on a shared machine the two
// differ, and the processor time is what the code costs.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}
