// C_Login of any PKCS#11 module, side by side with others on the same TPM. ROUNDS rounds of
// C_Initialize, C_OpenSession, C_Login, C_Logout, C_Login, C_Logout, C_Finalize on the
// first slot that has a token; the medians of the first C_Login (what a program that logs
// in once pays), of the second (a module may connect to the TPM at C_Initialize or at the
// first login: the second shows the login itself) and of the whole round (where each
// module puts its set-up does not matter there), and the TPM commands of each first login
// where the module counts them (tpmvsc's diagnostic export). The module's
// own set-up (its TPM, its token) is the caller's: bench/login-side-by-side.sh makes both.
//   tpmvsc-bench-login MODULE ROUNDS          (the user PIN on standard input)
#include "tests/support/Pkcs11Module.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

using tpmvsc::test::Pkcs11Module;

namespace {

bool ok(CK_RV rv, const char* call)
{
    if (rv != CKR_OK)
        std::fprintf(stderr, "%s: 0x%lx\n", call, static_cast<unsigned long>(rv));
    return rv == CKR_OK;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s MODULE ROUNDS (PIN on standard input)\n", argv[0]);
        return 2;
    }
    std::string pin;
    std::getline(std::cin, pin);
    const Pkcs11Module module(QString::fromLocal8Bit(argv[1]));
    if (!module.isLoaded()) {
        std::fprintf(stderr, "%s\n", qPrintable(module.errorString()));
        return 1;
    }
    const int rounds = std::max(1, std::atoi(argv[2]));
    std::vector<double> times, again, whole;
    unsigned long long commands = 0;
    bool counted = true;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer roundTimer;
        roundTimer.start();
        if (!ok(module->C_Initialize(nullptr), "C_Initialize"))
            return 1;
        CK_SLOT_ID slots[16];
        CK_ULONG count = 16;
        if (!ok(module->C_GetSlotList(CK_TRUE, slots, &count), "C_GetSlotList") || count == 0)
            return 1;
        CK_SESSION_HANDLE session = 0;
        if (!ok(module->C_OpenSession(slots[0], CKF_SERIAL_SESSION | CKF_RW_SESSION, nullptr,
                                      nullptr, &session),
                "C_OpenSession"))
            return 1;
        const std::optional<unsigned long long> before = module.tpmCommands();
        QElapsedTimer timer;
        timer.start();
        const CK_RV rv =
            module->C_Login(session, CKU_USER, reinterpret_cast<CK_UTF8CHAR*>(pin.data()),
                            static_cast<CK_ULONG>(pin.size()));
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        const std::optional<unsigned long long> after = module.tpmCommands();
        if (!ok(rv, "C_Login"))
            return 1;
        counted = counted && before && after;
        if (counted)
            commands = *after - *before;
        module->C_Logout(session);
        timer.restart();
        if (!ok(module->C_Login(session, CKU_USER, reinterpret_cast<CK_UTF8CHAR*>(pin.data()),
                                static_cast<CK_ULONG>(pin.size())),
                "C_Login (again)"))
            return 1;
        again.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        module->C_Logout(session);
        module->C_CloseSession(session);
        module->C_Finalize(nullptr);
        whole.push_back(static_cast<double>(roundTimer.nsecsElapsed()) / 1e6);
    }
    const auto median = [](std::vector<double>& v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    const double first = median(times);
    std::printf("C_Login: median %.2f ms (min %.2f, max %.2f), again %.2f ms, whole round "
                "%.2f ms over %d rounds; TPM commands: %s\n",
                first, times.front(), times.back(), median(again), median(whole), rounds,
                counted ? std::to_string(commands).c_str() : "not counted by this module");
    return 0;
}
