import Foundation
import RecitKit

// A libFuzzer target (docs/FUZZING.md), built only with RECIT_FUZZ=1. SwiftPM links an
// executable's `main` to this file's top-level code, which hands the command line to
// libFuzzer's driver; `LLVMFuzzerTestOneInput` is defined as well, for libFuzzer's own
// `main` (which its runtime archive brings in).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  _ = FuzzEntry.renderTemplate(bytes)
  return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(runFuzzerDriver(&argc, &argv, fuzzOne))
