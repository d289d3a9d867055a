import Foundation
import RecitTestSupport
import Testing

/// BoundedRun measures the child's own peak memory, neither less nor the test process's.
@Suite struct PeakMeasureTests {
  @Test func aRunningProgramsHighWaterMarkIsRead() throws {
    let peak = try #require(PeakSampler.highWaterMark(of: "/proc/self/status"))
    #expect(peak > 1000)
  }

  @Test func aProgramThatTouches300MBIsMeasuredAtLeastThat() throws {
    let run = try BoundedRun.run(
      try ExternalTool.path("python3"),
      ["-c", "import time; x = bytearray(300 * 1024 * 1024); time.sleep(0.2)"])
    #expect(run.status == 0)
    #expect(run.peakMegabytes > 290, "\(run.peakMegabytes) MB")
    #expect(run.peakMegabytes < 400, "\(run.peakMegabytes) MB")
  }

  @Test func aSmallProgramIsMeasuredSmall() throws {
    let run = try BoundedRun.run(try ExternalTool.path("python3"), ["-c", "pass"])
    #expect(run.status == 0)
    #expect(run.peakMegabytes > 1 && run.peakMegabytes < 60, "\(run.peakMegabytes) MB")
  }
}
