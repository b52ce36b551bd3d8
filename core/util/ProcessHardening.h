// What tpmvsc and tpmvscmgr do first thing in main(): their memory holds PINs and card
// secrets, so a crash must not write it to a core file, and other processes of the same
// user (gdb, /proc/PID/mem) must not read it. Not for the PKCS#11 module: it lives inside
// other programs, whose crash handling is theirs to choose; it relies on locked,
// dump-excluded memory (util/LockedMemory.h) instead.
#pragma once

namespace tpmvsc {

// prctl(PR_SET_DUMPABLE, 0): no core dump, no ptrace attach by the same user. Returns
// false if the kernel refused (the program still runs; Secret memory stays protected).
bool disableCoreDumps();

} // namespace tpmvsc
