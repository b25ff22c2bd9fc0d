#include "core/huge_pages.h"

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>

#include <sys/stat.h>
#include <unistd.h>

namespace recon {

namespace {
[[maybe_unused]] constexpr const char *kTunable = "glibc.malloc.hugetlb=1";
[[maybe_unused]] constexpr const char *kMarker = "RECON_HUGEPAGES_EXEC";

[[maybe_unused]] std::string thpMode()
{
    std::ifstream f("/sys/kernel/mm/transparent_hugepage/enabled");
    std::string mode;
    std::getline(f, mode);
    return mode;
}

bool namesLargeFile(char **argv)
{
    for (char **a = argv + 1; *a; ++a) {
        struct stat st;
        // "--left=FILE" as well as "FILE"
        const char *eq = (*a)[0] == '-' ? std::strchr(*a, '=') : nullptr;
        const char *path = eq ? eq + 1 : *a;
        if (::stat(path, &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= kHugePagesMinFileBytes)
            return true;
    }
    return false;
}
} // namespace

bool hugePagesWorthIt(char **argv, const char *mode)
{
    // "always [madvise] never": in "always" mode the kernel uses huge pages anyway, in "never"
    // it will not
    return argv && mode && std::strstr(mode, "[madvise]") && namesLargeFile(argv);
}

void reexecWithHugePages(char **argv)
{
#ifdef __linux__
    const char *off = std::getenv("RECON_NO_HUGEPAGES");
    if ((off && *off && std::strcmp(off, "0") != 0) || std::getenv(kMarker) || !argv || !argv[0])
        return;
    const char *old = std::getenv("GLIBC_TUNABLES");
    if ((old && std::strstr(old, "glibc.malloc.hugetlb"))
        || !hugePagesWorthIt(argv, thpMode().c_str()))
        return;
    const std::string tunables
        = old && *old ? std::string(old) + ":" + kTunable : std::string(kTunable);
    ::setenv("GLIBC_TUNABLES", tunables.c_str(), 1);
    ::setenv(kMarker, "1", 1); // never a second time, even if glibc ignores the tunable
    ::execv("/proc/self/exe", argv);
    // exec failed (no /proc, a seccomp policy...): run as we are
    if (old)
        ::setenv("GLIBC_TUNABLES", old, 1);
    else
        ::unsetenv("GLIBC_TUNABLES");
#else
    (void)argv;
#endif
}

} // namespace recon
