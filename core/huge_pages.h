#pragma once
// Transparent huge pages for the heap of a large run.
//
// A million-row reconcile touches about 1.2 GB of fresh 4 KiB pages (about 300k page faults).
// On a virtual machine a fault is expensive: on the development VM they were about a sixth of
// the wall time. glibc puts its heap on transparent huge pages (512 times fewer faults) only
// when GLIBC_TUNABLES asks for it, and reads that variable once, at start. So a command-line
// entry point calls this first: when an argument names a file of 16 MiB or more (a large run:
// the exec costs about 50 ms of start-up), the kernel offers huge pages on request (THP
// "madvise" mode) and nothing has set the tunable, the process executes itself again with
// glibc.malloc.hugetlb=1 added. Nothing else changes; a failed exec simply carries on.
//
// RECON_NO_HUGEPAGES=1 turns it off. Linux only; elsewhere a no-op.

namespace recon {

void reexecWithHugePages(char **argv);

inline constexpr long long kHugePagesMinFileBytes = 16LL * 1024 * 1024;

// The decision, apart from the environment: an argument ("FILE" or "--opt=FILE") names a regular
// file of kHugePagesMinFileBytes or more, and `thpMode` (the first line of
// /sys/kernel/mm/transparent_hugepage/enabled) selects "[madvise]".
bool hugePagesWorthIt(char **argv, const char *thpMode);

} // namespace recon
